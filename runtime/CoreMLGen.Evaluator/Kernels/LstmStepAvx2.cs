using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// <see cref="LstmRegisterSteps"/> with AVX2 + FMA: 8 lanes and 16 registers, so R·h runs over column blocks of at
/// most 8 accumulators (64 of the 4 · padded gate columns) into a small buffer, which the cell update then reads.
/// </summary>
internal sealed unsafe class LstmStepAvx2 : LstmRegisterSteps
{
    private const int Lanes = 8;
    private const int BlockColumns = 8 * Lanes;

    private LstmStepAvx2(int hidden, PackedMatrix recurrent, float[][]? peepholes, float clip)
        : base(Lanes, hidden, recurrent, peepholes, clip)
    {
    }

    public override GemmPath Path => GemmPath.Avx2;

    /// <summary>The kernel for this LSTM, or null when its shape or this machine needs another path.</summary>
    public static LstmStepAvx2? TryCreate(int hidden, PackedMatrix recurrent, float[][]? peepholes, RecurrentActivationKind[] activations, bool coupled, float clip) =>
        Fits(hidden, recurrent, activations, coupled) && Gemm.IsVectorized && Vector256Activations.IsSupported ? new LstmStepAvx2(hidden, recurrent, peepholes, clip) : null;

    [SkipLocalsInit]
    protected override void Step(float* row, float* weights, float* peepholes, float* h, float* c)
    {
        int columns = 4 * Padded;
        float* sums = stackalloc float[4 * MaxHidden];
        int c0 = 0;
        for (; c0 + BlockColumns <= columns; c0 += BlockColumns)
        {
            Block8(weights + c0, columns, h, sums + c0);
        }

        if (c0 < columns)
        {
            // 4 · padded is a multiple of 32: the rest is one block of four vectors.
            Block4(weights + c0, columns, h, sums + c0);
        }

        int hidden = Hidden, padded = Padded;
        for (int j0 = 0; j0 < padded; j0 += Lanes)
        {
            Cell(row, j0, sums, peepholes, h, c, hidden, padded);
        }
    }

    private void Block8(float* w, int stride, float* h, float* sums)
    {
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        for (int k = 0; k < Hidden; k++, w += stride)
        {
            Vector256<float> x = Vector256.Create(h[k]);
            s0 = Fma.MultiplyAdd(x, Avx.LoadVector256(w), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 8), s1);
            s2 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 16), s2);
            s3 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 24), s3);
            s4 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 32), s4);
            s5 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 40), s5);
            s6 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 48), s6);
            s7 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 56), s7);
        }

        Avx.Store(sums, s0);
        Avx.Store(sums + 8, s1);
        Avx.Store(sums + 16, s2);
        Avx.Store(sums + 24, s3);
        Avx.Store(sums + 32, s4);
        Avx.Store(sums + 40, s5);
        Avx.Store(sums + 48, s6);
        Avx.Store(sums + 56, s7);
    }

    private void Block4(float* w, int stride, float* h, float* sums)
    {
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
        for (int k = 0; k < Hidden; k++, w += stride)
        {
            Vector256<float> x = Vector256.Create(h[k]);
            s0 = Fma.MultiplyAdd(x, Avx.LoadVector256(w), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 8), s1);
            s2 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 16), s2);
            s3 = Fma.MultiplyAdd(x, Avx.LoadVector256(w + 24), s3);
        }

        Avx.Store(sums, s0);
        Avx.Store(sums + 8, s1);
        Avx.Store(sums + 16, s2);
        Avx.Store(sums + 24, s3);
    }

    // One 8-lane slice of the cell update, as LstmStepAvx512.Cell: sums holds R·h gate by gate, padded.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Cell(float* row, int j0, float* sums, float* peep, float* h, float* c, int hidden, int padded)
    {
        Vector256<float> previous = Avx.LoadVector256(c + j0);
        Vector256<float> i = Avx.LoadVector256(row + j0) + Avx.LoadVector256(sums + j0);
        Vector256<float> f = Avx.LoadVector256(row + hidden + j0) + Avx.LoadVector256(sums + padded + j0);
        Vector256<float> z = Avx.LoadVector256(row + (2 * hidden) + j0) + Avx.LoadVector256(sums + (2 * padded) + j0);
        Vector256<float> o = Avx.LoadVector256(row + (3 * hidden) + j0) + Avx.LoadVector256(sums + (3 * padded) + j0);
        i = Vector256Activations.Sigmoid(Fma.MultiplyAdd(Avx.LoadVector256(peep + j0), previous, i));
        f = Vector256Activations.Sigmoid(Fma.MultiplyAdd(Avx.LoadVector256(peep + padded + j0), previous, f));
        z = Vector256Activations.Tanh(z);
        Vector256<float> cell = Fma.MultiplyAdd(i, z, previous * f);

        // The value is the second operand of max and min, which they return when it is NaN.
        cell = Avx.Min(Vector256.Create(Clip), Avx.Max(Vector256.Create(-Clip), cell));
        o = Vector256Activations.Sigmoid(Fma.MultiplyAdd(Avx.LoadVector256(peep + (2 * padded) + j0), cell, o));
        Avx.Store(c + j0, cell);
        Avx.Store(h + j0, o * Vector256Activations.Tanh(cell));
    }
}
