using System;
using System.Linq;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>softmax, layer_norm, batch_norm and instance_norm against float64 loops written here.</summary>
public sealed class NormalizationOpTests
{
    private static readonly int[] Shape = { 2, 3, 4, 5 };

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(0)]
    public void Softmax_normalises_along_its_axis(int axis)
    {
        float[] x = MilRun.Random(new Random(70), Shape).Select(v => v * 30).ToArray();
        var spec = new MilSpecBuilder().Input("x", Shape).Int("axis", axis).Op("softmax", "y", "x=x", "axis=axis").Output("y");
        int a = axis < 0 ? axis + 4 : axis;
        var expected = new double[x.Length];
        ForEachLine(a, (indices) =>
        {
            double max = indices.Max(i => (double)x[i]), sum = indices.Sum(i => Math.Exp(x[i] - max));
            foreach (int i in indices)
            {
                expected[i] = Math.Exp(x[i] - max) / sum;
            }
        });
        MilRun.AssertClose(expected, Shape, MilRun.Predict(spec, "y", ("x", x, Shape)));
    }

    [Theory]
    [InlineData(new[] { -1 })]
    [InlineData(new[] { 2, 3 })]
    public void Layer_norm_normalises_the_trailing_axes_with_gamma_and_beta(int[] axes)
    {
        var random = new Random(71);
        float[] x = MilRun.Random(random, Shape).Select(v => v * 3 + 1).ToArray();
        int size = axes.Length == 1 ? 5 : 20;
        float[] gamma = MilRun.Random(random, size), beta = MilRun.Random(random, size);
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("axes", axes).Const("g", gamma, axes.Length == 1 ? new[] { 5 } : new[] { 4, 5 })
            .Const("b", beta, axes.Length == 1 ? new[] { 5 } : new[] { 4, 5 }).Float("eps", 1e-3f)
            .Op("layer_norm", "y", "x=x", "axes=axes", "gamma=g", "beta=b", "epsilon=eps").Output("y");
        var expected = new double[x.Length];
        for (int g = 0; g < x.Length / size; g++)
        {
            double mean = Enumerable.Range(0, size).Average(k => (double)x[g * size + k]);
            double variance = Enumerable.Range(0, size).Average(k => Math.Pow(x[g * size + k] - mean, 2));
            for (int k = 0; k < size; k++)
            {
                expected[g * size + k] = (x[g * size + k] - mean) / Math.Sqrt(variance + 1e-3) * gamma[k] + beta[k];
            }
        }

        MilRun.AssertClose(expected, Shape, MilRun.Predict(spec, "y", ("x", x, Shape)), 2e-5);
    }

    [Fact]
    public void Batch_norm_applies_the_channel_statistics()
    {
        var random = new Random(72);
        float[] x = MilRun.Random(random, Shape);
        float[] mean = MilRun.Random(random, 3), variance = MilRun.Random(random, 3).Select(v => v + 1.5f).ToArray();
        float[] gamma = MilRun.Random(random, 3), beta = MilRun.Random(random, 3);
        var spec = new MilSpecBuilder().Input("x", Shape).Const("m", mean, 3).Const("v", variance, 3).Const("g", gamma, 3).Const("b", beta, 3).Float("eps", 1e-2f)
            .Op("batch_norm", "y", "x=x", "mean=m", "variance=v", "gamma=g", "beta=b", "epsilon=eps").Output("y");
        double[] expected = x.Select((v, i) =>
        {
            int c = i / 20 % 3;
            return (v - mean[c]) / Math.Sqrt(variance[c] + 1e-2) * gamma[c] + beta[c];
        }).ToArray();
        MilRun.AssertClose(expected, Shape, MilRun.Predict(spec, "y", ("x", x, Shape)));
    }

    [Fact]
    public void Instance_norm_normalises_each_channel_of_each_sample()
    {
        var random = new Random(73);
        float[] x = MilRun.Random(random, Shape).Select(v => v * 2 - 0.5f).ToArray();
        float[] gamma = MilRun.Random(random, 3), beta = MilRun.Random(random, 3);
        var spec = new MilSpecBuilder().Input("x", Shape).Const("g", gamma, 3).Const("b", beta, 3).Float("eps", 1e-5f)
            .Op("instance_norm", "y", "x=x", "gamma=g", "beta=b", "epsilon=eps").Output("y");
        var expected = new double[x.Length];
        for (int plane = 0; plane < 6; plane++)
        {
            double mean = Enumerable.Range(0, 20).Average(k => (double)x[plane * 20 + k]);
            double variance = Enumerable.Range(0, 20).Average(k => Math.Pow(x[plane * 20 + k] - mean, 2));
            for (int k = 0; k < 20; k++)
            {
                expected[plane * 20 + k] = (x[plane * 20 + k] - mean) / Math.Sqrt(variance + 1e-5) * gamma[plane % 3] + beta[plane % 3];
            }
        }

        MilRun.AssertClose(expected, Shape, MilRun.Predict(spec, "y", ("x", x, Shape)), 2e-5);
    }

    // Calls back with the flat indices of every line along `axis` of Shape.
    private static void ForEachLine(int axis, Action<int[]> line)
    {
        int inner = Shape.Skip(axis + 1).Aggregate(1, (p, d) => p * d), length = Shape[axis], outer = Shape.Take(axis).Aggregate(1, (p, d) => p * d);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                line(Enumerable.Range(0, length).Select(k => (o * length + k) * inner + i).ToArray());
            }
        }
    }
}
