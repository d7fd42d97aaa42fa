using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the evaluator API of a stateful ML Program (spec 9, <c>description.state</c>), the same calls the Apple layer
/// has over <c>MLState</c>: a typed state class over the evaluator's <c>EvaluatorState</c> with one accessor per named
/// buffer, and on the model class <c>MakeState()</c>, <c>Predict(input, state)</c> and <c>PredictAsync(input, state)</c>.
/// The evaluator checks that a state is its own; the typed class checks that it holds this model's buffers.
/// </summary>
internal static class EvaluatorStateEmitter
{
    private const string EvaluatorState = "global::CoreMLGen.Evaluation.EvaluatorState";
    private const string ArgumentNull = "global::System.ArgumentNullException";

    /// <summary>The exception text of the stateless <c>Predict</c> of a stateful interface: the evaluator refuses it.</summary>
    public static string StatelessPredictionErrorDoc(ResolvedInterface api)
        => "Always: " + api.StateClassName + " holds the state this model keeps (" + Names(api) + "); call Predict(input, " + api.MakeStateMethod + "()) instead.";

    /// <summary>MakeState and the predictions that take a state, on the model class.</summary>
    /// <param name="function">The sentence naming the function the model must be loaded with, or empty.</param>
    public static void ModelMembers(SourceWriter writer, ResolvedInterface api, string function)
    {
        string state = api.StateClassName, input = api.InputClassName, output = api.OutputClassName;

        writer.Summary("Makes a new state (" + Names(api) + ") for a sequence of predictions; every buffer starts at zero." + function);
        writer.Line("/// <returns>The new state.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The loaded model declares no state" + (api.FunctionName.Length > 0 ? " (it was loaded with another function)" : string.Empty) + ".</exception>");
        writer.Line("public " + state + " " + api.MakeStateMethod + "() => new " + state + "(Evaluator.MakeState());");
        writer.Line();

        PredictionDoc(writer, "Predicts using a state, which the model reads and updates in place." + function, api.MakeStateMethod + " of this model instance, carried from call to call");
        writer.Line("public " + output + " Predict(" + input + " input, " + state + " state)");
        writer.Line("    => new " + output + "(Evaluator.Predict(input ?? throw new " + ArgumentNull + "(nameof(input)), (state ?? throw new " + ArgumentNull + "(nameof(state))).Handle));");
        writer.Line();

        PredictionDoc(writer, "Predicts asynchronously using a state: the synchronous stateful prediction, run on the thread pool." + function, api.MakeStateMethod + " of this model instance; do not use it in another prediction until this one completes");
        writer.Open("public global::System.Threading.Tasks.Task<" + output + "> PredictAsync(" + input + " input, " + state + " state)");
        writer.Open("if (input is null)");
        writer.Line("throw new " + ArgumentNull + "(nameof(input));");
        writer.Close();
        writer.Line();
        writer.Open("if (state is null)");
        writer.Line("throw new " + ArgumentNull + "(nameof(state));");
        writer.Close();
        writer.Line();
        writer.Line("return global::System.Threading.Tasks.Task.Run(() => Predict(input, state));");
        writer.Close();
        writer.Line();
    }

    private static void PredictionDoc(SourceWriter writer, string summary, string stateDoc)
    {
        writer.Summary(summary);
        writer.Line("/// <param name=\"input\">The input features.</param>");
        writer.Line("/// <param name=\"state\">The state from " + stateDoc + ".</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">An input is missing, or has the wrong type or shape, or the state was made by another model instance.</exception>");
    }

    /// <summary>The typed state over the evaluator's buffers.</summary>
    public static void StateClass(SourceWriter writer, ModelSpec spec, ResolvedInterface api)
    {
        string name = api.StateClassName;
        string owner = spec.Target.DisplayName + EmitterCommon.FunctionSuffix(api.Spec);
        writer.Summary("The state " + owner + " keeps between predictions (" + Names(api) + "): the managed evaluator's buffers, made zero by " + api.MakeStateMethod + ".");
        writer.Line("/// <remarks>Pass it to every prediction of one sequence; make a new one to start over. The buffers can be read and written between predictions. A state belongs to the model instance that made it and is not thread-safe.</remarks>");
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + name);
        writer.Line("private static readonly string[] __stateNames = " + CSharpLiterals.StringArray(api.States.Select(s => s.Name)) + ";");
        writer.Line();
        writer.Summary("Wraps a state the model's evaluator made.");
        writer.Line("/// <param name=\"handle\">The state, from ModelEvaluator.MakeState of the evaluator that runs " + XmlDoc.Escape(owner) + ".</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The state holds other buffers than this model's (another model's state).</exception>");
        writer.Open("public " + name + "(" + EvaluatorState + " handle)");
        writer.Line("Handle = handle ?? throw new " + ArgumentNull + "(nameof(handle));");
        writer.Open("if (!global::System.Linq.Enumerable.SequenceEqual(handle.Names, __stateNames))");
        string expected = CSharpLiterals.String("), not those of " + owner + " (" + Names(api) + "): make it with " + api.MakeStateMethod + "().");
        writer.Line("throw new global::System.ArgumentException(\"The state holds the buffers (\" + string.Join(\", \", handle.Names) + " + expected + ", nameof(handle));");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Summary("The underlying evaluator state.");
        writer.Line("public " + EvaluatorState + " Handle { get; }");

        foreach (StateBufferSpec state in api.StateBuffers)
        {
            string buffer = "__Buffer<" + state.ElementType + ">(" + CSharpLiterals.String(state.Name) + ")";
            StateBufferAccessorEmitter.Emit(writer, state, new[] { "body(" + buffer + ");" }, new[] { "return body(" + buffer + ");" });
        }

        if (api.StateBuffers.Count > 0)
        {
            // The evaluator made the buffer in the declared element type; another type means another model's state.
            writer.Line();
            writer.Line("private global::CoreMLGen.MultiArray<T> __Buffer<T>(string name)");
            writer.Line("    where T : unmanaged");
            writer.Line("    => Handle[name] as global::CoreMLGen.MultiArray<T> ?? throw new global::CoreMLGen.CoreMLException(\"The \" + name + \" buffer of this state is \" + Handle[name] + \", not a MultiArray<\" + typeof(T).Name + \">: the state was made for another model.\");");
        }

        writer.Close();
    }

    private static string Names(ResolvedInterface api) => string.Join(", ", api.States.Select(s => s.Name));
}
