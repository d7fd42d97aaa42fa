using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the Apple side of the Input and Output classes: <c>NSObject, IMLFeatureProvider</c> with Core ML's feature
/// names and values, image setters from CGImage or URL, and outputs that wrap the provider Core ML returned.
/// </summary>
internal static class AppleFeatureProviderEmitter
{
    private const string Interop = AppleEmitter.Interop;
    private const string NSUrl = AppleEmitter.NSUrl;
    private const string FeatureNamesSet = AppleEmitter.FeatureNamesSet;

    public static void InputClass(SourceWriter writer, InterfaceSpec api, Availability floor, TargetCapabilities capabilities)
    {
        AppleEmitter.Attributes(writer, floor);
        writer.Open("partial class " + api.InputClassName + " : global::Foundation.NSObject, global::CoreML.IMLFeatureProvider");
        NativeFeatureNames(writer, api.Inputs);

        writer.Summary("Core ML's featureValueForName: the value of a feature, or null for unknown names and unset optional features.");
        writer.Line("/// <param name=\"featureName\">The Core ML feature name.</param>");
        writer.Line("/// <returns>The feature value, or null.</returns>");
        writer.Open("public global::CoreML.MLFeatureValue? GetFeatureValue(string featureName)");
        writer.Open("switch (featureName)");
        foreach (FeatureSpec feature in api.Inputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            string value = ToNative(feature, capabilities, feature.PropertyName + (feature.Feature.IsOptional && FeatureTypeMapping.IsValueType(feature.Type, capabilities) ? ".Value" : string.Empty));
            writer.Line("    return " + (feature.Feature.IsOptional ? feature.PropertyName + " is null ? null : " + value : value) + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();

        // The setters scale to the declared size; a size that does not fit an int is corrupt, so they are left out.
        foreach (FeatureSpec feature in api.Inputs.Where(f => f.Type.Kind == FeatureTypeKind.Image && FeatureTypeMapping.IntImageSize(f.Type) is not null))
        {
            ImageSetters(writer, feature, floor);
        }

        writer.Close();
    }

    private static void ImageSetters(SourceWriter writer, FeatureSpec feature, Availability floor)
    {
        string format = feature.Type.ColorSpace switch
        {
            ImageColorSpace.Grayscale => "OneComponent8",
            ImageColorSpace.GrayscaleFloat16 => "OneComponent16Half",
            _ => "CV32BGRA",
        };
        string args = CSharpLiterals.Int(feature.Type.Width) + ", " + CSharpLiterals.Int(feature.Type.Height) + ", global::CoreVideo.CVPixelFormatType." + format;
        foreach ((string type, string what) in new[] { ("global::CoreGraphics.CGImage", "image"), (NSUrl, "url") })
        {
            writer.Line();
            writer.Summary("Sets " + feature.PropertyName + " from " + (what == "image" ? "a CGImage" : "an image file URL") + ", scaled to the model's size and pixel format.");
            writer.Line("/// <param name=\"" + what + "\">The source image.</param>");
            writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The image could not be converted.</exception>");
            AppleEmitter.SupportedOnly(writer, Availability.ImageConversion, floor);
            writer.Line("public void Set" + feature.PropertyName + "(" + type + " " + what + ") => " + feature.PropertyName + " = " + Interop + ".ToPixelBuffer(" + what + ", " + args + ", " + CSharpLiterals.String(feature.Name) + ");");
        }
    }

    public static void OutputClass(SourceWriter writer, InterfaceSpec api, Availability floor, TargetCapabilities capabilities)
    {
        AppleEmitter.Attributes(writer, floor);
        writer.Open("partial class " + api.OutputClassName + " : global::Foundation.NSObject, global::CoreML.IMLFeatureProvider");
        NativeFeatureNames(writer, api.Outputs);
        writer.Line("private readonly global::CoreML.IMLFeatureProvider? __native;");
        writer.Line();

        writer.Summary("Wraps the features a Core ML prediction returned; typed properties convert them on first use, without copying arrays.");
        writer.Line("/// <param name=\"features\">The prediction's output features.</param>");
        writer.Line("public " + api.OutputClassName + "(global::CoreML.IMLFeatureProvider features)");
        writer.Line("    : this(new global::CoreMLGen.Generated.AppleFeatureProvider(features ?? throw new global::System.ArgumentNullException(nameof(features))))");
        writer.Open(string.Empty);
        writer.Line("__native = features;");
        writer.Close();
        writer.Line();

        writer.Summary("Core ML's featureValueForName: the value of a feature, or null for unknown names.");
        writer.Line("/// <param name=\"featureName\">The Core ML feature name.</param>");
        writer.Line("/// <returns>The feature value, or null.</returns>");
        writer.Open("public global::CoreML.MLFeatureValue? GetFeatureValue(string featureName)");
        writer.Open("if (__native is not null)");
        writer.Line("return __native.GetFeatureValue(featureName);");
        writer.Close();
        writer.Line();
        writer.Open("switch (featureName)");
        foreach (FeatureSpec feature in api.Outputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            writer.Line("    return " + ToNative(feature, capabilities, feature.PropertyName) + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();

        if (api.Outputs.Any(f => f.Type.Kind == FeatureTypeKind.Image))
        {
            writer.Line();
            writer.Line("private global::CoreVideo.CVPixelBuffer __ReadPixelBuffer(string featureName) => " + Interop + ".ReadPixelBuffer(__native, featureName);");
        }

        writer.Close();
    }

    /// <summary>Converts a typed value to an MLFeatureValue (multi-arrays without copying).</summary>
    private static string ToNative(FeatureSpec feature, TargetCapabilities capabilities, string value)
    {
        if (!FeatureTypeMapping.IsSupported(feature.Type, capabilities))
        {
            return Interop + ".FromValue(" + value + ", " + CSharpLiterals.String(feature.Name) + ")";
        }

        string method = feature.Type.Kind switch
        {
            FeatureTypeKind.Int64 => "FromInt64",
            FeatureTypeKind.Double => "FromDouble",
            FeatureTypeKind.String => "FromString",
            FeatureTypeKind.MultiArray or FeatureTypeKind.State => "FromMultiArray",
            FeatureTypeKind.Image => "FromPixelBuffer",
            FeatureTypeKind.Dictionary => feature.Type.KeyOrElementType == ScalarKind.Int64 ? "FromInt64Dictionary" : "FromStringDictionary",
            _ => feature.Type.KeyOrElementType == ScalarKind.Int64 ? "FromInt64Sequence" : "FromStringSequence",
        };
        return Interop + "." + method + "(" + value + ")";
    }

    private static void NativeFeatureNames(SourceWriter writer, EquatableArray<FeatureSpec> features)
    {
        string items = string.Join(", ", features.Select(f => "new global::Foundation.NSString(" + CSharpLiterals.String(f.Name) + ")"));
        writer.Line("private static readonly " + FeatureNamesSet + " __nativeFeatureNames = new " + FeatureNamesSet + "(" + items + ");");
        writer.Line();
        writer.Summary("Core ML's featureNames: the names of the features, created once.");
        writer.Line("public " + FeatureNamesSet + " FeatureNames => __nativeFeatureNames;");
        writer.Line();
    }
}
