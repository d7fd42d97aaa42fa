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

    public static string Emit(ResolvedModel spec, string toolVersion)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec.Spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);

        ModelClass(writer, spec.Spec, toolVersion);
        if (spec.FunctionEnumName.Length > 0)
        {
            writer.Line();
            FunctionSelectionEmitter.FunctionEnum(writer, spec.Spec, toolVersion);
        }

        foreach (ResolvedInterface api in spec.Interfaces)
        {
            writer.Line();
            InputClass(writer, spec.Spec, api, toolVersion);
            writer.Line();
            OutputClass(writer, spec.Spec, api, toolVersion);
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

    private static void InputClass(SourceWriter writer, ModelSpec spec, ResolvedInterface api, string toolVersion)
    {
        writer.Summary("Prediction input for " + spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api.Spec) + ".");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + api.InputClassName + " : global::CoreMLGen.IFeatureProvider");

        FeatureNamesField(writer, api.Inputs);
        foreach (ResolvedFeature feature in api.Inputs)
        {
            FeatureConstants(writer, feature);
        }

        foreach (ResolvedFeature feature in api.Inputs)
        {
            writer.Line("private " + feature.ClrType + (feature.IsOptional || !feature.IsValueType ? "?" : string.Empty) + " " + feature.FieldName + ";");
        }

        writer.Line();
        IReadOnlyList<ResolvedFeature> required = api.Inputs.Where(f => !f.IsOptional).ToList();
        InputConstructor(writer, api, required, "Creates an input from the required features; optional features start unset (null).");
        if (required.Count != api.Inputs.Count)
        {
            InputConstructor(writer, api, api.Inputs, "Creates an input from every feature; pass null to leave an optional feature unset.");
        }

        foreach (ResolvedFeature feature in api.Inputs)
        {
            InputProperty(writer, feature);
        }

        ProviderMembers(writer, api.Inputs, f => f.InputValue);
        writer.Close();
    }

    /// <summary>The portable <c>IFeatureProvider</c> members: the feature names and each feature's value by name.</summary>
    private static void ProviderMembers(SourceWriter writer, IEnumerable<ResolvedFeature> features, System.Func<ResolvedFeature, string> value)
    {
        writer.Line("global::System.Collections.Generic.IReadOnlyCollection<string> global::CoreMLGen.IFeatureProvider.FeatureNames => __featureNames;");
        writer.Line();
        writer.Open("global::CoreMLGen.FeatureValue? global::CoreMLGen.IFeatureProvider.GetFeatureValue(string featureName)");
        writer.Open("switch (featureName)");
        foreach (ResolvedFeature feature in features)
        {
            writer.Line("case " + CSharpLiterals.String(feature.Name) + ":");
            writer.Line("    return " + value(feature) + ";");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();
    }

    private static void InputConstructor(SourceWriter writer, ResolvedInterface api, IReadOnlyList<ResolvedFeature> parameters, string summary)
    {
        writer.Summary(summary);
        foreach (ResolvedFeature feature in parameters)
        {
            writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(feature.Summary) + "</param>");
        }

        string signature = string.Join(", ", parameters.Select(f => ParameterType(f) + " " + f.ParameterName));
        writer.Open("public " + api.InputClassName + "(" + signature + ")");
        foreach (ResolvedFeature feature in parameters)
        {
            writer.Line(feature.FieldName + " = " + NullChecked(feature, feature.ParameterName) + ";");
        }

        writer.Close();
        writer.Line();
    }

    private static void InputProperty(SourceWriter writer, ResolvedFeature feature)
    {
        writer.Summary(feature.Summary);
        Remarks(writer, feature);
        string type = ParameterType(feature);
        if (feature.IsOptional || feature.IsValueType)
        {
            writer.Line("public " + type + " " + feature.PropertyName + " { get => " + feature.FieldName + "; set => " + feature.FieldName + " = value; }");
        }
        else
        {
            writer.Line("public " + type + " " + feature.PropertyName + " { get => " + feature.FieldName + "!; set => " + feature.FieldName + " = " + NullChecked(feature, "value") + "; }");
        }

        writer.Line();
    }

    private static void OutputClass(SourceWriter writer, ModelSpec spec, ResolvedInterface api, string toolVersion)
    {
        writer.Summary("Prediction output of " + spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api.Spec) + "; each feature is read on first use.");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + api.OutputClassName + " : global::CoreMLGen.IFeatureProvider");

        FeatureNamesField(writer, api.Outputs);
        foreach (ResolvedFeature feature in api.Outputs)
        {
            FeatureConstants(writer, feature);
        }

        writer.Line("private readonly global::CoreMLGen.IFeatureProvider? __source;");
        foreach (ResolvedFeature feature in api.Outputs)
        {
            writer.Line("private " + feature.ClrType + "? " + feature.FieldName + ";");
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
            foreach (ResolvedFeature feature in api.Outputs)
            {
                writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(feature.SummaryWithoutOptional) + "</param>");
            }

            writer.Open("public " + api.OutputClassName + "(" + string.Join(", ", api.Outputs.Select(f => f.ClrType + " " + f.ParameterName)) + ")");
            foreach (ResolvedFeature feature in api.Outputs)
            {
                writer.Line(feature.FieldName + " = " + NullChecked(feature, feature.ParameterName, forceRequired: true) + ";");
            }

            writer.Close();
            writer.Line();
        }

        foreach (ResolvedFeature feature in api.Outputs)
        {
            writer.Summary(feature.SummaryWithoutOptional);
            Remarks(writer, feature);
            writer.Line("public " + feature.ClrType + " " + feature.PropertyName + " => " + feature.FieldName + " ??= " + feature.OutputRead + ";");
            writer.Line();
        }

        if (api.TopK is { } topK)
        {
            writer.Summary("The k most probable labels from " + topK.ProbabilitiesProperty + ", most probable first (ties in label order).");
            writer.Line("/// <param name=\"k\">How many labels to return; more than there are returns all.</param>");
            writer.Line("public " + ReadOnlyList + "<global::System.Collections.Generic.KeyValuePair<" + topK.LabelType + ", double>> TopK(int k) => global::CoreMLGen.Classification.TopK(" + topK.ProbabilitiesProperty + ", k);");
            writer.Line();
        }

        ProviderMembers(writer, api.Outputs, f => f.OutputValue);
        writer.Close();
    }

    private static void FeatureNamesField(SourceWriter writer, IEnumerable<ResolvedFeature> features)
    {
        writer.Line("private static readonly string[] __featureNames = " + CSharpLiterals.StringArray(features.Select(f => f.Name)) + ";");
        writer.Line();
    }

    private static void FeatureConstants(SourceWriter writer, ResolvedFeature feature)
    {
        foreach (DocumentedMember constant in feature.Constants)
        {
            writer.Summary(constant.Summary);
            writer.Line(constant.Declaration);
            writer.Line();
        }
    }

    private static void Remarks(SourceWriter writer, ResolvedFeature feature)
    {
        if (feature.Remarks.Length > 0)
        {
            writer.Line("/// <remarks>" + XmlDoc.Escape(feature.Remarks) + "</remarks>");
        }
    }

    private static string ParameterType(ResolvedFeature feature) => feature.ClrType + (feature.IsOptional ? "?" : string.Empty);

    private static string NullChecked(ResolvedFeature feature, string value, bool forceRequired = false)
        => (feature.IsOptional && !forceRequired) || feature.IsValueType
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
