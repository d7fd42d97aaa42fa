using System;
using CoreMLGen.Evaluation.Kernels;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// The one place the ML Program front end calls the evaluator's GEMM kernel (shared with the neural network runner),
/// so the kernel library can move without touching the op builders.
/// </summary>
internal sealed class MatrixProducts
{
    private readonly PackedMatrix _b;

    private MatrixProducts(PackedMatrix b)
    {
        _b = b;
    }

    public int K => _b.K;

    public int N => _b.N;

    /// <summary>B = Wᵀ for a weight stored [N, K] row-major (one row per output), packed once.</summary>
    public static MatrixProducts FromOutputRows(ReadOnlySpan<float> weight, int n, int k) => new(PackedMatrix.FromOutputRows(weight, n, k));

    /// <summary>A reusable B of [K, N], filled by <see cref="Pack"/>.</summary>
    public static MatrixProducts Empty(int k, int n) => new(new PackedMatrix(k, n));

    /// <summary>B[k, n] = source[k * rowStrideK + n * columnStrideN].</summary>
    public void Pack(ReadOnlySpan<float> source, int rowStrideK, int columnStrideN) => _b.Pack(source, rowStrideK, columnStrideN);

    /// <summary>C[i, n] = Σₖ A[i, k]·B[k, n] (+ bias[n]) (+ C[i, n] when accumulating), A[i, k] = a[i·aRowStride + k·aColumnStride].</summary>
    public void Multiply(ReadOnlySpan<float> a, int aRowStride, int aColumnStride, int m, Span<float> c, int cRowStride, ReadOnlySpan<float> bias, bool accumulate = false) =>
        Gemm.Multiply(a, aRowStride, aColumnStride, m, _b, c, cRowStride, bias, accumulate);
}
