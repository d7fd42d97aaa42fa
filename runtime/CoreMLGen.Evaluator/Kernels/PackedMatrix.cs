using System;

// Namespace MatrixMath, not Math: a namespace named Math would shadow System.Math in every sibling namespace.
namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// The right-hand operand B [K, N] of a matrix product, stored as column panels of <see cref="PanelWidth"/> columns
/// (each panel K rows of PanelWidth contiguous values, zero-padded past N), the layout the GEMM micro-kernel streams.
/// Weights are packed once at load time; dynamic operands are re-packed into a reused buffer.
/// </summary>
internal sealed class PackedMatrix
{
    /// <summary>Columns per panel: two 8-lane vectors.</summary>
    public const int PanelWidth = 16;

    public PackedMatrix(int k, int n)
    {
        K = k;
        N = n;
        Panels = (n + PanelWidth - 1) / PanelWidth;
        Data = new float[Math.Max(1, Panels * k * PanelWidth)];
    }

    /// <summary>The inner dimension (rows of B).</summary>
    public int K { get; }

    /// <summary>The output dimension (columns of B).</summary>
    public int N { get; }

    public int Panels { get; }

    public float[] Data { get; }

    /// <summary>Packs a weight stored row-major as [N, K] (one row per output, the Core ML layout), i.e. B = Wᵀ.</summary>
    public static PackedMatrix FromOutputRows(ReadOnlySpan<float> weights, int n, int k)
    {
        var packed = new PackedMatrix(k, n);
        packed.Pack(weights, rowStrideK: 1, columnStrideN: k);
        return packed;
    }

    /// <summary>
    /// Packs several [rows, K] output-row weights stacked on top of each
    /// other (e.g. the gates of an LSTM), so one product computes all of them.
    /// </summary>
    public static PackedMatrix FromStackedOutputRows(int k, params float[][] blocks)
    {
        int n = 0;
        foreach (float[] block in blocks)
        {
            n += k == 0 ? 0 : block.Length / k;
        }

        var stacked = new float[n * k];
        int offset = 0;
        foreach (float[] block in blocks)
        {
            block.CopyTo(stacked, offset);
            offset += block.Length;
        }

        return FromOutputRows(stacked, n, k);
    }

    /// <summary>Packs B where B[k, n] = source[k * rowStrideK + n * columnStrideN].</summary>
    public void Pack(ReadOnlySpan<float> source, int rowStrideK, int columnStrideN)
    {
        float[] data = Data;
        for (int p = 0; p < Panels; p++)
        {
            int n0 = p * PanelWidth;
            int width = Math.Min(PanelWidth, N - n0);
            int panelStart = p * K * PanelWidth;
            for (int kk = 0; kk < K; kk++)
            {
                int row = panelStart + kk * PanelWidth;
                int sourceRow = kk * rowStrideK;
                for (int j = 0; j < width; j++)
                {
                    data[row + j] = source[sourceRow + (n0 + j) * columnStrideN];
                }

                for (int j = width; j < PanelWidth; j++)
                {
                    data[row + j] = 0f;
                }
            }
        }
    }
}
