using System;
using System.Collections.Generic;

namespace CoreMLGen.Evaluation.MLPrograms.Compilation;

/// <summary>
/// A program compiled for one set of input shapes: the input buffers to fill, the steps in program order (each
/// captures its own buffers, so a run allocates nothing), and the values the function returns.
/// </summary>
internal sealed class MilPlan
{
    private readonly Action[] _steps;

    public MilPlan(IReadOnlyList<MilValue> inputs, Action[] steps, IReadOnlyDictionary<string, MilValue> outputs)
    {
        Inputs = inputs;
        _steps = steps;
        Outputs = outputs;
    }

    /// <summary>The function's inputs, in its declared order.</summary>
    public IReadOnlyList<MilValue> Inputs { get; }

    /// <summary>The block's outputs by name.</summary>
    public IReadOnlyDictionary<string, MilValue> Outputs { get; }

    public int StepCount => _steps.Length;

    public void Run()
    {
        foreach (Action step in _steps)
        {
            step();
        }
    }
}
