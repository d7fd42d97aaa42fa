using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// <see cref="LstmRegisterSteps"/> in AVX-512 registers: 16 lanes, so up to 32 units take at most 8 accumulators (one
/// or two vectors per gate) and the four gates' R·h runs in one loop over h.
/// </summary>
internal sealed unsafe class LstmStepAvx512 : LstmRegisterSteps
{
    private const int Lanes = 16;

    private LstmStepAvx512(int hidden, PackedMatrix recurrent, float[][]? peepholes, float clip)
        : base(Lanes, hidden, recurrent, peepholes, clip)
    {
    }

    public override GemmPath Path => GemmPath.Avx512;

    /// <summary>The kernel for this LSTM, or null when its shape or this machine needs another path.</summary>
    public static LstmStepAvx512? TryCreate(int hidden, PackedMatrix recurrent, float[][]? peepholes, RecurrentActivationKind[] activations, bool coupled, float clip) =>
        Fits(hidden, recurrent, activations, coupled) && Gemm.IsAvx512 && Vector512Activations.IsSupported ? new LstmStepAvx512(hidden, recurrent, peepholes, clip) : null;

    protected override void Step(float* row, float* weights, float* peepholes, float* h, float* c)
    {
        if (Vectors == 1)
        {
            Step1(row, weights, peepholes, h, c);
        }
        else
        {
            Step2(row, weights, peepholes, h, c);
        }
    }

    // Hidden sizes up to 16: one vector per gate.
    private void Step1(float* row, float* w, float* peep, float* h, float* c)
    {
        Vector512<float> i = default, f = default, z = default, o = default;
        for (int k = 0; k < Hidden; k++, w += 4 * Lanes)
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
        for (int k = 0; k < Hidden; k++, w += 8 * Lanes)
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
        int hidden = Hidden;
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
        cell = Avx512F.Min(Vector512.Create(Clip), Avx512F.Max(Vector512.Create(-Clip), cell));
        o = Vector512Activations.Sigmoid(Avx512F.FusedMultiplyAdd(Avx512F.LoadVector512(peep + (2 * padded) + j0), cell, o));
        Avx512F.Store(c + j0, cell);
        Avx512F.Store(h + j0, o * Vector512Activations.Tanh(cell));
    }
}
