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

    public static void InputClass(SourceWriter writer, ResolvedInterface api, AppleAvailability availability)
    {
        AppleEmitter.Lines(writer, availability.Types);
        writer.Open("partial class " + api.InputClassName + " : global::Foundation.NSObject, global::CoreML.IMLFeatureProvider");
        NativeFeatureNames(writer, api.Inputs);

        writer.Summary("Core ML's featureValueForName: the value of a feature, or null for unknown names and unset optional features.");
        writer.Line("/// <param name=\"featureName\">The Core ML feature name.</param>");
        writer.Line("/// <returns>The feature value, or null.</returns>");
        writer.Open("public global::CoreML.MLFeatureValue? GetFeatureValue(string featureName)");
        writer.Open("switch (featureName)");
        foreach (ResolvedFeature feature in api.Inputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            writer.Line("    return " + feature.NativeInputValue + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();

        foreach (ResolvedFeature feature in api.Inputs.Where(f => f.ImageSetterArguments.Length > 0))
        {
            ImageSetters(writer, feature, availability);
        }

        writer.Close();
    }

    private static void ImageSetters(SourceWriter writer, ResolvedFeature feature, AppleAvailability availability)
    {
        foreach ((string type, string what) in new[] { ("global::CoreGraphics.CGImage", "image"), (NSUrl, "url") })
        {
            writer.Line();
            writer.Summary("Sets " + feature.PropertyName + " from " + (what == "image" ? "a CGImage" : "an image file URL") + ", scaled to the model's size and pixel format.");
            writer.Line("/// <param name=\"" + what + "\">The source image.</param>");
            writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The image could not be converted.</exception>");
            AppleEmitter.Lines(writer, availability.ImageConversion);
            writer.Line("public void Set" + feature.PropertyName + "(" + type + " " + what + ") => " + feature.PropertyName + " = " + Interop + ".ToPixelBuffer(" + what + ", " + feature.ImageSetterArguments + ", " + CSharpLiterals.String(feature.Name) + ");");
        }
    }

    public static void OutputClass(SourceWriter writer, ResolvedInterface api, AppleAvailability availability)
    {
        AppleEmitter.Lines(writer, availability.Types);
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
        foreach (ResolvedFeature feature in api.Outputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            writer.Line("    return " + feature.NativeOutputValue + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();

        if (api.ReadsPixelBuffers)
        {
            writer.Line();
            writer.Line("private global::CoreVideo.CVPixelBuffer __ReadPixelBuffer(string featureName) => " + Interop + ".ReadPixelBuffer(__native, featureName);");
        }

        writer.Close();
    }

    private static void NativeFeatureNames(SourceWriter writer, EquatableArray<ResolvedFeature> features)
    {
        string items = string.Join(", ", features.Select(f => "new global::Foundation.NSString(" + CSharpLiterals.String(f.Name) + ")"));
        writer.Line("private static readonly " + FeatureNamesSet + " __nativeFeatureNames = new " + FeatureNamesSet + "(" + items + ");");
        writer.Line();
        writer.Summary("Core ML's featureNames: the names of the features, created once.");
        writer.Line("public " + FeatureNamesSet + " FeatureNames => __nativeFeatureNames;");
        writer.Line();
    }
}
