using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// One direction of an LSTM over a whole sequence (coreml-format-notes §2.8): the gate weights packed for the GEMM in the order
/// [input, forget, block input, output], the bias with the same layout, optional peepholes and the three activations.
/// </summary>
internal sealed class LstmRecurrence
{
    private readonly PackedMatrix _input;
    private readonly PackedMatrix _recurrent;
    private readonly float[] _bias;
    private readonly float[]? _peepholeInput;
    private readonly float[]? _peepholeForget;
    private readonly float[]? _peepholeOutput;
    private readonly RecurrentActivationKind _gate;
    private readonly RecurrentActivationKind _cellInput;
    private readonly RecurrentActivationKind _output;
    private readonly bool _coupled;
    private readonly float _cellClip;
    private readonly int _hidden;
    private readonly LstmRegisterSteps? _avx512Steps;
    private readonly LstmRegisterSteps? _avx2Steps;

    public LstmRecurrence(int hidden, PackedMatrix input, PackedMatrix recurrent, float[] bias, float[][]? peepholes, RecurrentActivationKind[] activations, bool coupled, float cellClip)
    {
        _hidden = hidden;
        _input = input;
        _recurrent = recurrent;
        _bias = bias;
        _peepholeInput = peepholes?[0];
        _peepholeForget = peepholes?[1];
        _peepholeOutput = peepholes?[2];
        _gate = activations[0];
        _cellInput = activations[1];
        _output = activations[2];
        _coupled = coupled;
        _cellClip = cellClip;
        _avx512Steps = LstmStepAvx512.TryCreate(hidden, recurrent, peepholes, activations, coupled, cellClip);
        _avx2Steps = LstmStepAvx2.TryCreate(hidden, recurrent, peepholes, activations, coupled, cellClip);
    }

    /// <summary>Whether the steps run in registers (<see cref="LstmRegisterSteps"/>) on the GEMM path this thread runs.</summary>
    public bool UsesRegisterSteps => RegisterSteps(Gemm.ActivePath) is not null;

    /// <summary>Floats of the <c>gates</c> scratch <see cref="Run"/> needs for a sequence.</summary>
    public static int GatesLength(int sequence, int batch, int hidden) => (sequence * batch * 4 * hidden) + LstmRegisterSteps.GatesOverhang;

    /// <summary>Floats of the <c>temp</c> scratch <see cref="Run"/> needs.</summary>
    public static int TempLength(int hidden, int batch) => Math.Max(hidden, LstmRegisterSteps.ScratchLength(hidden, batch));

    /// <summary>Multiply-adds of the matrix products for one run (for throughput figures).</summary>
    public long MultiplyAdds(int sequence, int batch) => (long)sequence * batch * 4 * _hidden * (_input.K + _hidden);

    /// <summary>
    /// Runs the whole sequence. <paramref name="gates"/> and <paramref name="temp"/> are scratch of at least
    /// <see cref="GatesLength"/> and <see cref="TempLength"/> values; <paramref name="h"/> and <paramref name="c"/> hold
    /// the initial states and receive the final ones; <paramref name="sink"/> receives the processing step, the time
    /// position and h after each step. On the AVX-512 and AVX2 matrix-product paths the steps of the usual LSTM shape
    /// run in registers (<see cref="LstmRegisterSteps"/>).
    /// </summary>
    public void Run<TSink>(ReadOnlySpan<float> x, int sequence, int batch, bool reverse, Span<float> gates, Span<float> h, Span<float> c, Span<float> temp, ref TSink sink)
        where TSink : struct, IStepSink
    {
        int hidden = _hidden;
        int width = 4 * hidden;
        // The input projection of every step at once: one GEMM over Seq·Batch rows.
        Gemm.Multiply(x, _input.K, 1, sequence * batch, _input, gates, width, _bias, accumulate: false);
        if (RegisterSteps(Gemm.ActivePath) is { } registerSteps)
        {
            registerSteps.Run(gates, sequence, batch, reverse, h, c, temp, ref sink);
            return;
        }

        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            Span<float> rows = gates.Slice(t * batch * width, batch * width);
            Gemm.Multiply(h, hidden, 1, batch, _recurrent, rows, width, ReadOnlySpan<float>.Empty, accumulate: true);
            for (int b = 0; b < batch; b++)
            {
                Cell(rows.Slice(b * width, width), h.Slice(b * hidden, hidden), c.Slice(b * hidden, hidden), temp);
            }

            sink.OnStep(step, t, h);
        }
    }

    private LstmRegisterSteps? RegisterSteps(GemmPath path) => path switch
    {
        GemmPath.Avx512 => _avx512Steps,
        GemmPath.Avx2 => _avx2Steps,
        _ => null,
    };

    private void Cell(Span<float> g, Span<float> h, Span<float> c, Span<float> temp)
    {
        int hidden = _hidden;
        Span<float> i = g.Slice(0, hidden);
        Span<float> f = g.Slice(hidden, hidden);
        Span<float> z = g.Slice(2 * hidden, hidden);
        Span<float> o = g.Slice(3 * hidden, hidden);
        if (_peepholeInput is not null)
        {
            TensorPrimitives.MultiplyAdd(_peepholeInput, c, i, i);
            TensorPrimitives.MultiplyAdd(_peepholeForget!, c, f, f);
        }

        if (_coupled)
        {
            RecurrentActivation.ClipAndApply(_gate, i);
            // c_t = c_{t-1} ⊙ (1 − i_t) + i_t ⊙ z_t: the forget gate is 1 − i.
            TensorPrimitives.Subtract(1f, i, f);
        }
        else
        {
            // The input and forget gates are adjacent: one call activates both.
            RecurrentActivation.ClipAndApply(_gate, g.Slice(0, 2 * hidden));
        }

        RecurrentActivation.ClipAndApply(_cellInput, z);
        TensorPrimitives.Multiply(c, f, c);
        TensorPrimitives.MultiplyAdd(i, z, c, c);
        TensorPrimitives.Max(c, -_cellClip, c);
        TensorPrimitives.Min(c, _cellClip, c);
        if (_peepholeOutput is not null)
        {
            // The output gate's peephole sees the new cell.
            TensorPrimitives.MultiplyAdd(_peepholeOutput, c, o, o);
        }

        RecurrentActivation.ClipAndApply(_gate, o);
        Span<float> activated = temp.Slice(0, hidden);
        c.CopyTo(activated);
        RecurrentActivation.Apply(_output, activated);
        TensorPrimitives.Multiply(activated, o, h);
    }
}
