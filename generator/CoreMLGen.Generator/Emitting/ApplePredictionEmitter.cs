using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the prediction members of an Apple model class for one interface: Predict (with options, typed arguments),
/// TryPredict, PredictAsync and PredictBatch, each with the availability of the Core ML calls it makes.
/// </summary>
internal static class ApplePredictionEmitter
{
    private const string Interop = AppleEmitter.Interop;
    private const string NSError = AppleEmitter.NSError;
    private const string Options = AppleEmitter.Options;
    private const string NotNullWhenTrue = AppleEmitter.NotNullWhenTrue;
    private const string PredictionFailed = AppleEmitter.PredictionFailed;

    public static void Predictions(SourceWriter writer, ModelSpec spec, ResolvedInterface api, AppleAvailability availability)
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

        if (api.HasTypedPredict)
        {
            ConveniencePredictEmitter.Emit(writer, api, PredictionFailed);
        }

        writer.Summary("Predicts asynchronously." + function);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"options\">The prediction options, or null for the default.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        AppleEmitter.Lines(writer, availability.AsyncPrediction);
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
            BatchPredict(writer, spec, api, availability, function);
        }
    }

    private static void BatchPredict(SourceWriter writer, ModelSpec spec, ResolvedInterface api, AppleAvailability availability, string function)
    {
        writer.Summary("Predicts a batch of inputs in one call." + function);
        writer.Line("/// <param name=\"inputs\">The inputs.</param>");
        writer.Line("/// <param name=\"options\">The prediction options, or null for the default.</param>");
        writer.Line("/// <returns>One prediction per input, in order.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        AppleEmitter.Lines(writer, availability.BatchPrediction);
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
}
