using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// A GRU over a whole sequence (coreml-format-notes §2.8): z = f(W_z x + R_z h + b_z), r = f(W_r x + R_r h + b_r),
/// o = g(W_o x + R_o (r ⊙ h) + b_o) (reset applied before R_o), h' = (1 − z) ⊙ o + z ⊙ h, pre-activations clipped to
/// ±50. Input weights are stacked [update, reset, output] rows; the bias has the same layout. With a hidden output
/// bias b_ho (MIL's reset_after, PyTorch's GRU) the reset applies after the product instead:
/// o = g(W_o x + b_o + r ⊙ (R_o h + b_ho)).
/// </summary>
internal sealed class GruRecurrence
{
    private readonly PackedMatrix _input;
    private readonly PackedMatrix _updateReset;
    private readonly PackedMatrix _output;
    private readonly float[] _bias;
    private readonly RecurrentActivationKind _gate;
    private readonly RecurrentActivationKind _candidate;
    private readonly float[]? _hiddenOutputBias;
    private readonly int _hidden;

    /// <param name="input">W for the three gates, 3H output rows of X.</param>
    /// <param name="updateReset">R for the update and reset gates, 2H output rows of H.</param>
    /// <param name="output">R for the output (candidate) gate, H rows of H.</param>
    /// <param name="bias">3H values.</param>
    /// <param name="hiddenOutputBias">Null (reset before R_o), or the H values b_ho of the reset-after form.</param>
    public GruRecurrence(int hidden, PackedMatrix input, PackedMatrix updateReset, PackedMatrix output, float[] bias, RecurrentActivationKind gate, RecurrentActivationKind candidate, float[]? hiddenOutputBias = null)
    {
        _hiddenOutputBias = hiddenOutputBias;
        _hidden = hidden;
        _input = input;
        _updateReset = updateReset;
        _output = output;
        _bias = bias;
        _gate = gate;
        _candidate = candidate;
    }

    /// <summary>Scratch values <see cref="Run"/> needs for its gates.</summary>
    public int GateScratch(int sequence, int batch) => sequence * batch * 3 * _hidden;

    /// <summary>
    /// Runs the sequence x ([Seq, Batch, X]). <paramref name="h"/> ([Batch, H]) holds the initial state and receives
    /// the final one; <paramref name="gates"/> (<see cref="GateScratch"/> values) and <paramref name="resetHidden"/>
    /// (Batch·H values) are scratch; <paramref name="sink"/> receives h after each step.
    /// </summary>
    public void Run<TSink>(ReadOnlySpan<float> x, int sequence, int batch, bool reverse, Span<float> gates, Span<float> h, Span<float> resetHidden, ref TSink sink)
        where TSink : struct, IStepSink
    {
        int hidden = _hidden;
        int width = 3 * hidden;
        Gemm.Multiply(x, _input.K, 1, sequence * batch, _input, gates, width, _bias, accumulate: false);
        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            Span<float> g = gates.Slice(t * batch * width, batch * width);
            Gemm.Multiply(h, hidden, 1, batch, _updateReset, g, width, ReadOnlySpan<float>.Empty, accumulate: true);
            for (int b = 0; b < batch; b++)
            {
                RecurrentActivation.ClipAndApply(_gate, g.Slice(b * width, 2 * hidden));
            }

            if (_hiddenOutputBias is null)
            {
                // o += R_o (r ⊙ h).
                for (int b = 0; b < batch; b++)
                {
                    TensorPrimitives.Multiply(g.Slice((b * width) + hidden, hidden), h.Slice(b * hidden, hidden), resetHidden.Slice(b * hidden, hidden));
                }

                Gemm.Multiply(resetHidden, hidden, 1, batch, _output, g.Slice(2 * hidden), width, ReadOnlySpan<float>.Empty, accumulate: true);
            }
            else
            {
                // o += r ⊙ (R_o h + b_ho).
                Gemm.Multiply(h, hidden, 1, batch, _output, resetHidden, hidden, _hiddenOutputBias, accumulate: false);
                for (int b = 0; b < batch; b++)
                {
                    Span<float> o = g.Slice((b * width) + (2 * hidden), hidden);
                    TensorPrimitives.MultiplyAdd(g.Slice((b * width) + hidden, hidden), resetHidden.Slice(b * hidden, hidden), o, o);
                }
            }

            for (int b = 0; b < batch; b++)
            {
                Span<float> z = g.Slice(b * width, hidden);
                Span<float> o = g.Slice((b * width) + (2 * hidden), hidden);
                Span<float> hb = h.Slice(b * hidden, hidden);
                RecurrentActivation.ClipAndApply(_candidate, o);
                // h' = o + z ⊙ (h − o); the reset slot (no longer needed) holds h − o.
                Span<float> difference = g.Slice((b * width) + hidden, hidden);
                TensorPrimitives.Subtract(hb, o, difference);
                TensorPrimitives.MultiplyAdd(z, difference, o, hb);
            }

            sink.OnStep(step, t, h);
        }
    }
}
