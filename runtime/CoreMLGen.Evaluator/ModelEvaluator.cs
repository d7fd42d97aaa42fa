using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CoreML.Specification;
using CoreMLGen.Evaluation.Features;
using CoreMLGen.Evaluation.Composition;
using CoreMLGen.Evaluation.MLPrograms.Reading;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Spec.Reading;

namespace CoreMLGen.Evaluation;

/// <summary>
/// Runs a Core ML model in managed code: neural networks (rank-5 and ND), their classifier and regressor forms,
/// pipelines, GLM, feature vectorizer and tree ensemble models. Everything the model uses is checked when it is
/// loaded; anything unsupported is a <see cref="ModelLoadException"/> naming the layer or model part.
/// Thread safety: an instance may be shared; predictions on it run one at a time.
/// </summary>
public sealed class ModelEvaluator
{
    private readonly ModelDescription _description;
    private readonly string _functionName;
    private readonly ModelRunner _runner;
    private readonly HashSet<string> _sequenceInputs;
    private readonly object _gate = new();

    private ModelEvaluator(Model spec, string modelName, EvaluatorOptions options, ModelFileSource? files)
    {
        ModelName = modelName;
        if (spec.Description is null)
        {
            throw new ModelLoadException(modelName + ": the spec has no model description.");
        }

        _description = spec.Description.Functions.Count > 0 ? FunctionInterface(spec.Description, options.FunctionName, modelName) : spec.Description;
        _functionName = spec.Description.Functions.Count > 0 ? _description.DefaultFunctionName : string.Empty;
        DescriptionChecker.Check(_description, modelName);
        _runner = ModelRunnerFactory.Create(spec, _description, modelName, options, files);
        _sequenceInputs = new HashSet<string>(_runner.SequenceInputs, StringComparer.Ordinal);
        Inputs = _description.Input.Select(ToInfo).ToArray();
        Outputs = _description.Output.Select(ToInfo).ToArray();
        States = _description.State.Select(ToInfo).ToArray();
    }

    /// <summary>The name the model was loaded under (its file name, or the name given), used in messages.</summary>
    public string ModelName { get; }

    /// <summary>The model's inputs, in the spec's order.</summary>
    public IReadOnlyList<FeatureInfo> Inputs { get; }

    /// <summary>The model's outputs, in the spec's order.</summary>
    public IReadOnlyList<FeatureInfo> Outputs { get; }

    /// <summary>The state buffers of a stateful ML Program (iOS 18), in the spec's order; empty for other models.</summary>
    public IReadOnlyList<FeatureInfo> States { get; }

    /// <summary>Loads a <c>.mlmodel</c> file or <c>.mlpackage</c> folder.</summary>
    /// <param name="path">The model's path.</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <returns>The loaded model.</returns>
    /// <exception cref="ModelLoadException">The model cannot be read or uses something the evaluator does not support.</exception>
    public static ModelEvaluator Load(string path, EvaluatorOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        ModelReadResult read = ModelReader.Read(path);
        return FromReadResult(read, Path.GetFileName(path.TrimEnd('/', '\\')), options, read.SpecPath is null ? null : ModelFileSource.Folder(Path.GetDirectoryName(read.SpecPath)!));
    }

    /// <summary>Loads a model from its serialized spec (the bytes of a <c>.mlmodel</c> file).</summary>
    /// <param name="spec">The spec bytes.</param>
    /// <param name="modelName">A name for messages (e.g. the file name).</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <returns>The loaded model.</returns>
    /// <exception cref="ModelLoadException">The spec cannot be read or uses something the evaluator does not support.</exception>
    public static ModelEvaluator Load(byte[] spec, string modelName, EvaluatorOptions? options = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        return FromReadResult(ModelReader.ReadSpec(spec, modelName ?? "model"), modelName ?? "model", options, files: null);
    }

    /// <summary>
    /// Loads a model the build embedded in an assembly (off Apple platforms, CoreMLGen embeds each model's spec, and
    /// an ML Program package's weight files beside it). An ML Program's <c>@model_path/</c> files are the resources
    /// named <paramref name="resourceName"/> without its <c>.mlmodel</c> ending, then <c>/</c> and the path
    /// (<c>CoreMLGen.Models/Foo.mlpackage.mlmodel</c> → <c>CoreMLGen.Models/Foo.mlpackage/weights/weight.bin</c>); they
    /// are read in place from the loaded assembly, never copied whole.
    /// </summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="resourceName">The manifest resource name of the spec.</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <returns>The loaded model.</returns>
    /// <exception cref="ModelLoadException">The resource is missing, or the model cannot be run.</exception>
    public static ModelEvaluator LoadResource(Assembly assembly, string resourceName, EvaluatorOptions? options = null)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        using Stream? stream = assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            throw new ModelLoadException("The assembly " + assembly.GetName().Name + " has no resource '" + resourceName
                + "'. CoreMLGen embeds each CoreMLModel's spec when building for a non-Apple platform (unless CoreMLGenEmbedModelSpecs is false).");
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromReadResult(ModelReader.ReadSpec(buffer.ToArray(), resourceName), resourceName, options, ModelFileSource.Resources(assembly, EmbeddedFilePrefix(resourceName)));
    }

    /// <summary>Runs one prediction.</summary>
    /// <param name="input">The input features (a generated <c>FooInput</c>, or any provider).</param>
    /// <returns>The output features, in the spec's order.</returns>
    /// <exception cref="FeatureMissingException">A required input is missing.</exception>
    /// <exception cref="FeatureTypeMismatchException">An input has the wrong kind or element type.</exception>
    /// <exception cref="CoreMLException">An input has a shape the model does not accept, a layer failed, or the model keeps state (use the overload that takes one).</exception>
    public IFeatureProvider Predict(IFeatureProvider input)
    {
        if (States.Count > 0)
        {
            throw new CoreMLException(ModelName + " keeps state (" + string.Join(", ", States.Select(s => s.Name)) + "): make one with MakeState() and pass it to Predict(input, state).");
        }

        return Run(input, null);
    }

    /// <summary>A fresh state for a stateful ML Program: every buffer zero, in its declared shape and element type.</summary>
    /// <returns>The state, to pass to <see cref="Predict(IFeatureProvider, EvaluatorState)"/> call after call.</returns>
    /// <exception cref="CoreMLException">The model declares no state.</exception>
    public EvaluatorState MakeState()
    {
        if (States.Count == 0)
        {
            // A multi-function model loaded with a function that keeps no state: say which function was loaded.
            string function = _functionName.Length > 0 ? " (loaded with its function '" + _functionName + "'; EvaluatorOptions.FunctionName loads another)" : string.Empty;
            throw new CoreMLException(ModelName + function + " declares no state; call Predict(input).");
        }

        var buffers = new Dictionary<string, MultiArray>(StringComparer.Ordinal);
        foreach (FeatureInfo state in States)
        {
            int[] shape = state.Shape.ToArray();
            buffers[state.Name] = ArrayConversion.Create<float>(state.DataType ?? MultiArrayDataType.Float32, shape, new float[shape.Aggregate(1, (p, d) => p * d)]);
        }

        return new EvaluatorState(this, ModelName, buffers);
    }

    /// <summary>Runs one prediction of a stateful ML Program, reading and updating <paramref name="state"/> in place.</summary>
    /// <param name="input">The input features.</param>
    /// <param name="state">A state from this evaluator's <see cref="MakeState"/>.</param>
    /// <returns>The output features, in the spec's order.</returns>
    /// <exception cref="FeatureMissingException">A required input is missing.</exception>
    /// <exception cref="CoreMLException">The state is another model's, an input has a shape the model does not accept, or an op failed.</exception>
    public IFeatureProvider Predict(IFeatureProvider input, EvaluatorState state)
    {
        if (state is null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        return ReferenceEquals(state.Owner, this) ? Run(input, state)
            : throw new CoreMLException("The state passed to " + ModelName + " was made by another evaluator (" + state.OwnerName
                + ": another model, or another load of this one); a state belongs to the evaluator whose MakeState() made it.");
    }

    private IFeatureProvider Run(IFeatureProvider input, EvaluatorState? state)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        // Every input is checked before any layer runs.
        var features = new FeatureSet();
        foreach (FeatureDescription declared in _description.Input)
        {
            FeatureValue? value = input.GetFeatureValue(declared.Name);
            if (value is null)
            {
                if (declared.Type?.IsOptional == true)
                {
                    continue;
                }

                throw new FeatureMissingException(declared.Name, "The required input '" + declared.Name + "' of " + ModelName + " was not given.");
            }

            FeatureChecker.Check(declared, value, _sequenceInputs.Contains(declared.Name));
            features[declared.Name] = value;
        }

        // The runner reads the state buffers by name and writes them back in place.
        foreach (KeyValuePair<string, MultiArray> buffer in state?.Buffers ?? Enumerable.Empty<KeyValuePair<string, MultiArray>>())
        {
            features[buffer.Key] = FeatureValue.FromMultiArray(buffer.Value);
        }

        lock (_gate)
        {
            _runner.Run(features);
        }

        var outputs = new Dictionary<string, FeatureValue>(StringComparer.Ordinal);
        foreach (FeatureDescription declared in _description.Output)
        {
            outputs[declared.Name] = features.TryGetValue(declared.Name, out FeatureValue? value)
                ? value
                : throw new CoreMLException(ModelName + " did not produce its output '" + declared.Name + "'.");
        }

        return new DictionaryFeatureProvider(outputs);
    }

    private static string EmbeddedFilePrefix(string resourceName)
    {
        const string SpecEnding = ".mlmodel";
        string stem = resourceName.EndsWith(SpecEnding, StringComparison.OrdinalIgnoreCase) ? resourceName.Substring(0, resourceName.Length - SpecEnding.Length) : resourceName;
        return stem + "/";
    }

    private static ModelEvaluator FromReadResult(ModelReadResult read, string modelName, EvaluatorOptions? options, ModelFileSource? files)
    {
        if (read.Spec is null || read.Errors.Count > 0)
        {
            string errors = read.Errors.Count == 0 ? "the spec could not be read." : string.Join(Environment.NewLine, read.Errors.Select(e => e.ToString()));
            throw new ModelLoadException("Cannot load " + modelName + ": " + errors);
        }

        return new ModelEvaluator(read.Spec, modelName, options ?? new EvaluatorOptions(), files);
    }

    // A multi-function model (an ML Program with several functions): the interface of the chosen function.
    private static ModelDescription FunctionInterface(ModelDescription description, string? functionName, string modelName)
    {
        string wanted = string.IsNullOrEmpty(functionName) ? description.DefaultFunctionName : functionName!;
        FunctionDescription function = description.Functions.FirstOrDefault(f => f.Name == wanted)
            ?? throw new ModelLoadException(modelName + ": the model has no function '" + wanted + "' (its functions: "
                + string.Join(", ", description.Functions.Select(f => "'" + f.Name + "'")) + ").");
        var chosen = new ModelDescription { DefaultFunctionName = function.Name, Metadata = description.Metadata };
        chosen.Input.AddRange(function.Input);
        chosen.Output.AddRange(function.Output);
        chosen.State.AddRange(function.State);
        return chosen;
    }

    private static FeatureInfo ToInfo(FeatureDescription feature)
    {
        FeatureType type = feature.Type ?? new FeatureType();
        return type.TypeCase switch
        {
            FeatureType.TypeOneofCase.MultiArrayType => new FeatureInfo(feature.Name, FeatureKind.MultiArray, ArrayTypes.ToDataType(type.MultiArrayType.DataType), type.MultiArrayType.Shape.Select(d => (int)d).ToArray(), type.IsOptional, feature.ShortDescription),
            FeatureType.TypeOneofCase.StateType when type.StateType.ArrayType is { } state => new FeatureInfo(feature.Name, FeatureKind.State, ArrayTypes.ToDataType(state.DataType), state.Shape.Select(d => (int)d).ToArray(), false, feature.ShortDescription),
            FeatureType.TypeOneofCase.ImageType => new FeatureInfo(feature.Name, FeatureKind.Image, null, new[] { (int)type.ImageType.Height, (int)type.ImageType.Width }, type.IsOptional, feature.ShortDescription),
            _ => new FeatureInfo(feature.Name, Kind(type), null, Array.Empty<int>(), type.IsOptional, feature.ShortDescription),
        };
    }

    private static FeatureKind Kind(FeatureType type) => type.TypeCase switch
    {
        FeatureType.TypeOneofCase.Int64Type => FeatureKind.Int64,
        FeatureType.TypeOneofCase.DoubleType => FeatureKind.Double,
        FeatureType.TypeOneofCase.StringType => FeatureKind.String,
        FeatureType.TypeOneofCase.DictionaryType => FeatureKind.Dictionary,
        FeatureType.TypeOneofCase.SequenceType => FeatureKind.Sequence,
        FeatureType.TypeOneofCase.StateType => FeatureKind.State,
        _ => FeatureKind.MultiArray,
    };
}
