using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the portable layer, always generated: typed <c>FooInput</c>/<c>FooOutput</c> over the runtime types and
/// the <c>Foo</c> class with the model's constants. Nothing here touches Apple APIs.
/// </summary>
internal static class PortableEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(ModelSpec spec, TargetCapabilities capabilities, string toolVersion)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);

        ModelClass(writer, spec, toolVersion);
        if (spec.FunctionEnumName.Length > 0)
        {
            writer.Line();
            FunctionSelectionEmitter.FunctionEnum(writer, spec, toolVersion);
        }

        foreach (InterfaceSpec api in spec.Interfaces)
        {
            writer.Line();
            InputClass(writer, spec, api, capabilities, toolVersion);
            writer.Line();
            OutputClass(writer, spec, api, capabilities, toolVersion);
        }

        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    private static void ModelClass(SourceWriter writer, ModelSpec spec, string toolVersion)
    {
        ModelDescription model = spec.Model;
        string description = model.Metadata.Description.Length > 0 ? model.Metadata.Description : "Core ML model " + spec.Target.DisplayName + ".";
        writer.Summary(description);
        writer.Line("/// <remarks>Generated from <c>" + XmlDoc.Escape(spec.Target.RelativePath) + "</c>: a " + XmlDoc.Escape(model.Kind) + " model, Core ML specification version " + CSharpLiterals.Int(model.SpecVersion) + ".</remarks>");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + spec.Target.ClassName);

        Constant(writer, "The Core ML specification version the model file declares.", "int", "SpecificationVersion", CSharpLiterals.Int(model.SpecVersion));
        Constant(writer, "The kind of model (the case of Core ML's Model.Type).", "string", "ModelKind", CSharpLiterals.String(model.Kind));
        Constant(writer, "The model's description metadata.", "string", "MetadataDescription", CSharpLiterals.String(model.Metadata.Description));
        Constant(writer, "The model's author metadata.", "string", "MetadataAuthor", CSharpLiterals.String(model.Metadata.Author));
        Constant(writer, "The model's license metadata.", "string", "MetadataLicense", CSharpLiterals.String(model.Metadata.License));
        Constant(writer, "The model's version metadata.", "string", "MetadataVersion", CSharpLiterals.String(model.Metadata.Version));
        Constant(writer, "Name of the compiled model (.mlmodelc) in the app bundle, without extension.", "string", "BundleResourceName", CSharpLiterals.String(spec.Target.BundleName));

        writer.Summary("User-defined metadata of the model, sorted by key.");
        writer.Line("public static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, string> UserDefinedMetadata = " + DictionaryLiteral(model.UserDefined) + ";");
        writer.Line();

        InterfaceSpec api = spec.DefaultInterface;
        StringList(writer, "Names of the input features, in the model's order.", "InputFeatureNames", api.Inputs.Select(f => f.Name));
        StringList(writer, "Names of the output features, in the model's order.", "OutputFeatureNames", api.Outputs.Select(f => f.Name));
        if (api.States.Count > 0)
        {
            StringList(writer, "Names of the model's state buffers (ML Program state; not inputs or outputs).", "StateFeatureNames", api.States.Select(f => f.Name));
        }

        if (model.Functions.Count > 0)
        {
            StringList(writer, "Names of the model's functions.", "FunctionNames", model.Functions.Select(f => f.Name));
            Constant(writer, "The function predictions use unless the configuration selects another.", "string", "DefaultFunctionName", CSharpLiterals.String(api.FunctionName));
            FunctionSelectionEmitter.ModelConstants(writer, spec);
        }

        if (model.Classifier is { } classifier)
        {
            Constant(writer, "The output feature holding the predicted label.", "string", "PredictedFeatureName", CSharpLiterals.String(classifier.PredictedFeature));
            Constant(writer, "The output feature holding the label probabilities (empty if none).", "string", "PredictedProbabilitiesName", CSharpLiterals.String(classifier.ProbabilitiesFeature));
            if (classifier.LabelType == "int64")
            {
                writer.Summary("The class labels, in the model's order.");
                writer.Line("public static readonly " + ReadOnlyList + "<long> ClassLabels = new global::System.Collections.ObjectModel.ReadOnlyCollection<long>(new long[] { " + string.Join(", ", model.ClassLabels.Select(l => l + "L")) + " });");
                writer.Line();
            }
            else
            {
                StringList(writer, "The class labels, in the model's order.", "ClassLabels", model.ClassLabels);
            }
        }
        else if (model.RegressorPredictedFeature is { } predicted)
        {
            Constant(writer, "The output feature holding the regressor's prediction.", "string", "PredictedFeatureName", CSharpLiterals.String(predicted));
        }

        writer.Close();
    }

    private static void InputClass(SourceWriter writer, ModelSpec spec, InterfaceSpec api, TargetCapabilities capabilities, string toolVersion)
    {
        writer.Summary("Prediction input for " + spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api) + ".");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + api.InputClassName + " : global::CoreMLGen.IFeatureProvider");

        FeatureNamesField(writer, api.Inputs);
        foreach (FeatureSpec feature in api.Inputs)
        {
            FeatureConstants(writer, feature, capabilities);
        }

        foreach (FeatureSpec feature in api.Inputs)
        {
            string type = FeatureTypeMapping.ClrType(feature.Type, capabilities);
            bool valueType = FeatureTypeMapping.IsValueType(feature.Type, capabilities);
            writer.Line("private " + type + (feature.Feature.IsOptional || !valueType ? "?" : string.Empty) + " " + feature.FieldName + ";");
        }

        writer.Line();
        IReadOnlyList<FeatureSpec> required = api.Inputs.Where(f => !f.Feature.IsOptional).ToList();
        InputConstructor(writer, api, required, "Creates an input from the required features; optional features start unset (null).", capabilities);
        if (required.Count != api.Inputs.Count)
        {
            InputConstructor(writer, api, api.Inputs, "Creates an input from every feature; pass null to leave an optional feature unset.", capabilities);
        }

        foreach (FeatureSpec feature in api.Inputs)
        {
            InputProperty(writer, feature, capabilities);
        }

        writer.Line("global::System.Collections.Generic.IReadOnlyCollection<string> global::CoreMLGen.IFeatureProvider.FeatureNames => __featureNames;");
        writer.Line();
        writer.Open("global::CoreMLGen.FeatureValue? global::CoreMLGen.IFeatureProvider.GetFeatureValue(string featureName)");
        writer.Open("switch (featureName)");
        foreach (FeatureSpec feature in api.Inputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            writer.Line("    return " + PortableValue(feature, capabilities) + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();
        writer.Close();
    }

    private static string PortableValue(FeatureSpec feature, TargetCapabilities capabilities)
    {
        if (feature.Type.Kind == FeatureTypeKind.Image && capabilities.HasAppleCoreML)
        {
            // On Apple, images are CVPixelBuffers: the portable provider view gets a copy as an ImageBuffer.
            string image = AppleImageValue(feature);
            return feature.Feature.IsOptional ? feature.PropertyName + " is null ? null : " + image : image;
        }

        bool valueType = FeatureTypeMapping.IsValueType(feature.Type, capabilities);
        string value = feature.PropertyName + (valueType && feature.Feature.IsOptional ? ".Value" : string.Empty);
        string wrapped = FeatureTypeMapping.ToPortableValue(feature.Type, capabilities, value);
        return feature.Feature.IsOptional && wrapped != value ? feature.PropertyName + " is null ? null : " + wrapped : wrapped;
    }

    private static string AppleImageValue(FeatureSpec feature)
        => FeatureTypeMapping.FeatureValueType + ".FromImage(" + AppleEmitter.Interop + ".ToImageBuffer(" + feature.PropertyName + ", " + CSharpLiterals.String(feature.Name) + "))";

    private static void InputConstructor(SourceWriter writer, InterfaceSpec api, IReadOnlyList<FeatureSpec> parameters, string summary, TargetCapabilities capabilities)
    {
        writer.Summary(summary);
        foreach (FeatureSpec feature in parameters)
        {
            writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(TypeText.Summary(feature.Feature, includeOptional: true)) + "</param>");
        }

        string signature = string.Join(", ", parameters.Select(f => ParameterType(f, capabilities) + " " + f.ParameterName));
        writer.Open("public " + api.InputClassName + "(" + signature + ")");
        foreach (FeatureSpec feature in parameters)
        {
            writer.Line(feature.FieldName + " = " + NullChecked(feature, capabilities, feature.ParameterName) + ";");
        }

        writer.Close();
        writer.Line();
    }

    private static void InputProperty(SourceWriter writer, FeatureSpec feature, TargetCapabilities capabilities)
    {
        writer.Summary(TypeText.Summary(feature.Feature, includeOptional: true));
        Remarks(writer, feature, capabilities);
        string type = ParameterType(feature, capabilities);
        if (feature.Feature.IsOptional || FeatureTypeMapping.IsValueType(feature.Type, capabilities))
        {
            writer.Line("public " + type + " " + feature.PropertyName + " { get => " + feature.FieldName + "; set => " + feature.FieldName + " = value; }");
        }
        else
        {
            writer.Line("public " + type + " " + feature.PropertyName + " { get => " + feature.FieldName + "!; set => " + feature.FieldName + " = " + NullChecked(feature, capabilities, "value") + "; }");
        }

        writer.Line();
    }

    private static void OutputClass(SourceWriter writer, ModelSpec spec, InterfaceSpec api, TargetCapabilities capabilities, string toolVersion)
    {
        writer.Summary("Prediction output of " + spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api) + "; each feature is read on first use.");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + api.OutputClassName + " : global::CoreMLGen.IFeatureProvider");

        FeatureNamesField(writer, api.Outputs);
        foreach (FeatureSpec feature in api.Outputs)
        {
            FeatureConstants(writer, feature, capabilities);
        }

        writer.Line("private readonly global::CoreMLGen.IFeatureProvider? __source;");
        foreach (FeatureSpec feature in api.Outputs)
        {
            writer.Line("private " + FeatureTypeMapping.ClrType(feature.Type, capabilities) + "? " + feature.FieldName + ";");
        }

        writer.Line();
        writer.Summary("Wraps prediction results; each typed property reads its feature from the provider on first use.");
        writer.Line("/// <param name=\"features\">The provider holding the prediction's output features.</param>");
        writer.Open("public " + api.OutputClassName + "(global::CoreMLGen.IFeatureProvider features)");
        writer.Line("__source = features ?? throw new global::System.ArgumentNullException(nameof(features));");
        writer.Close();
        writer.Line();

        if (api.Outputs.Count > 0)
        {
            writer.Summary("Creates an output from typed values (for tests, caching or custom backends).");
            foreach (FeatureSpec feature in api.Outputs)
            {
                writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(TypeText.Summary(feature.Feature, includeOptional: false)) + "</param>");
            }

            writer.Open("public " + api.OutputClassName + "(" + string.Join(", ", api.Outputs.Select(f => FeatureTypeMapping.ClrType(f.Type, capabilities) + " " + f.ParameterName)) + ")");
            foreach (FeatureSpec feature in api.Outputs)
            {
                writer.Line(feature.FieldName + " = " + NullChecked(feature, capabilities, feature.ParameterName, forceRequired: true) + ";");
            }

            writer.Close();
            writer.Line();
        }

        foreach (FeatureSpec feature in api.Outputs)
        {
            writer.Summary(TypeText.Summary(feature.Feature, includeOptional: false));
            Remarks(writer, feature, capabilities);
            string type = FeatureTypeMapping.ClrType(feature.Type, capabilities);
            string read = feature.Type.Kind == FeatureTypeKind.Image && capabilities.HasAppleCoreML
                ? "__ReadPixelBuffer(" + CSharpLiterals.String(feature.Name) + ")"
                : FeatureTypeMapping.PortableRead(feature.Type, capabilities, "__source!", CSharpLiterals.String(feature.Name));
            writer.Line("public " + type + " " + feature.PropertyName + " => " + feature.FieldName + " ??= " + read + ";");
            writer.Line();
        }

        TopK(writer, spec, api, capabilities);

        writer.Line("global::System.Collections.Generic.IReadOnlyCollection<string> global::CoreMLGen.IFeatureProvider.FeatureNames => __featureNames;");
        writer.Line();
        writer.Open("global::CoreMLGen.FeatureValue? global::CoreMLGen.IFeatureProvider.GetFeatureValue(string featureName)");
        writer.Open("switch (featureName)");
        foreach (FeatureSpec feature in api.Outputs)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            string value = feature.Type.Kind == FeatureTypeKind.Image && capabilities.HasAppleCoreML
                ? AppleImageValue(feature)
                : FeatureTypeMapping.ToPortableValue(feature.Type, capabilities, feature.PropertyName);
            writer.Line("    return " + value + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();
        writer.Close();
    }

    private static void TopK(SourceWriter writer, ModelSpec spec, InterfaceSpec api, TargetCapabilities capabilities)
    {
        ClassifierRole? classifier = spec.Model.Classifier;
        FeatureSpec? probabilities = classifier is null
            ? null
            : api.Outputs.FirstOrDefault(f => f.Name == classifier.ProbabilitiesFeature && f.Type.Kind == FeatureTypeKind.Dictionary && FeatureTypeMapping.IsSupported(f.Type, capabilities));
        if (probabilities is null)
        {
            return;
        }

        string label = probabilities.Type.KeyOrElementType == ScalarKind.Int64 ? "long" : "string";
        writer.Summary("The k most probable labels from " + probabilities.PropertyName + ", most probable first (ties in label order).");
        writer.Line("/// <param name=\"k\">How many labels to return; more than there are returns all.</param>");
        writer.Line("public " + ReadOnlyList + "<global::System.Collections.Generic.KeyValuePair<" + label + ", double>> TopK(int k) => global::CoreMLGen.Classification.TopK(" + probabilities.PropertyName + ", k);");
        writer.Line();
    }

    private static void FeatureNamesField(SourceWriter writer, IEnumerable<FeatureSpec> features)
    {
        writer.Line("private static readonly string[] __featureNames = " + CSharpLiterals.StringArray(features.Select(f => f.Name)) + ";");
        writer.Line();
    }

    /// <summary>Name, shape, data type, size and pixel format constants next to each feature.</summary>
    public static void FeatureConstants(SourceWriter writer, FeatureSpec feature, TargetCapabilities capabilities)
    {
        Constant(writer, "Core ML name of the " + feature.Name + " feature.", "string", feature.PropertyName + "FeatureName", CSharpLiterals.String(feature.Name));
        FeatureType type = feature.Type;
        if (type.Kind is FeatureTypeKind.MultiArray or FeatureTypeKind.State)
        {
            int[]? shape = FeatureTypeMapping.IntShape(type);
            if (shape is not null)
            {
                string what = type.Flexibility == Flexibility.None ? "Shape" : "Default shape (the model accepts others, see the property)";
                writer.Summary(what + " of the " + feature.Name + " feature.");
                writer.Line("public static readonly " + ReadOnlyList + "<int> " + feature.PropertyName + "Shape = new global::System.Collections.ObjectModel.ReadOnlyCollection<int>(new int[] { " + string.Join(", ", shape.Select(d => CSharpLiterals.Int(d))) + " });");
                writer.Line();
            }

            if (FeatureTypeMapping.IsSupported(type, capabilities))
            {
                Constant(writer, "Element type of the " + feature.Name + " feature.", "global::CoreMLGen.MultiArrayDataType", feature.PropertyName + "DataType", "global::CoreMLGen.MultiArrayDataType." + FeatureTypeMapping.DataTypeMember(type.DataType));
            }
        }
        else if (type.Kind == FeatureTypeKind.Image)
        {
            if (FeatureTypeMapping.IntImageSize(type) is { } imageSize)
            {
                bool flexible = type.Flexibility != Flexibility.None;
                Constant(writer, (flexible ? "Default width" : "Width") + " in pixels of the " + feature.Name + " feature.", "int", feature.PropertyName + "Width", CSharpLiterals.Int(imageSize.Width));
                Constant(writer, (flexible ? "Default height" : "Height") + " in pixels of the " + feature.Name + " feature.", "int", feature.PropertyName + "Height", CSharpLiterals.Int(imageSize.Height));
            }

            if (FeatureTypeMapping.PixelFormatMember(type.ColorSpace) is { } format)
            {
                Constant(writer, "Pixel format of the " + feature.Name + " feature.", "global::CoreMLGen.ImagePixelFormat", feature.PropertyName + "PixelFormat", "global::CoreMLGen.ImagePixelFormat." + format);
            }
        }
    }

    private static void Remarks(SourceWriter writer, FeatureSpec feature, TargetCapabilities capabilities)
    {
        var parts = new List<string>();
        if (TypeText.Constraints(feature.Type) is { } constraints)
        {
            parts.Add(constraints);
        }

        if (FeatureTypeMapping.UnsupportedReason(feature.Type, capabilities) is { } reason)
        {
            parts.Add("Untyped: " + reason + ".");
        }

        if (parts.Count > 0)
        {
            writer.Line("/// <remarks>" + XmlDoc.Escape(string.Join(" ", parts)) + "</remarks>");
        }
    }

    private static string ParameterType(FeatureSpec feature, TargetCapabilities capabilities)
        => FeatureTypeMapping.ClrType(feature.Type, capabilities) + (feature.Feature.IsOptional ? "?" : string.Empty);

    private static string NullChecked(FeatureSpec feature, TargetCapabilities capabilities, string value, bool forceRequired = false)
        => (feature.Feature.IsOptional && !forceRequired) || FeatureTypeMapping.IsValueType(feature.Type, capabilities)
            ? value
            : value + " ?? throw new global::System.ArgumentNullException(nameof(" + value + "))";

    private static void Constant(SourceWriter writer, string summary, string type, string name, string value)
    {
        writer.Summary(summary);
        writer.Line("public const " + type + " " + name + " = " + value + ";");
        writer.Line();
    }

    private static void StringList(SourceWriter writer, string summary, string name, IEnumerable<string> values)
    {
        writer.Summary(summary);
        writer.Line("public static readonly " + ReadOnlyList + "<string> " + name + " = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(" + CSharpLiterals.StringArray(values) + ");");
        writer.Line();
    }

    private static string DictionaryLiteral(EquatableArray<UserDefinedEntry> entries)
    {
        if (entries.Count == 0)
        {
            return "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal))";
        }

        // Keys are unique in a Core ML map; a hand-edited descriptor could repeat one, which must not throw at type load.
        string items = string.Join(", ", entries.GroupBy(e => e.Key, System.StringComparer.Ordinal).Select(g => g.First()).Select(e => "{ " + CSharpLiterals.String(e.Key) + ", " + CSharpLiterals.String(e.Value) + " }"));
        return "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) { " + items + " })";
    }
}
