using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the Apple API of a stateful ML Program (spec 9, <c>description.state</c>): a typed handle over
/// <c>MLState</c> with one accessor per named state buffer, and on the model class <c>MakeState()</c> and the
/// predictions that use a state. State features are not inputs or outputs, and a stateful model has no batch API.
/// </summary>
internal static class AppleStateEmitter
{
    private const string Interop = AppleEmitter.Interop;
    private const string NSError = "global::Foundation.NSError";
    private const string Options = "global::CoreML.MLPredictionOptions";

    /// <summary>MakeState and the predictions that take a state, on the model class.</summary>
    public static void ModelMembers(SourceWriter writer, ModelSpec spec, InterfaceSpec api)
    {
        string state = api.StateClassName, input = api.InputClassName, output = api.OutputClassName;
        string names = string.Join(", ", api.States.Select(s => s.Name));
        string failed = "\"" + spec.Target.DisplayName + " prediction failed\"";

        writer.Summary("Makes a new state (" + names + ") for a sequence of predictions; Core ML fills its buffers with zeros.");
        writer.Line("/// <returns>The new state.</returns>");
        writer.Line("public " + state + " " + api.MakeStateMethod + "() => new " + state + "(global::CoreML.MLModel_MLState.CreateNewState(Model));");
        writer.Line();

        writer.Summary("Predicts using a state, which the model reads and updates in place.");
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"state\">The state from " + api.MakeStateMethod + ", carried from call to call.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        writer.Open("public " + output + " Predict(" + input + " input, " + state + " state)");
        writer.Line("global::CoreML.IMLFeatureProvider? result = global::CoreML.MLModel_MLState.GetPrediction(Model, input ?? throw new global::System.ArgumentNullException(nameof(input)), (state ?? throw new global::System.ArgumentNullException(nameof(state))).Handle, out " + NSError + "? error);");
        writer.Line("return result is null ? throw " + Interop + ".Error(" + failed + ", error) : new " + output + "(result);");
        writer.Close();
        writer.Line();

        writer.Summary("Predicts using a state and prediction options.");
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"state\">The state from " + api.MakeStateMethod + ", carried from call to call.</param>");
        writer.Line("/// <param name=\"options\">The prediction options.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        writer.Open("public " + output + " Predict(" + input + " input, " + state + " state, " + Options + " options)");
        writer.Line("global::CoreML.IMLFeatureProvider? result = global::CoreML.MLModel_MLState.GetPrediction(Model, input ?? throw new global::System.ArgumentNullException(nameof(input)), (state ?? throw new global::System.ArgumentNullException(nameof(state))).Handle, options ?? throw new global::System.ArgumentNullException(nameof(options)), out " + NSError + "? error);");
        writer.Line("return result is null ? throw " + Interop + ".Error(" + failed + ", error) : new " + output + "(result);");
        writer.Close();
        writer.Line();

        // The bindings declare the completion-handler overload (predictionFromFeatures:usingState:options:completionHandler:)
        // as returning IMLFeatureProvider, a value the Objective-C method (void) does not return, and give it no Task
        // wrapper: the synchronous call, bound as Apple declares it, runs on the thread pool instead.
        writer.Summary("Predicts asynchronously using a state: the synchronous stateful prediction, run on the thread pool.");
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"state\">The state from " + api.MakeStateMethod + "; do not use it in another prediction until this one completes.</param>");
        writer.Line("/// <param name=\"options\">The prediction options, or null for the default.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The prediction failed; NativeError holds the NSError.</exception>");
        writer.Open("public global::System.Threading.Tasks.Task<" + output + "> PredictAsync(" + input + " input, " + state + " state, " + Options + "? options = null)");
        writer.Open("if (input is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(input));");
        writer.Close();
        writer.Line();
        writer.Open("if (state is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(state));");
        writer.Close();
        writer.Line();
        writer.Line("return global::System.Threading.Tasks.Task.Run(() => options is null ? Predict(input, state) : Predict(input, state, options));");
        writer.Close();
        writer.Line();
    }

    /// <summary>The typed handle over MLState.</summary>
    public static void StateClass(SourceWriter writer, ModelSpec spec, ResolvedInterface api, AppleAvailability availability)
    {
        string name = api.StateClassName;
        writer.Summary("The state " + spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api.Spec) + " keeps between predictions (" + string.Join(", ", api.States.Select(s => s.Name)) + "): Core ML's MLState, made zero by " + api.MakeStateMethod + ".");
        writer.Line("/// <remarks>Pass it to every prediction of one sequence; make a new one to start over. The buffers can be read and written between predictions.</remarks>");
        AppleEmitter.Lines(writer, availability.StateTypes);

        writer.Open((spec.Target.IsPublic ? "public" : "internal") + " sealed partial class " + name);
        writer.Summary("Wraps a state the model made.");
        writer.Line("/// <param name=\"handle\">The state, from MLModel.CreateNewState.</param>");
        writer.Open("public " + name + "(global::CoreML.MLState handle)");
        writer.Line("Handle = handle ?? throw new global::System.ArgumentNullException(nameof(handle));");
        writer.Close();
        writer.Line();
        writer.Summary("The underlying Core ML state.");
        writer.Line("public global::CoreML.MLState Handle { get; }");

        foreach (StateBufferSpec state in api.StateBuffers)
        {
            string literal = CSharpLiterals.String(state.Name);
            string wrap = Interop + ".FromMLMultiArray<" + state.ElementType + ">(buffer, " + literal + ")";
            StateBufferAccessorEmitter.Emit(
                writer,
                state,
                new[] { "Handle.GetMultiArrayForState(" + literal + ", buffer => body(" + wrap + "));" },
                new[] { "TResult result = default!;", "Handle.GetMultiArrayForState(" + literal + ", buffer => result = body(" + wrap + "));", "return result;" });
        }

        writer.Close();
    }
}
