using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// The typed <c>Predict(feature, ...)</c> overload of each backend (Core ML on Apple, the managed evaluator
/// elsewhere): it builds the Input class from feature values and calls <c>Predict(FooInput)</c>, so app code reads
/// the same on every platform.
/// </summary>
internal static class ConveniencePredictEmitter
{
    /// <summary>
    /// True when <paramref name="api"/> gets the typed overload. Functions with the same input types would declare
    /// the same overload twice (CS0111): the first (the default function comes first) keeps it, the others are
    /// called through their Input class.
    /// </summary>
    public static bool Claims(InterfaceSpec api, TargetCapabilities capabilities, HashSet<string> taken)
        => api.Inputs.Count > 0 && taken.Add(Signature(api, capabilities));

    /// <summary>The parameter types as overloading sees them (nullable annotations do not count).</summary>
    private static string Signature(InterfaceSpec api, TargetCapabilities capabilities)
        => string.Join(", ", Parameters(api).Select(f => FeatureTypeMapping.ClrType(f.Type, capabilities) + (f.Feature.IsOptional && FeatureTypeMapping.IsValueType(f.Type, capabilities) ? "?" : string.Empty)));

    /// <summary>Required features first (C# needs optional parameters last).</summary>
    private static List<FeatureSpec> Parameters(InterfaceSpec api)
        => api.Inputs.Where(f => !f.Feature.IsOptional).Concat(api.Inputs.Where(f => f.Feature.IsOptional)).ToList();

    public static void Emit(SourceWriter writer, InterfaceSpec api, TargetCapabilities capabilities, string exceptionDoc)
    {
        writer.Summary("Predicts from typed feature values (builds the " + api.InputClassName + " for you).");
        foreach (FeatureSpec feature in api.Inputs)
        {
            writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(TypeText.Summary(feature.Feature, includeOptional: true)) + "</param>");
        }

        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">" + exceptionDoc + "</exception>");

        // Optional features are set as properties.
        string parameters = string.Join(", ", Parameters(api).Select(f => FeatureTypeMapping.ClrType(f.Type, capabilities) + (f.Feature.IsOptional ? "? " + f.ParameterName + " = null" : " " + f.ParameterName)));
        string required = string.Join(", ", api.Inputs.Where(f => !f.Feature.IsOptional).Select(f => f.ParameterName));
        string optional = string.Join(", ", api.Inputs.Where(f => f.Feature.IsOptional).Select(f => f.PropertyName + " = " + f.ParameterName));
        string input = "new " + api.InputClassName + "(" + required + ")" + (optional.Length > 0 ? " { " + optional + " }" : string.Empty);
        writer.Line("public " + api.OutputClassName + " Predict(" + parameters + ") => Predict(" + input + ");");
        writer.Line();
    }
}
