using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Softmax along one axis of a row-major array seen as [outer, length, inner]. The maximum along the axis is
/// subtracted first so large inputs do not overflow; a NaN anywhere along the axis makes that slice NaN.
/// </summary>
internal static class AxisSoftmax
{
    /// <param name="x">The input, outer · length · inner values.</param>
    /// <param name="y">The output, same size (may be <paramref name="x"/>).</param>
    /// <param name="maxima">Scratch of at least <paramref name="inner"/> values (unused when inner is 1).</param>
    /// <param name="sums">Scratch of at least <paramref name="inner"/> values (unused when inner is 1).</param>
    public static void Apply(ReadOnlySpan<float> x, Span<float> y, int outer, int length, int inner, Span<float> maxima, Span<float> sums)
    {
        if (y.Length == 0)
        {
            return;
        }

        if (inner == 1)
        {
            for (int o = 0; o < outer; o++)
            {
                Contiguous(x.Slice(o * length, length), y.Slice(o * length, length));
            }

            return;
        }

        // Strided axis: work on whole rows of `inner` values at a time so every step is a vector operation.
        maxima = maxima.Slice(0, inner);
        sums = sums.Slice(0, inner);
        int block = length * inner;
        for (int o = 0; o < outer; o++)
        {
            ReadOnlySpan<float> xs = x.Slice(o * block, block);
            Span<float> ys = y.Slice(o * block, block);
            xs.Slice(0, inner).CopyTo(maxima);
            for (int k = 1; k < length; k++)
            {
                TensorPrimitives.Max(maxima, xs.Slice(k * inner, inner), maxima);
            }

            sums.Clear();
            for (int k = 0; k < length; k++)
            {
                Span<float> row = ys.Slice(k * inner, inner);
                TensorPrimitives.Subtract(xs.Slice(k * inner, inner), maxima, row);
                TensorPrimitives.Exp(row, row);
                TensorPrimitives.Add(sums, row, sums);
            }

            for (int k = 0; k < length; k++)
            {
                Span<float> row = ys.Slice(k * inner, inner);
                TensorPrimitives.Divide(row, sums, row);
            }
        }
    }

    private static void Contiguous(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = TensorPrimitives.Max(x);
        TensorPrimitives.Subtract(x, max, y);
        TensorPrimitives.Exp(y, y);
        float sum = TensorPrimitives.Sum(y);
        TensorPrimitives.Divide(y, sum, y);
    }
}
