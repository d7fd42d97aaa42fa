using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Generator;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Descriptors;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;

namespace CoreMLGen.Cli;

/// <summary><c>coremlgen inspect MODEL</c>: the model's interface as readable tables.</summary>
internal static class InspectCommand
{
    public static int Run(string modelPath, TextWriter output, TextWriter error)
    {
        string? descriptor = ModelLoader.LoadDescriptor(modelPath, error);
        if (descriptor is null)
        {
            return ExitCodes.ModelError;
        }

        var diagnostics = new List<DiagnosticInfo>();
        ModelDescription? model = DescriptorReader.Read(descriptor, modelPath, diagnostics);
        if (model is null)
        {
            error.WriteLine(modelPath + ": error: the descriptor could not be read back (" + string.Join("; ", diagnostics.Select(d => string.Join(" ", d.MessageArgs))) + ")");
            return ExitCodes.ModelError;
        }

        Write(model, modelPath, output);
        return ExitCodes.Success;
    }

    private static void Write(ModelDescription model, string modelPath, TextWriter output)
    {
        Availability availability = Availability.ForSpecVersion(model.SpecVersion);
        var summary = new List<string[]>
        {
            new[] { "Model", modelPath },
            new[] { "Kind", model.Kind + (model.IsUpdatable ? " (updatable)" : string.Empty) },
            new[] { "Specification", model.SpecVersion.ToString(CultureInfo.InvariantCulture) + " (iOS " + availability.Ios + ", macOS " + availability.MacOS + " or later)" },
        };
        AddIfSet(summary, "Description", model.Metadata.Description);
        AddIfSet(summary, "Author", model.Metadata.Author);
        AddIfSet(summary, "License", model.Metadata.License);
        AddIfSet(summary, "Version", model.Metadata.Version);
        foreach (UserDefinedEntry entry in model.UserDefined)
        {
            summary.Add(new[] { "Metadata", entry.Key + " = " + entry.Value });
        }

        if (model.Classifier is { } classifier)
        {
            string labels = model.ClassLabels.Count == 0 ? "no labels in the spec" : model.ClassLabels.Count.ToString(CultureInfo.InvariantCulture) + " " + classifier.LabelType + " labels: " + Abbreviate(model.ClassLabels, 8);
            summary.Add(new[] { "Classifier", "predicts '" + classifier.PredictedFeature + "' (" + labels + ")" + (classifier.ProbabilitiesFeature.Length > 0 ? ", probabilities in '" + classifier.ProbabilitiesFeature + "'" : string.Empty) });
        }

        if (model.RegressorPredictedFeature is { } predicted)
        {
            summary.Add(new[] { "Regressor", "predicts '" + predicted + "'" });
        }

        foreach (SubModel sub in model.SubModels)
        {
            summary.Add(new[] { "Sub-model " + sub.Path, sub.Kind + (sub.Name.Length > 0 ? " '" + sub.Name + "'" : string.Empty) + ", specification " + sub.SpecVersion.ToString(CultureInfo.InvariantCulture) });
        }

        TextTable.Write(output, null, summary);
        if (model.Functions.Count == 0)
        {
            Features(output, "Inputs", model.Inputs);
            Features(output, "Outputs", model.Outputs);
            Features(output, "States", model.States);
        }

        foreach (FunctionDescription function in model.Functions)
        {
            string title = "Function '" + function.Name + "'" + (function.IsDefault ? " (default)" : string.Empty);
            Features(output, title + " inputs", function.Inputs);
            Features(output, title + " outputs", function.Outputs);
            Features(output, title + " states", function.States);
        }

        StatePairs(output, model.StatePairs);
        CustomLayers(output, model.CustomLayers);
    }

    /// <summary>One line per pair: <c>input -> output (how it was found)</c>.</summary>
    private static void StatePairs(TextWriter output, IReadOnlyList<StatePairDescription> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("State pairs (each prediction's output feeds the next prediction's input)");
        foreach (StatePairDescription pair in pairs)
        {
            string how = pair.FoundByName
                ? "name"
                : "wiring: " + pair.LayerType + " '" + pair.Layer + "', " + string.Join("+", pair.Slots);
            output.WriteLine("  " + pair.Input + " -> " + pair.Output + " (" + how + ")");
        }
    }

    /// <summary>One line per class the app must provide, with the typed parameters the generated class reads.</summary>
    private static void CustomLayers(TextWriter output, IReadOnlyList<CustomLayerDescription> layers)
    {
        if (layers.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Custom layers (classes the app provides)");
        foreach (IGrouping<string, CustomLayerDescription> group in layers.GroupBy(l => l.ClassName, System.StringComparer.Ordinal))
        {
            var use = new CustomLayerUse(string.Empty, true, group.Key, group.Key, string.Empty, string.Empty, string.Empty, group.ToEquatableArray());
            CustomLayerClassSpec spec = CustomLayerClassBuilder.Build(new[] { use }, new List<DiagnosticInfo>());
            string parameters = string.Join(", ", spec.Parameters.Select(p => p.Name + ": " + p.Type + (p.IsRequired ? string.Empty : "?") + " = " + string.Join(" | ", p.Values)));
            string untyped = string.Join(", ", group.SelectMany(l => l.Parameters).Select(p => p.Name).Distinct().Where(n => spec.Parameters.All(p => p.Name != n)).Select(n => n + ": types differ"));
            string weights = spec.WeightsDiffer ? "weights differ by layer" : spec.Weights.Count == 0 ? "no weights" : "weights " + string.Join(", ", spec.Weights.Select(w => w.Storage + " × " + w.Count.ToString(CultureInfo.InvariantCulture)));
            string all = string.Join(", ", new[] { parameters, untyped }.Where(t => t.Length > 0));
            output.WriteLine("  " + group.Key + " (" + Plural(group.Count(), "layer") + ": " + string.Join(", ", group.Select(l => l.LayerName)) + "; " + weights + ")"
                + (all.Length > 0 ? ": " + all : string.Empty));
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : count.ToString(CultureInfo.InvariantCulture) + " " + noun + "s";

    private static void Features(TextWriter output, string title, IReadOnlyList<FeatureDescription> features)
    {
        if (features.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var rows = features.Select(f => new[]
        {
            f.Name,
            TypeText.Describe(f.Type, isOptional: false) + (TypeText.Constraints(f.Type) is { } extra ? " — " + extra : string.Empty),
            f.IsOptional ? "yes" : "no",
            f.Description,
        }).ToList();
        TextTable.Write(output, title, rows, "name", "type", "optional", "description");
    }

    private static void AddIfSet(List<string[]> rows, string label, string value)
    {
        if (value.Length > 0)
        {
            rows.Add(new[] { label, value });
        }
    }

    private static string Abbreviate(IReadOnlyList<string> values, int max)
        => string.Join(", ", values.Take(max)) + (values.Count > max ? ", …" : string.Empty);
}
