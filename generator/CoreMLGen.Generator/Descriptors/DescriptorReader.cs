using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Descriptors;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Descriptors;

/// <summary>
/// Parses descriptor text (docs/descriptor-format.md) into a <see cref="ModelDescription"/>. Never throws on bad
/// input: every problem becomes a diagnostic located at the descriptor's line and column.
/// </summary>
internal sealed partial class DescriptorReader
{
    public const int SupportedVersion = DescriptorFormat.Version;
    public const string HeaderKeyword = DescriptorFormat.HeaderKeyword;

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private DescriptorReader(string path) => _path = path;

    public static ModelDescription? Read(string text, string path, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken = default)
    {
        var reader = new DescriptorReader(path);
        ModelDescription? model = reader.ReadCore(text, cancellationToken);
        diagnostics.AddRange(reader._diagnostics);
        return reader._diagnostics.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            ? null
            : model;
    }

    private ModelDescription? ReadCore(string text, CancellationToken cancellationToken)
    {
        string[] lines = text.Split('\n');
        string header = lines.Length > 0 ? lines[0].TrimEnd('\r').TrimStart('\uFEFF') : string.Empty;
        if (header != HeaderKeyword + " " + SupportedVersion.ToString(CultureInfo.InvariantCulture))
        {
            string found = header.Length == 0 ? "(empty)" : header.Length > 60 ? header.Substring(0, 60) + "…" : header;
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedDescriptorVersion, _path, 1, 1, found));
            return null;
        }

        var builder = new ModelBuilder();
        for (int i = 1; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            DescriptorLine? record = DescriptorTokenizer.Tokenize(line, i + 1, out string? error, out int column);
            if (record is null)
            {
                Error(i + 1, column, error ?? "syntax error");
                continue;
            }

            ReadRecord(record, builder);
        }

        if (!builder.HasModelRecord)
        {
            Error(1, 1, "the descriptor has no 'model' record");
            return null;
        }

        return builder.Build();
    }

    private void ReadRecord(DescriptorLine line, ModelBuilder builder)
    {
        var attributes = new AttributeReader(line, this);
        if (line.Keyword != "customParameter")
        {
            // A custom layer's parameters follow it directly; any other record closes it.
            builder.EndCustomLayer();
        }

        switch (line.Keyword)
        {
            case "model":
                if (builder.HasModelRecord)
                {
                    Error(line.LineNumber, 1, "a descriptor has exactly one 'model' record");
                }

                builder.HasModelRecord = true;
                builder.SpecVersion = attributes.Int("specVersion");
                builder.Kind = attributes.Required("kind");
                builder.IsUpdatable = attributes.Bool("updatable");
                break;
            case "metadata":
                builder.Metadata = new ModelMetadata(
                    attributes.Required("description"),
                    attributes.Required("author"),
                    attributes.Required("license"),
                    attributes.Required("version"));
                break;
            case "userDefined":
                builder.UserDefined.Add(new UserDefinedEntry(attributes.Required("key"), attributes.Required("value")));
                break;
            case "classifier":
                builder.Classifier = new ClassifierRole(
                    attributes.Required("predicted"),
                    attributes.Required("probabilities"),
                    attributes.OneOf("labelType", "string", "int64", "none"));
                break;
            case "regressor":
                builder.RegressorPredicted = attributes.Required("predicted");
                break;
            case "classLabel":
                builder.ClassLabels.Add(attributes.Required("value"));
                break;
            case "subModel":
                builder.SubModels.Add(new SubModel(
                    attributes.Required("path"),
                    attributes.Required("name"),
                    attributes.Required("kind"),
                    attributes.Int("specVersion")));
                break;
            case "customLayer":
                builder.StartCustomLayer(ReadCustomLayer(line, attributes));
                break;
            case "customParameter":
                if (!builder.AddCustomParameter(ReadCustomParameter(attributes)))
                {
                    Error(line.LineNumber, 1, "'customParameter' must follow a 'customLayer' record");
                }

                break;
            case "statePair":
                builder.StatePairs.Add(ReadStatePair(line, attributes));
                break;
            case "function":
                builder.StartFunction(attributes.Required("name"), attributes.Bool("default"));
                break;
            case "input":
            case "output":
            case "state":
                FeatureDescription feature = ReadFeature(attributes);
                builder.AddFeature(line.Keyword, feature);
                break;
            default:
                Error(line.LineNumber, 1, "unknown record '" + line.Keyword + "'");
                return;
        }

        attributes.ReportUnused();
    }

    private void Error(int line, int column, string message)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDescriptor, _path, line, column, message));

    /// <summary>Collects records into a model; features go to the current function block if one is open.</summary>
    private sealed class ModelBuilder
    {
        private string? _functionName;
        private bool _functionIsDefault;
        private List<FeatureDescription> _functionInputs = new();
        private List<FeatureDescription> _functionOutputs = new();
        private List<FeatureDescription> _functionStates = new();
        private CustomLayerDescription? _customLayer;
        private readonly List<CustomParameterDescription> _customParameters = new();

        public bool HasModelRecord { get; set; }

        public int SpecVersion { get; set; }

        public string Kind { get; set; } = "unknown";

        public bool IsUpdatable { get; set; }

        public ModelMetadata Metadata { get; set; } = ModelMetadata.Empty;

        public List<UserDefinedEntry> UserDefined { get; } = new();

        public ClassifierRole? Classifier { get; set; }

        public string? RegressorPredicted { get; set; }

        public List<string> ClassLabels { get; } = new();

        public List<SubModel> SubModels { get; } = new();

        public List<FunctionDescription> Functions { get; } = new();

        public List<FeatureDescription> Inputs { get; } = new();

        public List<FeatureDescription> Outputs { get; } = new();

        public List<FeatureDescription> States { get; } = new();

        public List<CustomLayerDescription> CustomLayers { get; } = new();

        public List<StatePairDescription> StatePairs { get; } = new();

        public void StartCustomLayer(CustomLayerDescription layer)
        {
            EndCustomLayer();
            _customLayer = layer;
        }

        /// <summary>Adds a parameter to the open custom layer; false when none is open.</summary>
        public bool AddCustomParameter(CustomParameterDescription parameter)
        {
            if (_customLayer is null)
            {
                return false;
            }

            _customParameters.Add(parameter);
            return true;
        }

        public void EndCustomLayer()
        {
            if (_customLayer is not null)
            {
                CustomLayers.Add(_customLayer with { Parameters = _customParameters.ToEquatableArray() });
                _customLayer = null;
                _customParameters.Clear();
            }
        }

        public void StartFunction(string name, bool isDefault)
        {
            FinishFunction();
            _functionName = name;
            _functionIsDefault = isDefault;
        }

        public void AddFeature(string keyword, FeatureDescription feature)
        {
            bool inFunction = _functionName is not null;
            List<FeatureDescription> target = keyword switch
            {
                "input" => inFunction ? _functionInputs : Inputs,
                "output" => inFunction ? _functionOutputs : Outputs,
                _ => inFunction ? _functionStates : States,
            };
            target.Add(feature);
        }

        public ModelDescription Build()
        {
            EndCustomLayer();
            FinishFunction();
            return new ModelDescription(
                SpecVersion,
                Kind,
                IsUpdatable,
                Metadata,
                UserDefined.ToEquatableArray(),
                Classifier,
                RegressorPredicted,
                ClassLabels.ToEquatableArray(),
                SubModels.ToEquatableArray(),
                Functions.ToEquatableArray(),
                Inputs.ToEquatableArray(),
                Outputs.ToEquatableArray(),
                States.ToEquatableArray(),
                CustomLayers.ToEquatableArray(),
                StatePairs.ToEquatableArray());
        }

        private void FinishFunction()
        {
            if (_functionName is null)
            {
                return;
            }

            Functions.Add(new FunctionDescription(
                _functionName,
                _functionIsDefault,
                _functionInputs.ToEquatableArray(),
                _functionOutputs.ToEquatableArray(),
                _functionStates.ToEquatableArray()));
            _functionName = null;
            _functionInputs = new();
            _functionOutputs = new();
            _functionStates = new();
        }
    }
}
