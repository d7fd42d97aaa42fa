using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// The iOS 18 state ops: <c>read_state</c> copies a state's current value; <c>coreml_update_state</c> writes a value
/// into the state and returns it. The runner copies the caller's state buffers in before a run and back after it.
/// </summary>
internal static class StateOps
{
    public const string Read = "read_state";
    public const string Update = "coreml_update_state";

    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders[Read] = ReadState;
        builders[Update] = UpdateState;
    }

    private static void ReadState(OpContext context)
    {
        MilValue state = StateInput(context, "input");
        // A copy, not a view: a later coreml_update_state must not change what was read before it.
        MilValue y = context.Output(state.Shape, state.Type);
        context.Run(() => state.Span.CopyTo(y.Span));
    }

    private static void UpdateState(OpContext context)
    {
        MilValue state = StateInput(context, "state"), value = context.Input("value");
        if (!((ReadOnlySpan<int>)value.Shape).SequenceEqual(state.Shape))
        {
            throw context.Fail("it writes a value of shape " + OpContext.Shape(value.Shape) + " into the state '" + state.Name + "' of shape " + OpContext.Shape(state.Shape) + ".");
        }

        context.Alias(value, value.Shape);
        context.Run(() => value.Span.CopyTo(state.Span));
    }

    private static MilValue StateInput(OpContext context, string parameter)
    {
        MilValue value = context.Input(parameter);
        return value.IsState ? value : throw context.Fail("its input '" + parameter + "' ('" + value.Name + "') is not a state input of the function.");
    }
}
