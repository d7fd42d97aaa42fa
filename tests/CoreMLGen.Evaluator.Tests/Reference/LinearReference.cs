using System;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Float64 references for the linear-algebra layers, written from the spec's formulas (not from the kernels).</summary>
internal static class LinearReference
{
    /// <summary>y[r, o] = Σᵢ x[r, i]·W[o, i] + b[o] for every row r of x [rows, inputs]; W row-major [outputs, inputs].</summary>
    public static double[] Dense(float[] x, int rows, int inputs, float[] weights, float[]? bias, int outputs)
    {
        var y = new double[rows * outputs];
        for (int r = 0; r < rows; r++)
        {
            for (int o = 0; o < outputs; o++)
            {
                double sum = bias is null ? 0 : bias[o];
                for (int i = 0; i < inputs; i++)
                {
                    sum += (double)x[(r * inputs) + i] * weights[(o * inputs) + i];
                }

                y[(r * outputs) + o] = sum;
            }
        }

        return y;
    }

    /// <summary>
    /// numpy matmul with broadcasting of the leading dimensions, for operands already of rank ≥ 2 (element (…, i, j)
    /// of the result is Σₖ A'(…, i, k)·B'(…, k, j) with A' and B' optionally transposed in their last two axes).
    /// </summary>
    public static double[] MatMul(float[] a, int[] shapeA, float[] b, int[] shapeB, bool transposeA, bool transposeB, out int[] shape)
    {
        int rank = Math.Max(shapeA.Length, shapeB.Length);
        int[] pa = Pad(shapeA, rank);
        int[] pb = Pad(shapeB, rank);
        int m = transposeA ? pa[rank - 1] : pa[rank - 2];
        int k = transposeA ? pa[rank - 2] : pa[rank - 1];
        int n = transposeB ? pb[rank - 2] : pb[rank - 1];
        shape = new int[rank];
        for (int i = 0; i < rank - 2; i++)
        {
            shape[i] = Math.Max(pa[i], pb[i]);
        }

        shape[rank - 2] = m;
        shape[rank - 1] = n;
        int batches = 1;
        for (int i = 0; i < rank - 2; i++)
        {
            batches *= shape[i];
        }

        var y = new double[batches * m * n];
        var index = new int[rank - 2];
        for (int batch = 0; batch < batches; batch++)
        {
            int rest = batch;
            for (int i = rank - 3; i >= 0; i--)
            {
                index[i] = rest % shape[i];
                rest /= shape[i];
            }

            int offsetA = MatrixOffset(pa, index);
            int offsetB = MatrixOffset(pb, index);
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double sum = 0;
                    for (int kk = 0; kk < k; kk++)
                    {
                        double av = transposeA ? a[offsetA + (kk * pa[rank - 1]) + i] : a[offsetA + (i * pa[rank - 1]) + kk];
                        double bv = transposeB ? b[offsetB + (j * pb[rank - 1]) + kk] : b[offsetB + (kk * pb[rank - 1]) + j];
                        sum += av * bv;
                    }

                    y[(batch * m * n) + (i * n) + j] = sum;
                }
            }
        }

        return y;
    }

    /// <summary>y[r, c] = W[c, index_r] + b[c]; W row-major [size, vocabulary].</summary>
    public static double[] Embedding(float[] indices, float[] weights, float[]? bias, int vocabulary, int size)
    {
        var y = new double[indices.Length * size];
        for (int r = 0; r < indices.Length; r++)
        {
            int index = (int)indices[r];
            for (int c = 0; c < size; c++)
            {
                y[(r * size) + c] = (double)weights[(c * vocabulary) + index] + (bias is null ? 0 : bias[c]);
            }
        }

        return y;
    }

    private static int[] Pad(int[] shape, int rank)
    {
        var padded = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int source = i - (rank - shape.Length);
            padded[i] = source >= 0 ? shape[source] : 1;
        }

        return padded;
    }

    // The flat offset of the matrix at a broadcast batch index (dimensions of size 1 repeat).
    private static int MatrixOffset(int[] shape, int[] index)
    {
        int rank = shape.Length;
        int offset = 0;
        for (int i = 0; i < rank - 2; i++)
        {
            offset = (offset * shape[i]) + (shape[i] == 1 ? 0 : index[i]);
        }

        return offset * shape[rank - 2] * shape[rank - 1];
    }
}
