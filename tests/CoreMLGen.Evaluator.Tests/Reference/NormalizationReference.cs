using System;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Float64 batchnorm, l2normalize and mvn over [.., C, H, W] (leading axes are batch).</summary>
internal static class NormalizationReference
{
    public static double[] Batchnorm(double[] x, int[] shape, double[] gamma, double[] beta, double[]? mean, double[]? variance, double epsilon, bool instance)
    {
        (int batch, int channels, int plane) = Split(shape);
        var y = new double[x.Length];
        for (int c = 0; c < channels; c++)
        {
            for (int n = 0; n < batch; n++)
            {
                double mu, sigma2;
                if (mean is not null && variance is not null)
                {
                    (mu, sigma2) = (mean[c], variance[c]);
                }
                else
                {
                    int[] indices = instance
                        ? Enumerable.Range(0, plane).Select(p => (n * channels + c) * plane + p).ToArray()
                        : Enumerable.Range(0, batch).SelectMany(b => Enumerable.Range(0, plane).Select(p => (b * channels + c) * plane + p)).ToArray();
                    mu = indices.Average(i => x[i]);
                    sigma2 = indices.Average(i => (x[i] - mu) * (x[i] - mu));
                }

                for (int p = 0; p < plane; p++)
                {
                    int i = (n * channels + c) * plane + p;
                    y[i] = gamma[c] * (x[i] - mu) / Math.Sqrt(sigma2 + epsilon) + beta[c];
                }
            }
        }

        return y;
    }

    public static double[] L2Normalize(double[] x, int[] shape, double epsilon)
    {
        (int batch, int channels, int plane) = Split(shape);
        int block = channels * plane;
        var y = new double[x.Length];
        for (int n = 0; n < batch; n++)
        {
            double norm = Math.Sqrt(Enumerable.Range(n * block, block).Sum(i => x[i] * x[i]) + epsilon);
            for (int i = n * block; i < (n + 1) * block; i++)
            {
                y[i] = x[i] / norm;
            }
        }

        return y;
    }

    public static double[] Mvn(double[] x, int[] shape, bool acrossChannels, bool normalizeVariance, double epsilon)
    {
        (_, int channels, int plane) = Split(shape);
        int group = acrossChannels ? channels * plane : plane;
        var y = new double[x.Length];
        for (int start = 0; start < x.Length; start += group)
        {
            double mu = Enumerable.Range(start, group).Average(i => x[i]);
            double sigma2 = Enumerable.Range(start, group).Average(i => (x[i] - mu) * (x[i] - mu));
            for (int i = start; i < start + group; i++)
            {
                y[i] = normalizeVariance ? (x[i] - mu) / Math.Sqrt(sigma2 + epsilon) : x[i] - mu;
            }
        }

        return y;
    }

    private static (int Batch, int Channels, int Plane) Split(int[] shape)
    {
        int rank = shape.Length;
        return (shape.Take(rank - 3).Aggregate(1, (p, d) => p * d), shape[rank - 3], shape[rank - 2] * shape[rank - 1]);
    }
}
