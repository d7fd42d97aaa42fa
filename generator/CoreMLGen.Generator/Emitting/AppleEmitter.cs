using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the Apple layer, only when the compilation has <c>CoreML.MLModel</c>: the Input/Output classes become
/// <c>NSObject, IMLFeatureProvider</c>, and the model class gains Xcode's loading and prediction API. All
/// Apple-touching code is generated, so the runtime stays portable.
/// </summary>
internal static class AppleEmitter
{
    public const string Interop = "global::CoreMLGen.Generated.AppleInterop";
    private const string NSError = "global::Foundation.NSError";
    private const string NSUrl = "global::Foundation.NSUrl";
    private const string MLModel = "global::CoreML.MLModel";
    private const string Configuration = "global::CoreML.MLModelConfiguration";
    private const string Options = "global::CoreML.MLPredictionOptions";
    private const string FeatureNamesSet = "global::Foundation.NSSet<global::Foundation.NSString>";
    private const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
    private const string PredictionFailed = "The prediction failed; NativeError holds the NSError.";
    private const string LoadFailedDoc = "/// <exception cref=\"global::CoreMLGen.CoreMLException\">Loading failed; NativeError holds the NSError.</exception>";

    /// <summary>Feature types as the Apple layer's public API spells them (images are CVPixelBuffers).</summary>
    private static readonly TargetCapabilities AppleTypes = new(true, true);

    public static string Emit(ModelSpec spec, TargetCapabilities capabilities)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);
        Availability floor = Availability.ForSpecVersion(spec.Model.SpecVersion);

        ModelClass(writer, spec, floor, capabilities);
        foreach (InterfaceSpec api in spec.Interfaces)
        {
            writer.Line();
            InputClass(writer, api, floor, capabilities);
            writer.Line();
            OutputClass(writer, api, floor, capabilities);
            if (api.StateClassName.Length > 0)
            {
                writer.Line();
                AppleStateEmitter.StateClass(writer, spec, api, floor, capabilities);
            }
        }

        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    private static void ModelClass(SourceWriter writer, ModelSpec spec, Availability floor, TargetCapabilities capabilities)
    {
        string name = spec.Target.ClassName;
        InterfaceSpec main = spec.DefaultInterface;
        Attributes(writer, floor);
        writer.Open("partial class " + name);

        writer.Summary("The underlying Core ML model.");
        writer.Line("public " + MLModel + " Model { get; }");
        writer.Line();

        writer.Summary("Wraps a model that is already loaded. Apps usually use a loading constructor or LoadAsync instead.");
        writer.Line("/// <param name=\"model\">A loaded " + XmlDoc.Escape(spec.Target.DisplayName) + " model.</param>");
        foreach (CustomLayerUse layer in spec.CustomLayers)
        {
            // Core ML finds custom layer classes by name only; every way to load the model comes through here.
            writer.Line("[global::System.Diagnostics.CodeAnalysis.DynamicDependency(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All, typeof(global::"
                + (layer.Namespace.Length > 0 ? layer.Namespace + "." : string.Empty) + layer.ClassName + "))]");
        }

        writer.Open("public " + name + "(" + MLModel + " model)");
        writer.Line("Model = model ?? throw new global::System.ArgumentNullException(nameof(model));");
        writer.Close();
        writer.Line();

        BundleUrl(writer, spec);
        Constructors(writer, name, floor);
        StaticLoaders(writer, name, floor);
        Factories(writer, name, floor);
        if (spec.FunctionEnumName.Length > 0)
        {
            FunctionSelectionEmitter.AppleMembers(writer, spec);
        }

        var convenienceSignatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (InterfaceSpec api in spec.Interfaces)
        {
            Predictions(writer, spec, api, floor, ConveniencePredictEmitter.Claims(api, AppleTypes, convenienceSignatures));
            if (api.StateClassName.Length > 0)
            {
                AppleStateEmitter.ModelMembers(writer, spec, api);
            }
        }

        RecurrentStateEmitter.StartSessionMember(writer, spec, capabilities);

        writer.Open("private static " + MLModel + " LoadNativeModel(" + NSUrl + " modelUrl, " + Configuration + "? configuration)");
        writer.Open("if (modelUrl is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(modelUrl));");
        writer.Close();
        writer.Line();
        writer.Line(NSError + "? error;");
        writer.Line(MLModel + "? model = configuration is null");
        writer.Line("    ? " + MLModel + ".Create(modelUrl, out error)");
        writer.Line("    : CreateWithConfiguration(modelUrl, configuration, out error);");
        writer.Line("return model ?? throw " + Interop + ".Error(\"Could not load the " + name.TrimStart('@') + " model from \" + modelUrl.AbsoluteString, error);");
        writer.Close();
        writer.Line();
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Line("private static " + MLModel + "? CreateWithConfiguration(" + NSUrl + " modelUrl, " + Configuration + " configuration, out " + NSError + "? error)");
        writer.Line("    => " + MLModel + ".Create(modelUrl, configuration, out error);");
        writer.Close();
    }

    private static void BundleUrl(SourceWriter writer, ModelSpec spec)
    {
        string bundleName = spec.Target.BundleName;
        int slash = bundleName.LastIndexOf('/');
        string file = slash >= 0 ? bundleName.Substring(slash + 1) : bundleName;
        string folder = slash >= 0 ? bundleName.Substring(0, slash) : string.Empty;
        string lookup = folder.Length == 0
            ? "global::Foundation.NSBundle.MainBundle.GetUrlForResource(" + CSharpLiterals.String(file) + ", \"mlmodelc\")"
            : "global::Foundation.NSBundle.MainBundle.GetUrlForResource(" + CSharpLiterals.String(file) + ", \"mlmodelc\", " + CSharpLiterals.String(folder) + ")";

        writer.Summary("The URL of the compiled model (" + bundleName + ".mlmodelc) in the app bundle.");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The bundle does not contain the compiled model.</exception>");
        writer.Line("public static " + NSUrl + " UrlOfModelInThisBundle => " + lookup);
        writer.Line("    ?? throw new global::CoreMLGen.CoreMLException(\"The app bundle has no " + XmlDoc.Escape(bundleName).Replace("\"", "'") + ".mlmodelc; check that the model is a CoreMLModel item of the app project.\");");
        writer.Line();
    }

    private static void Constructors(SourceWriter writer, string name, Availability floor)
    {
        writer.Summary("Loads the model from the app bundle with the default configuration.");
        writer.Line(LoadFailedDoc);
        writer.Line("[global::System.Obsolete(\"Use " + name.TrimStart('@') + "(MLModelConfiguration), LoadAsync or TryCreate, and handle errors.\")]");
        writer.Line("public " + name + "() : this(LoadNativeModel(UrlOfModelInThisBundle, null))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Summary("Loads the model from the app bundle.");
        writer.Line("/// <param name=\"configuration\">The configuration (compute units, function name, ...).</param>");
        writer.Line(LoadFailedDoc);
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Line("public " + name + "(" + Configuration + " configuration) : this(LoadNativeModel(UrlOfModelInThisBundle, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration))))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Summary("Loads a compiled model (.mlmodelc) from a URL.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line(LoadFailedDoc);
        writer.Line("public " + name + "(" + NSUrl + " modelUrl) : this(LoadNativeModel(modelUrl, null))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Summary("Loads a compiled model (.mlmodelc) from a URL with a configuration.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"configuration\">The configuration (compute units, function name, ...).</param>");
        writer.Line(LoadFailedDoc);
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Line("public " + name + "(" + NSUrl + " modelUrl, " + Configuration + " configuration) : this(LoadNativeModel(modelUrl, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration))))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
    }

    /// <summary>
    /// <c>Foo.Load(...)</c>: the same loading calls as the managed evaluator backend has off Apple platforms, so
    /// cross-platform code compiles on both.
    /// </summary>
    private static void StaticLoaders(SourceWriter writer, string name, Availability floor)
    {
        writer.Summary("Loads the model from the app bundle with the default configuration.");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        writer.Line("public static " + name + " Load() => new " + name + "(LoadNativeModel(UrlOfModelInThisBundle, null));");
        writer.Line();

        writer.Summary("Loads the model from the app bundle.");
        writer.Line("/// <param name=\"configuration\">The configuration (compute units, function name, ...).</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Line("public static " + name + " Load(" + Configuration + " configuration) => new " + name + "(LoadNativeModel(UrlOfModelInThisBundle, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration))));");
        writer.Line();

        writer.Summary("Loads a compiled model (.mlmodelc) from a URL.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"configuration\">The configuration, or null for the default.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        writer.Line("public static " + name + " Load(" + NSUrl + " modelUrl, " + Configuration + "? configuration = null) => new " + name + "(LoadNativeModel(modelUrl, configuration));");
        writer.Line();
    }

    private static void Factories(SourceWriter writer, string name, Availability floor)
    {
        writer.Summary("Loads a compiled model from a URL without throwing.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"model\">The loaded model, or null.</param>");
        writer.Line("/// <param name=\"error\">Why loading failed, or null.</param>");
        writer.Line("/// <returns>True when the model loaded.</returns>");
        writer.Open("public static bool TryCreate(" + NSUrl + " modelUrl, " + NotNullWhenTrue + "out " + name + "? model, out " + NSError + "? error)");
        writer.Line(MLModel + "? loaded = " + MLModel + ".Create(modelUrl, out error);");
        writer.Line("model = loaded is null ? null : new " + name + "(loaded);");
        writer.Line("return model is not null;");
        writer.Close();
        writer.Line();

        writer.Summary("Loads a compiled model from a URL with a configuration, without throwing.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"configuration\">The configuration (compute units, function name, ...).</param>");
        writer.Line("/// <param name=\"model\">The loaded model, or null.</param>");
        writer.Line("/// <param name=\"error\">Why loading failed, or null.</param>");
        writer.Line("/// <returns>True when the model loaded.</returns>");
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Open("public static bool TryCreate(" + NSUrl + " modelUrl, " + Configuration + " configuration, " + NotNullWhenTrue + "out " + name + "? model, out " + NSError + "? error)");
        writer.Line(MLModel + "? loaded = " + MLModel + ".Create(modelUrl, configuration, out error);");
        writer.Line("model = loaded is null ? null : new " + name + "(loaded);");
        writer.Line("return model is not null;");
        writer.Close();
        writer.Line();

        writer.Summary("Loads the model from the app bundle asynchronously. Model loading may take time; prefer this on the main thread.");
        writer.Line("/// <param name=\"configuration\">The configuration, or null for the default.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        SupportedOnly(writer, Availability.AsyncLoad, floor);
        writer.Line("public static global::System.Threading.Tasks.Task<" + name + "> LoadAsync(" + Configuration + "? configuration = null) => LoadAsync(UrlOfModelInThisBundle, configuration);");
        writer.Line();

        writer.Summary("Loads a compiled model from a URL asynchronously. Model loading may take time; prefer this on the main thread.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"configuration\">The configuration, or null for the default.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        SupportedOnly(writer, Availability.AsyncLoad, floor);
        writer.Open("public static async global::System.Threading.Tasks.Task<" + name + "> LoadAsync(" + NSUrl + " modelUrl, " + Configuration + "? configuration = null)");
        writer.Open("if (modelUrl is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(modelUrl));");
        writer.Close();
        writer.Line();
        writer.Open("try");
        writer.Line(MLModel + " model = await " + MLModel + ".LoadContentsAsync(modelUrl, configuration ?? new " + Configuration + "()).ConfigureAwait(false);");
        writer.Line("return new " + name + "(model);");
        writer.Close();
        writer.Open("catch (global::Foundation.NSErrorException exception)");
        writer.Line("throw " + Interop + ".Error(\"Could not load the " + name.TrimStart('@') + " model from \" + modelUrl.AbsoluteString, exception.Error);");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void Predictions(SourceWriter writer, ModelSpec spec, InterfaceSpec api, Availability floor, bool convenience)
    {
        string input = api.InputClassName, output = api.OutputClassName;
        string function = api.FunctionName.Length > 0 && !api.IsDefault
            ? " The model must be loaded with MLModelConfiguration.FunctionName = \"" + api.FunctionName + "\"."
            : string.Empty;

        writer.Summary("Predicts output features from input features." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        writer.Open("public " + output + " Predict(" + input + " input)");
        writer.Line("global::CoreML.IMLFeatureProvider? result = Model.GetPrediction(input ?? throw new global::System.ArgumentNullException(nameof(input)), out " + NSError + "? error);");
        writer.Line("return result is null ? throw " + Interop + ".Error(\"" + spec.Target.DisplayName + " prediction failed\", error) : new " + output + "(result);");
        writer.Close();
        writer.Line();

        writer.Summary("Predicts output features from input features with prediction options." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"options\">The prediction options.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        writer.Open("public " + output + " Predict(" + input + " input, " + Options + " options)");
        writer.Line("global::CoreML.IMLFeatureProvider? result = Model.GetPrediction(input ?? throw new global::System.ArgumentNullException(nameof(input)), options ?? throw new global::System.ArgumentNullException(nameof(options)), out " + NSError + "? error);");
        writer.Line("return result is null ? throw " + Interop + ".Error(\"" + spec.Target.DisplayName + " prediction failed\", error) : new " + output + "(result);");
        writer.Close();
        writer.Line();

        writer.Summary("Predicts without throwing." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"output\">The prediction, or null.</param>");
        writer.Line("/// <param name=\"error\">Why the prediction failed, or null.</param>");
        writer.Line("/// <returns>True when the prediction succeeded.</returns>");
        writer.Open("public bool TryPredict(" + input + " input, " + NotNullWhenTrue + "out " + output + "? output, out " + NSError + "? error)");
        writer.Line("global::CoreML.IMLFeatureProvider? result = Model.GetPrediction(input ?? throw new global::System.ArgumentNullException(nameof(input)), out error);");
        writer.Line("output = result is null ? null : new " + output + "(result);");
        writer.Line("return output is not null;");
        writer.Close();
        writer.Line();

        if (convenience)
        {
            ConveniencePredictEmitter.Emit(writer, api, AppleTypes, PredictionFailed);
        }

        writer.Summary("Predicts asynchronously." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"options\">The prediction options, or null for the default.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        SupportedOnly(writer, Availability.AsyncPrediction, floor);
        writer.Open("public async global::System.Threading.Tasks.Task<" + output + "> PredictAsync(" + input + " input, " + Options + "? options = null)");
        writer.Open("if (input is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(input));");
        writer.Close();
        writer.Line();
        writer.Open("try");
        writer.Line("global::CoreML.IMLFeatureProvider result = options is null");
        writer.Line("    ? await Model.GetPredictionAsync(input).ConfigureAwait(false)");
        writer.Line("    : await Model.GetPredictionAsync(input, options).ConfigureAwait(false);");
        writer.Line("return new " + output + "(result);");
        writer.Close();
        writer.Open("catch (global::Foundation.NSErrorException exception)");
        writer.Line("throw " + Interop + ".Error(\"" + spec.Target.DisplayName + " prediction failed\", exception.Error);");
        writer.Close();
        writer.Close();
        writer.Line();

        if (api.States.Count == 0)
        {
            BatchPredict(writer, spec, api, floor, function);
        }
    }

    private static void BatchPredict(SourceWriter writer, ModelSpec spec, InterfaceSpec api, Availability floor, string function)
    {
        writer.Summary("Predicts a batch of inputs in one call." + function);
        writer.Line("/// <param name=\"inputs\">The inputs.</param>");
        writer.Line("/// <param name=\"options\">The prediction options, or null for the default.</param>");
        writer.Line("/// <returns>One prediction per input, in order.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        SupportedOnly(writer, Availability.Configuration, floor);
        writer.Open("public " + api.OutputClassName + "[] PredictBatch(global::System.Collections.Generic.IReadOnlyList<" + api.InputClassName + "> inputs, " + Options + "? options = null)");
        writer.Open("if (inputs is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(inputs));");
        writer.Close();
        writer.Line();
        writer.Line("var providers = new global::CoreML.IMLFeatureProvider[inputs.Count];");
        writer.Open("for (int i = 0; i < providers.Length; i++)");
        writer.Line("providers[i] = inputs[i] ?? throw new global::System.ArgumentException(\"Input \" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is null.\", nameof(inputs));");
        writer.Close();
        writer.Line();
        writer.Line("using var batch = new global::CoreML.MLArrayBatchProvider(providers);");
        writer.Line(NSError + "? error;");
        writer.Line("global::CoreML.IMLBatchProvider? results = options is null");
        writer.Line("    ? Model.GetPredictions(batch, out error)");
        writer.Line("    : Model.GetPredictions(batch, options, out error);");
        writer.Open("if (results is null)");
        writer.Line("throw " + Interop + ".Error(\"" + spec.Target.DisplayName + " batch prediction failed\", error);");
        writer.Close();
        writer.Line();
        writer.Line("var outputs = new " + api.OutputClassName + "[(int)results.Count];");
        writer.Open("for (int i = 0; i < outputs.Length; i++)");
        writer.Line("outputs[i] = new " + api.OutputClassName + "(results.GetFeatures(i));");
        writer.Close();
        writer.Line();
        writer.Line("return outputs;");
        writer.Close();
        writer.Line();
    }

    private static void InputClass(SourceWriter writer, InterfaceSpec api, Availability floor, TargetCapabilities capabilities)
    {
        Attributes(writer, floor);
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
            SupportedOnly(writer, Availability.ImageConversion, floor);
            writer.Line("public void Set" + feature.PropertyName + "(" + type + " " + what + ") => " + feature.PropertyName + " = " + Interop + ".ToPixelBuffer(" + what + ", " + args + ", " + CSharpLiterals.String(feature.Name) + ");");
        }
    }

    private static void OutputClass(SourceWriter writer, InterfaceSpec api, Availability floor, TargetCapabilities capabilities)
    {
        Attributes(writer, floor);
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

    private static void Attributes(SourceWriter writer, Availability availability)
    {
        foreach (string attribute in availability.Attributes())
        {
            writer.Line(attribute);
        }
    }

    /// <summary>Attributes for a member whose API needs a newer OS than the model itself.</summary>
    private static void SupportedOnly(SourceWriter writer, Availability api, Availability floor)
    {
        Availability needed = api.Max(floor);
        if (needed.Raises(floor))
        {
            Attributes(writer, needed);
        }
    }
}
