using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Normalisation math: mean and (population) variance of a group of values (accumulated in double, in two passes for
/// accuracy), the affine map that applies them, and L2 normalisation.
/// </summary>
internal static class GroupStatistics
{
    /// <summary>Mean and variance of the values at <c>start + k·stride + j</c> for k &lt; runs and j &lt; runLength.</summary>
    public static (double Mean, double Variance) Of(ReadOnlySpan<float> x, int start, int runs, int stride, int runLength)
    {
        double sum = 0;
        for (int k = 0; k < runs; k++)
        {
            ReadOnlySpan<float> run = x.Slice(start + k * stride, runLength);
            for (int j = 0; j < run.Length; j++)
            {
                sum += run[j];
            }
        }

        long count = (long)runs * runLength;
        double mean = count == 0 ? 0 : sum / count;
        double squares = 0;
        for (int k = 0; k < runs; k++)
        {
            ReadOnlySpan<float> run = x.Slice(start + k * stride, runLength);
            for (int j = 0; j < run.Length; j++)
            {
                double d = run[j] - mean;
                squares += d * d;
            }
        }

        return (mean, count == 0 ? 0 : squares / count);
    }

    /// <summary>y = x·scale + shift over the same runs.</summary>
    public static void Affine(ReadOnlySpan<float> x, Span<float> y, int start, int runs, int stride, int runLength, float scale, float shift)
    {
        for (int k = 0; k < runs; k++)
        {
            int offset = start + k * stride;
            Span<float> target = y.Slice(offset, runLength);
            System.Numerics.Tensors.TensorPrimitives.Multiply(x.Slice(offset, runLength), scale, target);
            System.Numerics.Tensors.TensorPrimitives.Add(target, shift, target);
        }
    }

    /// <summary>y = x / √(Σx² + ε) over the whole span (the sum in double).</summary>
    public static void L2Normalize(ReadOnlySpan<float> x, Span<float> y, double epsilon)
    {
        double squares = 0;
        foreach (float v in x)
        {
            squares += (double)v * v;
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(x, (float)(1.0 / Math.Sqrt(squares + epsilon)), y);
    }
}
