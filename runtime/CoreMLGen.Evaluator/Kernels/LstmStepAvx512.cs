using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// The time steps of an LSTM with the usual activations (sigmoid gates, tanh cell input and output, separate input
/// and forget gates) in AVX-512 registers: per step, R·h for the four gates in one loop over h (the gates' recurrent
/// weights padded to whole 16-lane vectors, <see cref="MaxHidden"/> at most so the sums stay in registers), then the
/// cell update in one pass, with sigmoid and tanh in registers too (<see cref="Vector512Activations"/>).
/// The per-step library calls of the general path cost more than the arithmetic at madmom's sizes (25 units).
/// </summary>
internal sealed unsafe class LstmStepAvx512
{
    /// <summary>Largest hidden size: 4 gates × 2 vectors = 8 accumulators.</summary>
    public const int MaxHidden = 32;

    private const int Lanes = 16;

    private readonly int _hidden;
    private readonly int _vectors;
    private readonly int _padded;
    private readonly float[] _weights;
    private readonly float[] _peepholes;
    private readonly float _clip;

    private LstmStepAvx512(int hidden, PackedMatrix recurrent, float[][]? peepholes, float clip)
    {
        _hidden = hidden;
        _vectors = (hidden + Lanes - 1) / Lanes;
        _padded = _vectors * Lanes;

        // _weights[k, g·padded + j] = R_g[j, k], read from the GEMM's packed B = Rᵀ (B[k, n] at panel n / 16).
        _weights = new float[hidden * 4 * _padded];
        for (int k = 0; k < hidden; k++)
        {
            for (int g = 0; g < 4; g++)
            {
                for (int j = 0; j < hidden; j++)
                {
                    int n = (g * hidden) + j;
                    _weights[(k * 4 * _padded) + (g * _padded) + j] =
                        recurrent.Data[((n / PackedMatrix.PanelWidth) * recurrent.K * PackedMatrix.PanelWidth) + (k * PackedMatrix.PanelWidth) + (n % PackedMatrix.PanelWidth)];
                }
            }
        }

        // Input, forget and output peepholes, each padded; zeros without peepholes.
        _peepholes = new float[3 * _padded];
        for (int p = 0; p < 3 && peepholes is not null; p++)
        {
            peepholes[p].AsSpan(0, hidden).CopyTo(_peepholes.AsSpan(p * _padded));
        }

        _clip = clip;
    }

    /// <summary>The kernel for this LSTM, or null when its shape or this machine needs the general path.</summary>
    public static LstmStepAvx512? TryCreate(int hidden, PackedMatrix recurrent, float[][]? peepholes, RecurrentActivationKind[] activations, bool coupled, float clip)
    {
        bool usual = activations[0] == RecurrentActivationKind.Sigmoid && activations[1] == RecurrentActivationKind.Tanh && activations[2] == RecurrentActivationKind.Tanh;
        bool fits = hidden is > 0 and <= MaxHidden && recurrent.K == hidden && recurrent.N == 4 * hidden;
        return usual && fits && !coupled && Gemm.IsAvx512 && Vector512Activations.IsSupported ? new LstmStepAvx512(hidden, recurrent, peepholes, clip) : null;
    }

    /// <summary>Floats of scratch <see cref="Run"/> needs: padded h and c for each batch element.</summary>
    public static int ScratchLength(int hidden, int batch) => 2 * batch * (((hidden + Lanes - 1) / Lanes) * Lanes);

    /// <summary>
    /// Floats <see cref="Run"/> reads past the last gate row: the last gate's padding lanes, whose values are computed
    /// and never used.
    /// </summary>
    public const int GatesOverhang = Lanes;

    /// <summary>
    /// The steps of <see cref="LstmRecurrence.Run"/> after the input projection: <paramref name="gates"/> holds
    /// W·x + b for every (t, b) row of 4H values and is overwritten; h and c hold the initial states and receive
    /// the final ones.
    /// </summary>
    public void Run<TSink>(Span<float> gates, int sequence, int batch, bool reverse, Span<float> h, Span<float> c, Span<float> scratch, ref TSink sink)
        where TSink : struct, IStepSink
    {
        int hidden = _hidden, padded = _padded, width = 4 * hidden;
        if (gates.Length < (sequence * batch * width) + GatesOverhang || scratch.Length < ScratchLength(hidden, batch))
        {
            throw new ArgumentException("The gates or scratch buffer is shorter than the steps need.");
        }

        fixed (float* pGates = gates)
        fixed (float* pScratch = scratch)
        fixed (float* pWeights = _weights)
        fixed (float* pPeep = _peepholes)
        {
            float* hp = pScratch, cp = pScratch + (batch * padded);
            for (int b = 0; b < batch; b++)
            {
                h.Slice(b * hidden, hidden).CopyTo(new Span<float>(hp + (b * padded), hidden));
                c.Slice(b * hidden, hidden).CopyTo(new Span<float>(cp + (b * padded), hidden));
            }

            for (int step = 0; step < sequence; step++)
            {
                int t = reverse ? sequence - 1 - step : step;
                for (int b = 0; b < batch; b++)
                {
                    float* row = pGates + ((long)((t * batch) + b) * width);
                    if (_vectors == 1)
                    {
                        Step1(row, pWeights, pPeep, hp + (b * padded), cp + (b * padded));
                    }
                    else
                    {
                        Step2(row, pWeights, pPeep, hp + (b * padded), cp + (b * padded));
                    }

                    new ReadOnlySpan<float>(hp + (b * padded), hidden).CopyTo(h.Slice(b * hidden, hidden));
                }

                sink.OnStep(step, t, h);
            }

            for (int b = 0; b < batch; b++)
            {
                new ReadOnlySpan<float>(cp + (b * padded), hidden).CopyTo(c.Slice(b * hidden, hidden));
            }
        }
    }

    // Hidden sizes up to 16: one vector per gate.
    private void Step1(float* row, float* w, float* peep, float* h, float* c)
    {
        Vector512<float> i = default, f = default, z = default, o = default;
        for (int k = 0; k < _hidden; k++, w += 4 * Lanes)
        {
            Vector512<float> x = Vector512.Create(h[k]);
            i = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w), i);
            f = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + Lanes), f);
            z = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (2 * Lanes)), z);
            o = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (3 * Lanes)), o);
        }

        Cell(row, 0, peep, Lanes, h, c, i, f, z, o);
    }

    // Hidden sizes 17 to 32: two vectors per gate, eight accumulators.
    private void Step2(float* row, float* w, float* peep, float* h, float* c)
    {
        Vector512<float> i0 = default, i1 = default, f0 = default, f1 = default;
        Vector512<float> z0 = default, z1 = default, o0 = default, o1 = default;
        for (int k = 0; k < _hidden; k++, w += 8 * Lanes)
        {
            Vector512<float> x = Vector512.Create(h[k]);
            i0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w), i0);
            i1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + Lanes), i1);
            f0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (2 * Lanes)), f0);
            f1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (3 * Lanes)), f1);
            z0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (4 * Lanes)), z0);
            z1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (5 * Lanes)), z1);
            o0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (6 * Lanes)), o0);
            o1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(w + (7 * Lanes)), o1);
        }

        Cell(row, 0, peep, 2 * Lanes, h, c, i0, f0, z0, o0);
        Cell(row, Lanes, peep, 2 * Lanes, h, c, i1, f1, z1, o1);
    }

    // One 16-lane slice (units j0..j0+15) of the cell update, with the recurrent sums ri, rf, rz, ro:
    // i, f = σ(pre + p ⊙ c_{t−1}); z = tanh(pre); c_t = clip(f ⊙ c_{t−1} + i ⊙ z); o = σ(pre + p_o ⊙ c_t);
    // h = o ⊙ tanh(c_t). Lanes past the hidden size compute on padding and are never read.
    private void Cell(float* row, int j0, float* peep, int padded, float* h, float* c, Vector512<float> ri, Vector512<float> rf, Vector512<float> rz, Vector512<float> ro)
    {
        int hidden = _hidden;
        Vector512<float> previous = Avx512F.LoadVector512(c + j0);
        Vector512<float> i = Avx512F.LoadVector512(row + j0) + ri;
        Vector512<float> f = Avx512F.LoadVector512(row + hidden + j0) + rf;
        Vector512<float> z = Avx512F.LoadVector512(row + (2 * hidden) + j0) + rz;
        Vector512<float> o = Avx512F.LoadVector512(row + (3 * hidden) + j0) + ro;
        i = Vector512Activations.Sigmoid(Avx512F.FusedMultiplyAdd(Avx512F.LoadVector512(peep + j0), previous, i));
        f = Vector512Activations.Sigmoid(Avx512F.FusedMultiplyAdd(Avx512F.LoadVector512(peep + padded + j0), previous, f));
        z = Vector512Activations.Tanh(z);
        Vector512<float> cell = Avx512F.FusedMultiplyAdd(i, z, previous * f);

        // The value is the second operand of max and min, which they return when it is NaN.
        cell = Avx512F.Min(Vector512.Create(_clip), Avx512F.Max(Vector512.Create(-_clip), cell));
        o = Vector512Activations.Sigmoid(Avx512F.FusedMultiplyAdd(Avx512F.LoadVector512(peep + (2 * padded) + j0), cell, o));
        Avx512F.Store(c + j0, cell);
        Avx512F.Store(h + j0, o * Vector512Activations.Tanh(cell));
    }
}
