using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the Apple part of a custom layer class: <c>[Register]</c> under the Objective-C name Core ML looks up,
/// <c>NSObject, IMLCustomLayer</c> with the exported <c>initWithParameterDictionary:error:</c> constructor and
/// every protocol member implemented here (in .NET the protocol's required members are default interface methods
/// that throw, so the compiler would not notice one missing), each forwarding to the one generic
/// <c>AppleCustomLayerBridge</c> of the interop file, which wraps Core ML's arrays without copying and calls the app's
/// portable <c>Evaluate</c>. <c>[Preserve]</c> keeps the class from the trimmer: Core ML finds
/// it by name only.
/// </summary>
internal static class AppleCustomLayerEmitter
{
    private const string Interop = AppleEmitter.Interop;
    private const string NSError = "global::Foundation.NSError";

    /// <summary>The generic bridge in the interop file: the per-class members only forward to it.</summary>
    private const string Bridge = "global::CoreMLGen.Generated.AppleCustomLayerBridge";

    public static string Emit(CustomLayerClassSpec spec, EquatableArray<string> availability)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, "for the Core ML custom layer class " + spec.ObjectiveCName + " (Apple layer)");
        EmitterCommon.OpenNamespace(writer, spec.Namespace);
        string name = spec.ClassName;

        AppleEmitter.Lines(writer, availability);

        writer.Line("[global::Foundation.Register(" + CSharpLiterals.String(spec.ObjectiveCName) + ")]");
        writer.Line("[global::Foundation.Preserve(AllMembers = true)]");
        writer.Open("partial class " + name + " : global::Foundation.NSObject, global::CoreML.IMLCustomLayer");

        writer.Summary("Core ML's initWithParameterDictionary:error:, called when a model that uses the layer loads.");
        writer.Line("/// <param name=\"parameters\">The layer's parameters from the model.</param>");
        writer.Line("/// <param name=\"error\">Why a parameter is missing or invalid, or null.</param>");
        writer.Line("[global::Foundation.Export(\"initWithParameterDictionary:error:\")]");
        writer.Line("public " + name + "(global::Foundation.NSDictionary<global::Foundation.NSString, global::Foundation.NSObject> parameters, out " + NSError + "? error)");
        writer.Line("    : this(" + Interop + ".ToCustomLayerParameters(parameters), throwOnError: false)");
        writer.Open(string.Empty);
        writer.Line("error = __initializationError is null ? null : " + Interop + ".ToNSError(__initializationError);");
        writer.Close();
        writer.Line();

        writer.Summary("Core ML's setWeightData:error:: copies the weights once and passes them to SetWeights.");
        writer.Line("/// <param name=\"weights\">The layer's weights, in the spec's order.</param>");
        writer.Line("/// <param name=\"error\">Why the weights were refused, or null.</param>");
        writer.Line("/// <returns>True when the weights were taken.</returns>");
        writer.Line("[global::Foundation.Export(\"setWeightData:error:\")]");
        writer.Line("public bool SetWeightData(global::Foundation.NSData[] weights, out " + NSError + "? error)");
        writer.Line("    => " + Bridge + ".SetWeightData(this, __initializationError, weights, out error);");
        writer.Line();

        writer.Summary("Core ML's outputShapesForInputShapes:error:: the shapes GetOutputShapes gives.");
        writer.Line("/// <param name=\"inputShapes\">The shape of each input, as arrays of numbers.</param>");
        writer.Line("/// <param name=\"error\">Why the shapes could not be given, or null.</param>");
        writer.Line("/// <returns>The shape of each output, or null on error.</returns>");
        writer.Line("[global::Foundation.Export(\"outputShapesForInputShapes:error:\")]");
        writer.Line("public global::Foundation.NSArray[]? GetOutputShapes(global::Foundation.NSArray[] inputShapes, out " + NSError + "? error)");
        writer.Line("    => " + Bridge + ".GetOutputShapes(this, __initializationError, inputShapes, out error);");
        writer.Line();

        writer.Summary("Core ML's evaluateOnCPUWithInputs:outputs:error:: views the arrays as MultiArray<float> without copying and calls Evaluate.");
        writer.Line("/// <param name=\"inputs\">The layer's inputs.</param>");
        writer.Line("/// <param name=\"outputs\">The layer's outputs, to fill.</param>");
        writer.Line("/// <param name=\"error\">Why evaluation failed, or null.</param>");
        writer.Line("/// <returns>True when the outputs were written.</returns>");
        writer.Line("[global::Foundation.Export(\"evaluateOnCPUWithInputs:outputs:error:\")]");
        writer.Line("public bool EvaluateOnCpu(global::CoreML.MLMultiArray[] inputs, global::CoreML.MLMultiArray[] outputs, out " + NSError + "? error)");
        writer.Line("    => " + Bridge + ".EvaluateOnCpu(this, __initializationError, inputs, outputs, out error);");
        writer.Close();
        EmitterCommon.CloseNamespace(writer, spec.Namespace);
        return writer.ToString();
    }
}
