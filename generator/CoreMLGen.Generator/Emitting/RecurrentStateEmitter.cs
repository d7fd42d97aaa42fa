using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits the portable recurrent-state plumbing of a model with state pairs: <c>FooState</c> (one array per state),
/// <c>FooInput.SetState</c>, <c>FooOutput.NextState</c> and <c>FooSession</c>, which feeds each prediction's state
/// outputs into the next call. The session runs over any <c>Func&lt;FooInput, FooOutput&gt;</c>; <c>Foo.StartSession()</c>
/// passes the backend's prediction (Core ML on Apple, the managed evaluator elsewhere).
/// </summary>
internal static class RecurrentStateEmitter
{
    private const string ArgumentNull = "global::System.ArgumentNullException";

    public static string Emit(ResolvedModel model, string toolVersion)
    {
        ModelSpec spec = model.Spec;
        RecurrentStateSpec state = spec.RecurrentState!;
        ResolvedInterface api = model.DefaultInterface;
        var writer = new SourceWriter();
        EmitterCommon.FileHeader(writer, spec);
        EmitterCommon.OpenNamespace(writer, spec.Target);
        StateClass(writer, spec, state, toolVersion);
        writer.Line();
        InputSetState(writer, api.Spec, state);
        writer.Line();
        OutputNextState(writer, api.Spec, state);
        writer.Line();
        SessionClass(writer, spec, api, state, toolVersion);
        EmitterCommon.CloseNamespace(writer, spec.Target);
        return writer.ToString();
    }

    /// <summary>
    /// <c>Foo.StartSession(...)</c> on the model class, over its <c>Predict</c>: the same member for every backend
    /// (Core ML, the managed evaluator), when the model has typed recurrent state.
    /// </summary>
    public static void StartSessionMember(SourceWriter writer, ResolvedModel spec)
    {
        if (!spec.HasRecurrentState)
        {
            return;
        }

        RecurrentStateSpec state = spec.RecurrentState!;
        writer.Summary("Starts a session that runs this model step by step, carrying its recurrent state (" + Flow(state) + ") from each prediction to the next.");
        writer.Line("/// <param name=\"initialState\">The state of the first step, or null for zeros.</param>");
        writer.Line("/// <returns>The session.</returns>");
        writer.Line("public " + state.SessionClassName + " StartSession(" + state.StateClassName + "? initialState = null) => new " + state.SessionClassName + "(input => Predict(input), initialState);");
        writer.Line();
    }

    /// <summary>"hiddenOut → hiddenIn, cellOut → cellIn", for docs.</summary>
    public static string Flow(RecurrentStateSpec state) => string.Join(", ", state.Members.Select(m => m.Output.Name + " → " + m.Input.Name));

    private static void StateClass(SourceWriter writer, ModelSpec spec, RecurrentStateSpec state, string toolVersion)
    {
        string name = state.StateClassName;
        writer.Summary("The recurrent state " + spec.Target.DisplayName + " carries from one prediction to the next (" + Flow(state) + ").");
        writer.Line("/// <remarks>Pass it to " + XmlDoc.Escape(spec.DefaultInterface.InputClassName) + ".SetState and read the next one from "
            + XmlDoc.Escape(spec.DefaultInterface.OutputClassName) + ".NextState, or let " + XmlDoc.Escape(state.SessionClassName)
            + " do both. A model starts from zeros: a state input that is not given counts as zero.</remarks>");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + name);

        foreach (StateMemberSpec member in state.Members)
        {
            writer.Summary("Fed to " + member.Input.Name + ", read back from " + member.Output.Name + ": " + member.TypeDescription + ".");
            writer.Line("public " + member.ArrayType + " " + member.PropertyName + " { get; }");
            writer.Line();
        }

        writer.Summary("Creates a state from arrays, without copying. Each may have any shape with the right number of elements (a rank-5 output, say); it is viewed in the input's shape.");
        foreach (StateMemberSpec member in state.Members)
        {
            writer.Line("/// <param name=\"" + member.ParameterName.TrimStart('@') + "\">The value for " + XmlDoc.Escape(member.Input.Name) + " (" + Count(member) + " values).</param>");
        }

        writer.Line("/// <exception cref=\"global::System.ArgumentException\">An array has the wrong number of elements.</exception>");
        writer.Open("public " + name + "(" + string.Join(", ", state.Members.Select(m => m.ArrayType + " " + m.ParameterName)) + ")");
        foreach (StateMemberSpec member in state.Members)
        {
            writer.Line(member.PropertyName + " = (" + member.ParameterName + " ?? throw new " + ArgumentNull + "(nameof(" + member.ParameterName + "))).Reshape(" + Shape(member) + ");");
        }

        writer.Close();
        writer.Line();

        writer.Summary("A state of zeros: where a sequence starts.");
        writer.Line("/// <returns>A new state with every value 0.</returns>");
        writer.Line("public static " + name + " CreateZero() => new " + name + "(" + string.Join(", ", state.Members.Select(m => m.ArrayType + ".Create(" + Shape(m) + ")")) + ");");
        writer.Line();

        writer.Summary("A deep copy, to keep a state that later predictions would otherwise move past.");
        writer.Line("/// <returns>The copy, which shares no memory with this state.</returns>");
        writer.Line("public " + name + " Clone() => new " + name + "(" + string.Join(", ", state.Members.Select(m => m.PropertyName + ".Clone()")) + ");");
        writer.Line();

        writer.Summary("Copies every value of this state into another one.");
        writer.Line("/// <param name=\"destination\">The state to overwrite.</param>");
        writer.Open("public void CopyTo(" + name + " destination)");
        writer.Open("if (destination is null)");
        writer.Line("throw new " + ArgumentNull + "(nameof(destination));");
        writer.Close();
        writer.Line();
        foreach (StateMemberSpec member in state.Members)
        {
            writer.Line(member.PropertyName + ".CopyTo(destination." + member.PropertyName + ");");
        }

        writer.Close();
        writer.Close();
    }

    private static void InputSetState(SourceWriter writer, InterfaceSpec api, RecurrentStateSpec state)
    {
        writer.Open("partial class " + api.InputClassName);
        writer.Summary("Sets the state inputs (" + string.Join(", ", state.Members.Select(m => m.Input.Name)) + ") from a state, sharing its arrays; null starts from zeros.");
        writer.Line("/// <param name=\"state\">The state the prediction starts from (usually the previous prediction's NextState), or null.</param>");
        writer.Open("public void " + ModelSpecBuilder.SetStateMethod + "(" + state.StateClassName + "? state)");
        writer.Open("if (state is null)");
        foreach (StateMemberSpec member in state.Members)
        {
            // Core ML treats a missing optional state as zeros; a required one needs real zeros.
            string zero = member.Input.Feature.IsOptional ? "null" : member.ArrayType + ".Create(" + Shape(member) + ")";
            writer.Line(member.Input.PropertyName + " = " + zero + ";");
        }

        writer.Line("return;");
        writer.Close();
        writer.Line();
        foreach (StateMemberSpec member in state.Members)
        {
            writer.Line(member.Input.PropertyName + " = state." + member.PropertyName + ";");
        }

        writer.Close();
        writer.Close();
    }

    private static void OutputNextState(SourceWriter writer, InterfaceSpec api, RecurrentStateSpec state)
    {
        writer.Open("partial class " + api.OutputClassName);
        writer.Line("private " + state.StateClassName + "? __nextState;");
        writer.Line();
        writer.Summary("The state after this prediction (" + string.Join(", ", state.Members.Select(m => m.Output.Name)) + "), for the next one. It shares the output arrays.");
        writer.Line("public " + state.StateClassName + " " + ModelSpecBuilder.NextStateProperty + " => __nextState ??= new " + state.StateClassName
            + "(" + string.Join(", ", state.Members.Select(m => m.Output.PropertyName)) + ");");
        writer.Close();
    }

    private static void SessionClass(SourceWriter writer, ModelSpec spec, ResolvedInterface api, RecurrentStateSpec state, string toolVersion)
    {
        string name = state.SessionClassName, input = api.InputClassName, output = api.OutputClassName, stateClass = state.StateClassName;
        string predictor = "global::System.Func<" + input + ", " + output + ">";
        writer.Summary("Runs " + spec.Target.DisplayName + " one step at a time, feeding each prediction's state into the next (" + Flow(state) + ").");
        writer.Line("/// <remarks>Not thread-safe: one session is one sequence. Predict overwrites the state features of the input it is given.</remarks>");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " sealed partial class " + name);
        writer.Line("private readonly " + predictor + " _predict;");
        writer.Line("private " + stateClass + " _state;");
        writer.Line();

        writer.Summary("Starts a session over a prediction function; " + spec.Target.DisplayName + ".StartSession() passes the model's own (Core ML on Apple, the managed evaluator elsewhere).");
        writer.Line("/// <param name=\"predict\">Makes one prediction.</param>");
        writer.Line("/// <param name=\"initialState\">The state of the first step, or null for zeros.</param>");
        writer.Open("public " + name + "(" + predictor + " predict, " + stateClass + "? initialState = null)");
        writer.Line("_predict = predict ?? throw new " + ArgumentNull + "(nameof(predict));");
        writer.Line("_state = initialState ?? " + stateClass + ".CreateZero();");
        writer.Close();
        writer.Line();

        writer.Summary("The state the next prediction starts from; set it to resume a saved sequence.");
        writer.Line("public " + stateClass + " State");
        writer.Line("{");
        writer.Line("    get => _state;");
        writer.Line("    set => _state = value ?? throw new " + ArgumentNull + "(nameof(value));");
        writer.Line("}");
        writer.Line();

        writer.Summary("Predicts one step: sets the input's state features from State, then keeps the output's next state.");
        writer.Line("/// <param name=\"input\">The step's features; its state features are overwritten.</param>");
        writer.Line("/// <returns>The prediction.</returns>");
        writer.Open("public " + output + " Predict(" + input + " input)");
        writer.Open("if (input is null)");
        writer.Line("throw new " + ArgumentNull + "(nameof(input));");
        writer.Close();
        writer.Line();
        writer.Line("input." + ModelSpecBuilder.SetStateMethod + "(_state);");
        writer.Line(output + " result = _predict(input);");
        writer.Line("_state = result." + ModelSpecBuilder.NextStateProperty + ";");
        writer.Line("return result;");
        writer.Close();
        writer.Line();

        ConveniencePredict(writer, api, state);

        writer.Summary("Predicts a sequence step by step, lazily: each output's state feeds the next step.");
        writer.Line("/// <param name=\"inputs\">The steps, in order.</param>");
        writer.Line("/// <returns>One prediction per step, made as the sequence is enumerated.</returns>");
        writer.Open("public global::System.Collections.Generic.IEnumerable<" + output + "> Run(global::System.Collections.Generic.IEnumerable<" + input + "> inputs)");
        writer.Line("return inputs is null ? throw new " + ArgumentNull + "(nameof(inputs)) : RunSteps(inputs);");
        writer.Close();
        writer.Line();

        writer.Summary("Starts over from a state of zeros.");
        writer.Line("public void Reset() => _state = " + stateClass + ".CreateZero();");
        writer.Line();

        writer.Open("private global::System.Collections.Generic.IEnumerable<" + output + "> RunSteps(global::System.Collections.Generic.IEnumerable<" + input + "> inputs)");
        writer.Open("foreach (" + input + " input in inputs)");
        writer.Line("yield return Predict(input);");
        writer.Close();
        writer.Close();
        writer.Close();
    }

    /// <summary>Predict from the features that are not state: required ones first, optional ones last with null defaults.</summary>
    private static void ConveniencePredict(SourceWriter writer, ResolvedInterface api, RecurrentStateSpec state)
    {
        var stateInputs = new HashSet<string>(state.Members.Select(m => m.Input.Name));
        List<ResolvedFeature> required = api.Inputs.Where(f => !stateInputs.Contains(f.Name) && !f.IsOptional).ToList();
        List<ResolvedFeature> optional = api.Inputs.Where(f => !stateInputs.Contains(f.Name) && f.IsOptional).ToList();
        writer.Summary("Predicts one step from the features that are not state (builds the " + api.InputClassName + " for you).");
        foreach (ResolvedFeature feature in required.Concat(optional))
        {
            writer.Line("/// <param name=\"" + feature.ParameterName.TrimStart('@') + "\">" + XmlDoc.Escape(feature.Summary) + "</param>");
        }

        writer.Line("/// <returns>The prediction.</returns>");
        string parameters = string.Join(", ", required.Select(f => f.ClrType + " " + f.ParameterName)
            .Concat(optional.Select(f => f.ClrType + "? " + f.ParameterName + " = null")));

        // The required-only constructor also takes required state features: the session's state fills them.
        string arguments = string.Join(", ", api.Inputs.Where(f => !f.IsOptional).Select(f =>
            stateInputs.Contains(f.Name) ? "_state." + state.Members.First(m => m.Input.Name == f.Name).PropertyName : f.ParameterName));
        string initializer = optional.Count == 0 ? string.Empty : " { " + string.Join(", ", optional.Select(f => f.PropertyName + " = " + f.ParameterName)) + " }";
        writer.Line("public " + api.OutputClassName + " Predict(" + parameters + ") => Predict(new " + api.InputClassName + "(" + arguments + ")" + initializer + ");");
        writer.Line();
    }

    private static string Shape(StateMemberSpec member) => string.Join(", ", member.Shape.Select(d => CSharpLiterals.Int(d)));

    private static string Count(StateMemberSpec member) => CSharpLiterals.Int(member.Shape.Aggregate(1L, (product, d) => product * d));
}
