using System.Linq;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// The typed <c>Predict(feature, ...)</c> overload of each backend (Core ML on Apple, the managed evaluator
/// elsewhere): it builds the Input class from feature values and calls <c>Predict(FooInput)</c>, so app code reads
/// the same on every platform.
/// </summary>
internal static class ConveniencePredictEmitter
{
    public static void Emit(SourceWriter writer, ResolvedInterface api, string exceptionDoc)
    {
        writer.Summary("Predicts from typed feature values (builds the " + api.InputClassName + " for you).");
        foreach (ResolvedFeature feature in api.Inputs)
        {
            writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(feature.Summary) + "</param>");
        }

        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">" + exceptionDoc + "</exception>");

        // Optional features are set as properties.
        string parameters = string.Join(", ", TargetResolver.TypedPredictParameters(api.Inputs).Select(f => f.ClrType + (f.IsOptional ? "? " + f.ParameterName + " = null" : " " + f.ParameterName)));
        string required = string.Join(", ", api.Inputs.Where(f => !f.IsOptional).Select(f => f.ParameterName));
        string optional = string.Join(", ", api.Inputs.Where(f => f.IsOptional).Select(f => f.PropertyName + " = " + f.ParameterName));
        string input = "new " + api.InputClassName + "(" + required + ")" + (optional.Length > 0 ? " { " + optional + " }" : string.Empty);
        writer.Line("public " + api.OutputClassName + " Predict(" + parameters + ") => Predict(" + input + ");");
        writer.Line();
    }
}
