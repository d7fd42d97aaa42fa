using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the managed backend of the model class, for compilations that reference <c>CoreMLGen.Evaluator</c> and are
/// not Apple targets: <c>Foo.Load()</c> from the spec the build embedded, <c>Load(modelPath)</c>, <c>Predict</c>
/// (typed too), <c>PredictBatch</c>, sessions and a stateful ML Program's <c>MakeState()</c> and
/// <c>Predict(input, state)</c>, the same calls the Apple layer offers over Core ML. Loading registers the model's
/// generated custom layer classes, so the app's <c>Evaluate</c> runs in the evaluator. Without any backend,
/// <c>Load()</c> is an error that says what to add. Either way in a file of its own: the portable layer is the same
/// whatever the backend.
/// </summary>
internal static class EvaluatorBackendEmitter
{
    private const string Evaluator = "global::CoreMLGen.Evaluation.ModelEvaluator";
    private const string Options = "global::CoreMLGen.Evaluation.EvaluatorOptions";
    private const string ArgumentNull = "global::System.ArgumentNullException";
    private const string LoadErrorDoc = "/// <exception cref=\"global::CoreMLGen.Evaluation.ModelLoadException\">The spec cannot be read, or the model uses something the evaluator does not support.</exception>";
    private const string PredictionErrorDoc = "An input is missing, or has the wrong type or shape.";

    public static string Emit(ResolvedModel spec)
    {
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec.Spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);
        writer.Open("partial class " + spec.Target.ClassName);

        Loading(writer, spec.Spec);
        foreach (ResolvedInterface api in spec.Interfaces)
        {
            Predictions(writer, api);
        }

        RecurrentStateEmitter.StartSessionMember(writer, spec);

        RegisterCustomLayers(writer, spec.Spec);
        writer.Close();
        foreach (ResolvedInterface api in spec.Interfaces.Where(i => i.StateClassName.Length > 0))
        {
            writer.Line();
            EvaluatorStateEmitter.StateClass(writer, spec.Spec, api);
        }

        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    /// <summary>
    /// For a compilation with no backend (not Apple, no evaluator): a private constructor, and a <c>Load()</c> that
    /// is a compile error (CS0619) saying what to add, instead of "no such method".
    /// </summary>
    public static string EmitMissingBackend(ModelSpec spec)
    {
        string name = spec.Target.ClassName;
        string message = "Running " + spec.Target.DisplayName + " needs a backend: add a PackageReference to CoreMLGen.Evaluator to run models off Apple platforms, or build for iOS, macOS, Mac Catalyst or tvOS (Core ML).";
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);
        writer.Open("partial class " + name);
        writer.Line("private " + name + "()");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Summary("Not available in this project. " + message);
        writer.Line("/// <returns>Never returns.</returns>");
        writer.Line("[global::System.Obsolete(" + CSharpLiterals.String(message) + ", true)]");
        writer.Line("public static " + name + " Load() => throw new global::System.PlatformNotSupportedException(" + CSharpLiterals.String(message) + ");");
        writer.Close();
        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    private static void Loading(SourceWriter writer, ModelSpec spec)
    {
        string name = spec.Target.ClassName, display = spec.Target.DisplayName;
        string resource = spec.Target.ResourceName;
        if (resource.Length > 0)
        {
            writer.Summary("The manifest resource under which the build embedded the model's spec in this assembly.");
            writer.Line("public const string EmbeddedSpecResourceName = " + CSharpLiterals.String(resource) + ";");
            writer.Line();
        }

        writer.Summary("The managed evaluator that runs the model.");
        writer.Line("public " + Evaluator + " Evaluator { get; }");
        writer.Line();
        writer.Open("private " + name + "(" + Evaluator + " evaluator)");
        writer.Line("Evaluator = evaluator;");
        writer.Close();
        writer.Line();

        string registered = spec.CustomLayers.Count > 0 ? "; the model's custom layer classes are added to its CustomLayers (entries already there are kept)" : string.Empty;
        writer.Summary("Loads the model with the managed evaluator from the spec the build embedded in this assembly, with the default options.");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadErrorDoc);
        writer.Line("public static " + name + " Load() => Load((" + Options + "?)null);");
        writer.Line();

        writer.Summary("Loads the model with the managed evaluator from the spec the build embedded in this assembly.");
        writer.Line("/// <param name=\"options\">Evaluator options, or null for the defaults" + XmlDoc.Escape(registered) + ".</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadErrorDoc);
        if (resource.Length > 0)
        {
            writer.Line("public static " + name + " Load(" + Options + "? options)");
            writer.Line("    => new " + name + "(" + Evaluator + ".LoadResource(typeof(" + name + ").Assembly, EmbeddedSpecResourceName, " + OptionsArgument(spec) + "));");
        }
        else
        {
            // Known at build time, but only a call shows that the app wanted the embedded spec.
            string message = "The build did not embed the spec of " + display + " (" + spec.Target.RelativePath + ") in this assembly: CoreMLGenEmbedModelSpecs is false, or the model was not built by CoreMLGen's MSBuild targets. Load it with " + display + ".Load(modelPath) instead.";
            writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">Always: the build did not embed the model's spec.</exception>");
            writer.Line("public static " + name + " Load(" + Options + "? options) => throw new global::CoreMLGen.CoreMLException(" + CSharpLiterals.String(message) + ");");
        }

        writer.Line();

        if (spec.FunctionEnumName.Length > 0)
        {
            FunctionSelectionEmitter.EvaluatorMembers(writer, spec, Options);
        }

        writer.Summary("Loads the model with the managed evaluator from a .mlmodel file or .mlpackage folder.");
        writer.Line("/// <param name=\"modelPath\">The model's path.</param>");
        writer.Line("/// <param name=\"options\">Evaluator options, or null for the defaults" + XmlDoc.Escape(registered) + ".</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line(LoadErrorDoc);
        writer.Line("public static " + name + " Load(string modelPath, " + Options + "? options = null)");
        writer.Line("    => new " + name + "(" + Evaluator + ".Load(modelPath ?? throw new " + ArgumentNull + "(nameof(modelPath)), " + OptionsArgument(spec) + "));");
        writer.Line();
    }

    private static string OptionsArgument(ModelSpec spec) => spec.CustomLayers.Count > 0 ? "RegisterCustomLayers(options)" : "options";

    private static void Predictions(SourceWriter writer, ResolvedInterface api)
    {
        string input = api.InputClassName, output = api.OutputClassName;
        string function = api.FunctionName.Length > 0 && !api.IsDefault
            ? " The model must be loaded with EvaluatorOptions.FunctionName = \"" + api.FunctionName + "\"."
            : string.Empty;

        // As on Apple, the stateless calls of a stateful interface exist (one surface on both backends) and fail: the
        // evaluator refuses a stateful model's prediction without its state rather than guess one.
        bool stateful = api.StateClassName.Length > 0;
        string errorDoc = stateful ? EvaluatorStateEmitter.StatelessPredictionErrorDoc(api) : PredictionErrorDoc;
        writer.Summary("Predicts output features from input features." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">" + XmlDoc.Escape(errorDoc) + "</exception>");
        writer.Line("public " + output + " Predict(" + input + " input) => new " + output + "(Evaluator.Predict(input ?? throw new " + ArgumentNull + "(nameof(input))));");
        writer.Line();

        if (api.HasTypedPredict)
        {
            ConveniencePredictEmitter.Emit(writer, api, XmlDoc.Escape(errorDoc));
        }

        if (stateful)
        {
            EvaluatorStateEmitter.ModelMembers(writer, api, function);
        }

        if (api.States.Count > 0)
        {
            // As on Apple, a model with state buffers has no batch API: each prediction depends on the last.
            return;
        }

        writer.Summary("Predicts a batch of inputs, one after the other." + function);
        writer.Line("/// <param name=\"inputs\">The inputs.</param>");
        writer.Line("/// <returns>One prediction per input, in order.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">" + PredictionErrorDoc + "</exception>");
        writer.Open("public " + output + "[] PredictBatch(global::System.Collections.Generic.IReadOnlyList<" + input + "> inputs)");
        writer.Open("if (inputs is null)");
        writer.Line("throw new " + ArgumentNull + "(nameof(inputs));");
        writer.Close();
        writer.Line();
        writer.Line("var outputs = new " + output + "[inputs.Count];");
        writer.Open("for (int i = 0; i < outputs.Length; i++)");
        writer.Line(input + " item = inputs[i] ?? throw new global::System.ArgumentException(\"Input \" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is null.\", nameof(inputs));");
        writer.Line("outputs[i] = new " + output + "(Evaluator.Predict(item));");
        writer.Close();
        writer.Line();
        writer.Line("return outputs;");
        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// Adds the generated custom layer classes to the options, under the spec's class name; the app's own entries
    /// win, so a test can swap in another implementation.
    /// </summary>
    private static void RegisterCustomLayers(SourceWriter writer, ModelSpec spec)
    {
        if (spec.CustomLayers.Count == 0)
        {
            return;
        }

        writer.Open("private static " + Options + " RegisterCustomLayers(" + Options + "? options)");
        writer.Line("options ??= new " + Options + "();");
        foreach (CustomLayerUse layer in spec.CustomLayers.OrderBy(l => l.ObjectiveCName, System.StringComparer.Ordinal))
        {
            string type = "global::" + (layer.Namespace.Length > 0 ? layer.Namespace + "." : string.Empty) + layer.ClassName;
            writer.Open("if (!options.CustomLayers.ContainsKey(" + type + ".ObjectiveCClassName))");
            writer.Line("options.CustomLayers.Add(" + type + ".ObjectiveCClassName, parameters => new " + type + "(parameters));");
            writer.Close();
            writer.Line();
        }

        writer.Line("return options;");
        writer.Close();
    }
}
