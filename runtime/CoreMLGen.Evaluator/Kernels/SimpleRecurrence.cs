using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>A simple recurrent layer over a whole sequence: h' = f(clip(W x + R h + b)), clipped to ±50.</summary>
internal sealed class SimpleRecurrence
{
    private readonly PackedMatrix _input;
    private readonly PackedMatrix _recurrent;
    private readonly float[] _bias;
    private readonly RecurrentActivationKind _activation;
    private readonly int _hidden;

    public SimpleRecurrence(int hidden, PackedMatrix input, PackedMatrix recurrent, float[] bias, RecurrentActivationKind activation)
    {
        _hidden = hidden;
        _input = input;
        _recurrent = recurrent;
        _bias = bias;
        _activation = activation;
    }

    /// <summary>Scratch values <see cref="Run"/> needs for its pre-activations.</summary>
    public int GateScratch(int sequence, int batch) => sequence * batch * _hidden;

    /// <summary>
    /// Runs the sequence x ([Seq, Batch, X]). <paramref name="h"/> ([Batch, H]) holds the initial state and receives
    /// the final one; <paramref name="gates"/> is scratch; <paramref name="sink"/> receives h after each step.
    /// </summary>
    public void Run<TSink>(ReadOnlySpan<float> x, int sequence, int batch, bool reverse, Span<float> gates, Span<float> h, ref TSink sink)
        where TSink : struct, IStepSink
    {
        int hidden = _hidden;
        Gemm.Multiply(x, _input.K, 1, sequence * batch, _input, gates, hidden, _bias, accumulate: false);
        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            Span<float> g = gates.Slice(t * batch * hidden, batch * hidden);
            Gemm.Multiply(h, hidden, 1, batch, _recurrent, g, hidden, ReadOnlySpan<float>.Empty, accumulate: true);
            RecurrentActivation.ClipAndApply(_activation, g);
            g.CopyTo(h);
            sink.OnStep(step, t, h);
        }
    }
}
