using System.Globalization;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the portable part of a custom layer class: typed, read-only parameters read and checked once, the
/// weights, output shapes (element-wise by default) and the one method the app must write, <c>Evaluate</c>, as an
/// extended partial method: leaving it out is a compile error (CS8795), not a failure when the model runs. The
/// math is platform-neutral, so Core ML (through the Apple part) and the managed evaluator (through
/// <c>ICustomLayer</c>, which the class implements) run the same code.
/// </summary>
internal static class CustomLayerEmitter
{
    private const string Parameters = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";
    private const string Shapes = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<int>>";
    private const string Arrays = "global::System.Collections.Generic.IReadOnlyList<global::CoreMLGen.MultiArray<float>>";
    private const string WeightList = "global::System.Collections.Generic.IReadOnlyList<global::System.ReadOnlyMemory<byte>>";
    private const int MaxValuesShown = 5;

    public static string Emit(CustomLayerClassSpec spec, string toolVersion)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, "for the Core ML custom layer class " + spec.ObjectiveCName + " (" + string.Join(", ", spec.Uses) + ")");
        EmitterCommon.OpenNamespace(writer, spec.Namespace);
        string name = spec.ClassName;
        string display = name.TrimStart('@');

        writer.Summary(spec.Description.Length > 0 ? spec.Description : "The Core ML custom layer " + spec.ObjectiveCName + ".");
        writer.Line("/// <remarks>");
        writer.Line("/// The custom layer class <c>" + XmlDoc.Escape(spec.ObjectiveCName) + "</c> of " + XmlDoc.Escape(string.Join(", ", spec.Uses)) + ". Core ML has no code for it:");
        writer.Line("/// write its math in a partial class, <c>public partial void Evaluate(...)</c>; a missing Evaluate does not compile.");
        writer.Line("/// </remarks>");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open((spec.IsPublic ? "public" : "internal") + " sealed partial class " + name + " : global::CoreMLGen.ICustomLayer");

        writer.Summary("The Objective-C class name Core ML looks the layer up by (the spec's className).");
        writer.Line("public const string ObjectiveCClassName = " + CSharpLiterals.String(spec.ObjectiveCName) + ";");
        writer.Line();
        writer.Line("private readonly global::System.Exception? __initializationError;");
        writer.Line();

        foreach (CustomParameterSpec parameter in spec.Parameters)
        {
            writer.Summary("The layer parameter '" + parameter.Name + "' (" + parameter.Type + (parameter.IsRequired ? string.Empty : ", not set by every layer: null when absent")
                + "); " + ValuesText(parameter) + ".");
            writer.Line("public " + ClrType(parameter) + " " + parameter.PropertyName + " { get; }");
            writer.Line();
        }

        writer.Summary("Every parameter as the model passes it: boxed int, long, double, string or bool values by name.");
        writer.Line("public " + Parameters + " Parameters { get; }");
        writer.Line();

        if (!spec.WeightsDiffer)
        {
            writer.Summary("The number of values of each weight the model gives the layer, in order (" + WeightsText(spec) + ").");
            string counts = spec.Weights.Count == 0 ? "new long[0]" : "new long[] { " + string.Join(", ", spec.Weights.Select(w => CSharpLiterals.Long(w.Count))) + " }";
            writer.Line("public static readonly global::System.Collections.Generic.IReadOnlyList<long> WeightCounts = new global::System.Collections.ObjectModel.ReadOnlyCollection<long>(" + counts + ");");
            writer.Line();
        }

        writer.Summary("The layer's weights as raw bytes, in the spec's order (float32 weights are little-endian floats); empty until SetWeights.");
        writer.Line("public " + WeightList + " Weights { get; private set; } = global::System.Array.Empty<global::System.ReadOnlyMemory<byte>>();");
        writer.Line();

        writer.Summary("Creates the layer from its parameters (as the spec stores them), reading and checking each typed parameter once.");
        writer.Line("/// <param name=\"parameters\">The parameters by name.</param>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">A required parameter is missing, or a parameter has the wrong type.</exception>");
        writer.Line("public " + name + "(" + Parameters + " parameters)");
        writer.Line("    : this(parameters, throwOnError: true)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Open("private " + name + "(" + Parameters + " parameters, bool throwOnError)");
        writer.Line("Parameters = parameters ?? throw new global::System.ArgumentNullException(nameof(parameters));");
        if (spec.Parameters.Count > 0)
        {
            foreach (CustomParameterSpec parameter in spec.Parameters.Where(p => p.IsRequired && p.Type == "string"))
            {
                // Left empty when the parameters are invalid (then every call reports the error).
                writer.Line(parameter.PropertyName + " = string.Empty;");
            }

            writer.Open("try");
            foreach (CustomParameterSpec parameter in spec.Parameters)
            {
                writer.Line(parameter.PropertyName + " = global::CoreMLGen.CustomLayerParameters." + Reader(parameter) + "(parameters, " + CSharpLiterals.String(parameter.Name) + ", ObjectiveCClassName);");
            }

            writer.Close();
            writer.Open("catch (global::CoreMLGen.CoreMLException exception) when (!throwOnError)");
            writer.Line("// Core ML creates the layer from native code, which cannot take an exception: the first call reports it.");
            writer.Line("__initializationError = exception;");
            writer.Close();
        }
        else
        {
            writer.Line("__initializationError = null;");
        }

        writer.Close();
        writer.Line();

        writer.Summary("Gives the layer its weights (Core ML does this once, after creating it).");
        writer.Line("/// <param name=\"weights\">Each weight's bytes, in the spec's order.</param>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The number of weights is not the model's.</exception>");
        writer.Open("public void SetWeights(" + WeightList + " weights)");
        writer.Open("if (weights is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(weights));");
        writer.Close();
        writer.Line();
        if (!spec.WeightsDiffer)
        {
            writer.Open("if (weights.Count != WeightCounts.Count)");
            writer.Line("throw new global::CoreMLGen.CoreMLException(\"The custom layer " + display + " has \" + WeightCounts.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" weights, but \" + weights.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" were given.\");");
            writer.Close();
            writer.Line();
        }

        writer.Line("Weights = weights;");
        writer.Close();
        writer.Line();

        writer.Summary("The shape of each output for the given input shapes: by default output i has the shape of input i (or of the last input), as for an element-wise layer. Implement ComputeOutputShapes to change it.");
        writer.Line("/// <param name=\"inputShapes\">The shape of each input (rank 5 <c>[S, B, C, H, W]</c> in a neural network).</param>");
        writer.Line("/// <returns>The shape of each output.</returns>");
        writer.Open("public " + Shapes + " GetOutputShapes(" + Shapes + " inputShapes)");
        writer.Open("if (inputShapes is null || inputShapes.Count == 0)");
        writer.Line("throw new global::System.ArgumentException(\"The custom layer " + display + " needs the shape of at least one input.\", nameof(inputShapes));");
        writer.Close();
        writer.Line();
        writer.Line("var outputShapes = new global::System.Collections.Generic.IReadOnlyList<int>[" + CSharpLiterals.Int(System.Math.Max(1, spec.OutputCount)) + "];");
        writer.Open("for (int i = 0; i < outputShapes.Length; i++)");
        writer.Line("outputShapes[i] = inputShapes[global::System.Math.Min(i, inputShapes.Count - 1)];");
        writer.Close();
        writer.Line();
        writer.Line(Shapes + " result = outputShapes;");
        writer.Line("ComputeOutputShapes(inputShapes, ref result);");
        writer.Line("return result;");
        writer.Close();
        writer.Line();

        writer.Summary("Optional: replaces the default (element-wise) output shapes. Implement it in a partial class when the layer changes shapes.");
        writer.Line("/// <param name=\"inputShapes\">The shape of each input.</param>");
        writer.Line("/// <param name=\"outputShapes\">The default shapes on entry; set the real ones.</param>");
        writer.Line("partial void ComputeOutputShapes(" + Shapes + " inputShapes, ref " + Shapes + " outputShapes);");
        writer.Line();

        writer.Summary("The layer's math: reads the inputs and writes every element of the outputs. Write it in a partial class; the same code runs under Core ML and in the managed evaluator.");
        writer.Line("/// <param name=\"inputs\">One array per layer input (" + CSharpLiterals.Int(spec.InputCount) + " in the model; rank 5 <c>[S, B, C, H, W]</c> in a neural network).</param>");
        writer.Line("/// <param name=\"outputs\">One array per layer output (" + CSharpLiterals.Int(spec.OutputCount) + " in the model), allocated with the shapes GetOutputShapes gives.</param>");
        writer.Line("public partial void Evaluate(" + Arrays + " inputs, " + Arrays + " outputs);");
        writer.Close();
        EmitterCommon.CloseNamespace(writer, spec.Namespace);
        return writer.ToString();
    }

    private static string ClrType(CustomParameterSpec parameter)
    {
        string type = parameter.Type switch
        {
            "int" => "int",
            "long" => "long",
            "double" => "double",
            "bool" => "bool",
            _ => "string",
        };
        return parameter.IsRequired ? type : type + "?";
    }

    private static string Reader(CustomParameterSpec parameter)
    {
        string reader = parameter.Type switch
        {
            "int" => "Int32",
            "long" => "Int64",
            "double" => "Double",
            "bool" => "Boolean",
            _ => "String",
        };
        return (parameter.IsRequired ? "Get" : "GetOptional") + reader;
    }

    private static string ValuesText(CustomParameterSpec parameter)
    {
        string[] values = parameter.Values.Take(MaxValuesShown).Select(v => parameter.Type == "string" ? "\"" + v + "\"" : v).ToArray();
        string more = parameter.Values.Count > MaxValuesShown ? ", …" : string.Empty;
        return values.Length == 1 ? values[0] + " in the model" : string.Join(", ", values) + more + " in the model's layers";
    }

    private static string WeightsText(CustomLayerClassSpec spec)
        => spec.Weights.Count == 0
            ? "the layer has none"
            : string.Join(", ", spec.Weights.Select(w => w.Storage + " × " + w.Count.ToString(CultureInfo.InvariantCulture)));
}
