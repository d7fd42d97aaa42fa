using System;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// What MIL recurrent ops share: their activation names, and the sink that writes h after each step into the
/// [T, B, width] output at the direction's column offset — by processing step for forward/reverse (MIL's reverse
/// output is in processing order), by time position for the backward half of a bidirectional op.
/// </summary>
internal readonly struct SequenceOutput : IStepSink
{
    private readonly float[]? _output;
    private readonly int _batch;
    private readonly int _hidden;
    private readonly int _width;
    private readonly int _offset;
    private readonly bool _atPosition;

    /// <param name="output">[T, B, width] when every step is output; null when only the final state is.</param>
    public SequenceOutput(float[]? output, int batch, int hidden, int width, int offset, bool atPosition)
    {
        _output = output;
        _batch = batch;
        _hidden = hidden;
        _width = width;
        _offset = offset;
        _atPosition = atPosition;
    }

    public void OnStep(int step, int position, ReadOnlySpan<float> hidden)
    {
        if (_output is null)
        {
            return;
        }

        int row = _atPosition ? position : step;
        for (int b = 0; b < _batch; b++)
        {
            hidden.Slice(b * _hidden, _hidden).CopyTo(_output.AsSpan((row * _batch + b) * _width + _offset, _hidden));
        }
    }

    /// <summary>The kernel activation a MIL activation name stands for (fixed constants for scaled_tanh and sigmoid_hard).</summary>
    public static RecurrentActivationKind Activation(OpContext context, string parameter, string fallback)
    {
        string name = context.Text(parameter, fallback);
        return name switch
        {
            "sigmoid" => RecurrentActivationKind.Sigmoid,
            "tanh" => RecurrentActivationKind.Tanh,
            "relu" => RecurrentActivationKind.Relu,
            "linear" => RecurrentActivationKind.Linear,
            "scaled_tanh" => RecurrentActivationKind.ScaledTanh,
            "sigmoid_hard" => RecurrentActivationKind.HardSigmoid,
            _ => throw context.Fail("its " + parameter + " '" + name + "' is not sigmoid, tanh, relu, linear, scaled_tanh or sigmoid_hard."),
        };
    }
}
