using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the Apple layer, only when the compilation has <c>CoreML.MLModel</c>: the Input/Output classes become
/// <c>NSObject, IMLFeatureProvider</c>, and the model class gains Xcode's loading and prediction API. All
/// Apple-touching code is generated, so the runtime stays portable.
/// </summary>
internal static class AppleEmitter
{
    public const string Interop = FeatureTypeMapping.AppleInterop;
    internal const string NSError = "global::Foundation.NSError";
    internal const string NSUrl = "global::Foundation.NSUrl";
    internal const string MLModel = "global::CoreML.MLModel";
    internal const string Configuration = "global::CoreML.MLModelConfiguration";
    internal const string Options = "global::CoreML.MLPredictionOptions";
    internal const string FeatureNamesSet = "global::Foundation.NSSet<global::Foundation.NSString>";
    internal const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
    internal const string PredictionFailed = "The prediction failed; NativeError holds the NSError.";
    private const string LoadFailedDoc = "/// <exception cref=\"global::CoreMLGen.CoreMLException\">Loading failed; NativeError holds the NSError.</exception>";

    public static string Emit(ResolvedModel spec)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec.Spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);
        AppleAvailability availability = spec.Apple!;

        ModelClass(writer, spec, availability);
        foreach (ResolvedInterface api in spec.Interfaces)
        {
            writer.Line();
            AppleFeatureProviderEmitter.InputClass(writer, api, availability);
            writer.Line();
            AppleFeatureProviderEmitter.OutputClass(writer, api, availability);
            if (api.StateClassName.Length > 0)
            {
                writer.Line();
                AppleStateEmitter.StateClass(writer, spec.Spec, api, availability);
            }
        }

        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    private static void ModelClass(SourceWriter writer, ResolvedModel spec, AppleAvailability availability)
    {
        string name = spec.Target.ClassName;
        Lines(writer, availability.Types);
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

        BundleUrl(writer, spec.Spec);
        Constructors(writer, name, availability);
        StaticLoaders(writer, name, availability);
        Factories(writer, name, availability);
        if (spec.FunctionEnumName.Length > 0)
        {
            FunctionSelectionEmitter.AppleMembers(writer, spec.Spec);
        }

        foreach (ResolvedInterface api in spec.Interfaces)
        {
            ApplePredictionEmitter.Predictions(writer, spec.Spec, api, availability);
            if (api.StateClassName.Length > 0)
            {
                AppleStateEmitter.ModelMembers(writer, spec.Spec, api.Spec);
            }
        }

        RecurrentStateEmitter.StartSessionMember(writer, spec);

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
        Lines(writer, availability.Configuration);
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

    private static void Constructors(SourceWriter writer, string name, AppleAvailability availability)
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
        Lines(writer, availability.Configuration);
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
        Lines(writer, availability.Configuration);
        writer.Line("public " + name + "(" + NSUrl + " modelUrl, " + Configuration + " configuration) : this(LoadNativeModel(modelUrl, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration))))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
    }

    /// <summary>
    /// <c>Foo.Load(...)</c>: the same loading calls as the managed evaluator backend has off Apple platforms, so
    /// cross-platform code compiles on both.
    /// </summary>
    private static void StaticLoaders(SourceWriter writer, string name, AppleAvailability availability)
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
        Lines(writer, availability.Configuration);
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

    private static void Factories(SourceWriter writer, string name, AppleAvailability availability)
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
        Lines(writer, availability.Configuration);
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
        Lines(writer, availability.AsyncLoad);
        writer.Line("public static global::System.Threading.Tasks.Task<" + name + "> LoadAsync(" + Configuration + "? configuration = null) => LoadAsync(UrlOfModelInThisBundle, configuration);");
        writer.Line();

        writer.Summary("Loads a compiled model from a URL asynchronously. Model loading may take time; prefer this on the main thread.");
        writer.Line("/// <param name=\"modelUrl\">The URL of the compiled model.</param>");
        writer.Line("/// <param name=\"configuration\">The configuration, or null for the default.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadFailedDoc);
        Lines(writer, availability.AsyncLoad);
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

    /// <summary>Prints resolved lines (availability attributes) as they are.</summary>
    public static void Lines(SourceWriter writer, EquatableArray<string> lines)
    {
        foreach (string line in lines)
        {
            writer.Line(line);
        }
    }
}
