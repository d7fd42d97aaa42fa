using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>Copies a strided view of one buffer into a strided region of another (transpose, slices, concat, split).</summary>
internal static class TensorCopy
{
    /// <summary>For every index i of <paramref name="shape"/>: target[to + Σ i·targetStrides] = source[from + Σ i·sourceStrides].</summary>
    public static void Run(float[] source, int from, int[] sourceStrides, float[] target, int to, int[] targetStrides, int[] shape)
    {
        int rank = shape.Length;
        if (rank == 0)
        {
            target[to] = source[from];
            return;
        }

        foreach (int dimension in shape)
        {
            if (dimension == 0)
            {
                return;
            }
        }

        int inner = shape[rank - 1], si = sourceStrides[rank - 1], ti = targetStrides[rank - 1];
        var index = new int[rank];
        int s = from, t = to;
        while (true)
        {
            for (int j = 0; j < inner; j++)
            {
                target[t + j * ti] = source[s + j * si];
            }

            int d = rank - 2;
            for (; d >= 0; d--)
            {
                index[d]++;
                s += sourceStrides[d];
                t += targetStrides[d];
                if (index[d] < shape[d])
                {
                    break;
                }

                s -= sourceStrides[d] * shape[d];
                t -= targetStrides[d] * shape[d];
                index[d] = 0;
            }

            if (d < 0)
            {
                return;
            }
        }
    }

    /// <summary>Row-major strides (every dimension, including those of size 1).</summary>
    public static int[] Strides(int[] shape) => ShapeMath.Strides(shape);
}
