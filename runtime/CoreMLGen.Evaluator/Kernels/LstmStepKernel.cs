using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// One time step of one LSTM direction in registers (AVX2 + FMA), for the common shape: sigmoid gates, tanh cell
/// input and output, separate input and forget gates, optional peepholes, a cell clip. With small hidden sizes (madmom's
/// 25 units) the fixed cost of a step — a dozen vector-library calls and span slicing — used to outweigh its
/// arithmetic; here the recurrent product R·h for all four gates is one register-blocked loop and the cell update one
/// fused pass over the units, with no calls and no allocation.
/// </summary>
internal sealed unsafe class LstmStepKernel
{
    private readonly int _hidden;
    private readonly int _gateWidth;
    private readonly int _paddedWidth;
    private readonly float[] _recurrent;
    private readonly float[] _peepholes;
    private readonly int _peepholeStride;
    private readonly float _clip;
    private readonly Vector256<float> _rowTailMask;
    private readonly Vector256<float> _unitTailMask;

    private LstmStepKernel(int hidden, float[] recurrentRows, float[][]? peepholes, float clip)
    {
        _hidden = hidden;
        _gateWidth = 4 * hidden;
        _paddedWidth = RoundUp8(_gateWidth);
        _clip = clip;

        // R·h as h[k] times row k of Rᵀ: [H, 4H padded to 8], zeros in the padding.
        _recurrent = new float[hidden * _paddedWidth];
        for (int n = 0; n < _gateWidth; n++)
        {
            for (int k = 0; k < hidden; k++)
            {
                _recurrent[(k * _paddedWidth) + n] = recurrentRows[(n * hidden) + k];
            }
        }

        // Peepholes i, f, o, each padded to whole vectors (zeros when the layer has none).
        _peepholeStride = RoundUp8(hidden);
        _peepholes = new float[3 * _peepholeStride];
        for (int g = 0; g < 3 && peepholes is not null; g++)
        {
            peepholes[g].AsSpan(0, hidden).CopyTo(_peepholes.AsSpan(g * _peepholeStride));
        }

        _rowTailMask = TailMask(_gateWidth);
        _unitTailMask = TailMask(hidden);
    }

    /// <summary>Floats of the scratch <see cref="Step"/> needs.</summary>
    public int ScratchLength => _paddedWidth + 8;

    /// <summary>Whether steps run here on this thread (AVX2 + FMA, and no other matrix-product path forced).</summary>
    public static bool IsActive => Gemm.ActivePath == GemmPath.Avx2;

    /// <summary>The kernel for these parameters, or null when they are not the shape it computes.</summary>
    public static LstmStepKernel? TryCreate(int hidden, float[] recurrentRows, float[][]? peepholes, RecurrentActivationKind[] activations, bool coupled, float clip)
    {
        bool standard = activations[0] == RecurrentActivationKind.Sigmoid
            && activations[1] == RecurrentActivationKind.Tanh
            && activations[2] == RecurrentActivationKind.Tanh;
        return standard && !coupled && Gemm.IsVectorized ? new LstmStepKernel(hidden, recurrentRows, peepholes, clip) : null;
    }

    /// <summary>
    /// gates (4H pre-activations from the input projection, i f z o) + R·hPrev, then the cell: c is updated in place
    /// and h written (h may be hPrev). <paramref name="scratch"/> holds <see cref="ScratchLength"/> floats.
    /// </summary>
    public void Step(float* gates, float* hPrev, float* h, float* c, float* scratch)
    {
        fixed (float* r = _recurrent)
        {
            RecurrentProduct(gates, hPrev, r, scratch);
        }

        fixed (float* peep = _peepholes)
        {
            Cell(scratch, h, c, peep);
        }
    }

    private void RecurrentProduct(float* gates, float* hPrev, float* r, float* pre)
    {
        int column = 0;
        for (; column + 32 <= _paddedWidth; column += 32)
        {
            Columns32(gates, hPrev, r, pre, column);
        }

        for (; column < _paddedWidth; column += 8)
        {
            Columns8(gates, hPrev, r, pre, column);
        }
    }

    // The gate pre-activations at `column`; the row's last, partial vector is read masked (no read past the row).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<float> LoadGates(float* gates, int column) =>
        column + 8 <= _gateWidth ? Avx.LoadVector256(gates + column) : Avx.MaskLoad(gates + column, _rowTailMask);

    // Four vectors of columns, each with an even-k and an odd-k chain: eight independent FMAs per pair of k, enough
    // to keep both FMA units busy through their latency.
    private void Columns32(float* gates, float* hPrev, float* r, float* pre, int column)
    {
        Vector256<float> e0 = LoadGates(gates, column), e1 = LoadGates(gates, column + 8);
        Vector256<float> e2 = LoadGates(gates, column + 16), e3 = LoadGates(gates, column + 24);
        Vector256<float> o0 = Vector256<float>.Zero, o1 = Vector256<float>.Zero, o2 = Vector256<float>.Zero, o3 = Vector256<float>.Zero;
        float* row = r + column;
        int stride = _paddedWidth;
        int k = 0;
        for (; k + 2 <= _hidden; k += 2, row += 2 * stride)
        {
            Vector256<float> x = Avx.BroadcastScalarToVector256(hPrev + k);
            Vector256<float> y = Avx.BroadcastScalarToVector256(hPrev + k + 1);
            e0 = Fma.MultiplyAdd(x, Avx.LoadVector256(row), e0);
            e1 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 8), e1);
            e2 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 16), e2);
            e3 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 24), e3);
            o0 = Fma.MultiplyAdd(y, Avx.LoadVector256(row + stride), o0);
            o1 = Fma.MultiplyAdd(y, Avx.LoadVector256(row + stride + 8), o1);
            o2 = Fma.MultiplyAdd(y, Avx.LoadVector256(row + stride + 16), o2);
            o3 = Fma.MultiplyAdd(y, Avx.LoadVector256(row + stride + 24), o3);
        }

        if (k < _hidden)
        {
            Vector256<float> x = Avx.BroadcastScalarToVector256(hPrev + k);
            e0 = Fma.MultiplyAdd(x, Avx.LoadVector256(row), e0);
            e1 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 8), e1);
            e2 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 16), e2);
            e3 = Fma.MultiplyAdd(x, Avx.LoadVector256(row + 24), e3);
        }

        float* p = pre + column;
        Avx.Store(p, Avx.Add(e0, o0));
        Avx.Store(p + 8, Avx.Add(e1, o1));
        Avx.Store(p + 16, Avx.Add(e2, o2));
        Avx.Store(p + 24, Avx.Add(e3, o3));
    }

    // One vector of columns: even and odd k in two chains, so the FMA latency is half hidden.
    private void Columns8(float* gates, float* hPrev, float* r, float* pre, int column)
    {
        Vector256<float> even = LoadGates(gates, column), odd = Vector256<float>.Zero;
        float* row = r + column;
        int k = 0;
        for (; k + 2 <= _hidden; k += 2, row += 2 * _paddedWidth)
        {
            even = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(hPrev + k), Avx.LoadVector256(row), even);
            odd = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(hPrev + k + 1), Avx.LoadVector256(row + _paddedWidth), odd);
        }

        if (k < _hidden)
        {
            even = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(hPrev + k), Avx.LoadVector256(row), even);
        }

        Avx.Store(pre + column, Avx.Add(even, odd));
    }

    // i, f = σ(pre + p ⊙ c_{t−1}); z = tanh(pre); c_t = f ⊙ c_{t−1} + i ⊙ z, clipped; o = σ(pre + p_o ⊙ c_t); h = o ⊙ tanh(c_t).
    private void Cell(float* pre, float* h, float* c, float* peep)
    {
        int hidden = _hidden;
        Vector256<float> clip = Vector256.Create(_clip), negativeClip = Vector256.Create(-_clip);
        for (int j = 0; j < hidden; j += 8)
        {
            bool partial = j + 8 > hidden;
            Vector256<float> cell = partial ? Avx.MaskLoad(c + j, _unitTailMask) : Avx.LoadVector256(c + j);
            Vector256<float> i = Fma.MultiplyAdd(Avx.LoadVector256(peep + j), cell, Avx.LoadVector256(pre + j));
            Vector256<float> f = Fma.MultiplyAdd(Avx.LoadVector256(peep + _peepholeStride + j), cell, Avx.LoadVector256(pre + hidden + j));
            Vector256<float> z = Vector256Math.Tanh(Avx.LoadVector256(pre + (2 * hidden) + j));
            i = Vector256Math.Sigmoid(i);
            f = Vector256Math.Sigmoid(f);
            cell = Fma.MultiplyAdd(f, cell, Avx.Multiply(i, z));
            cell = Avx.Min(Avx.Max(cell, negativeClip), clip);
            Vector256<float> o = Vector256Math.Sigmoid(Fma.MultiplyAdd(Avx.LoadVector256(peep + (2 * _peepholeStride) + j), cell, Avx.LoadVector256(pre + (3 * hidden) + j)));
            Vector256<float> output = Avx.Multiply(o, Vector256Math.Tanh(cell));
            if (partial)
            {
                Avx.MaskStore(c + j, _unitTailMask, cell);
                Avx.MaskStore(h + j, _unitTailMask, output);
            }
            else
            {
                Avx.Store(c + j, cell);
                Avx.Store(h + j, output);
            }
        }
    }

    private static int RoundUp8(int value) => (value + 7) & ~7;

    // All lanes below count % 8 set (all eight when count is a multiple of 8): the lanes of a row's last vector.
    private static Vector256<float> TailMask(int count)
    {
        int valid = count % 8 == 0 ? 8 : count % 8;
        return Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(valid)).AsSingle();
    }
}
