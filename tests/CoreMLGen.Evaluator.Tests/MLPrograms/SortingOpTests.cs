using System;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>topk, argsort and band_part against loops written here; ties keep the lower index first.</summary>
public sealed class SortingOpTests
{
    [Theory]
    [InlineData(0, 2, false)]
    [InlineData(1, 3, true)]
    [InlineData(-1, 4, false)]
    [InlineData(2, 1, true)]
    public void Topk_returns_the_k_extreme_values_and_their_indices(int axis, int k, bool ascending)
    {
        int[] shape = { 3, 4, 5 };
        // Values rounded to tenths so that ties occur.
        float[] x = MilRun.Random(new Random(60), shape).Select(v => MathF.Round(v * 5) / 5).ToArray();
        var spec = new MilSpecBuilder().Input("x", shape).Int("axis", axis).Int("k", k).Bool("asc", ascending)
            .Op("topk", new[] { "v", "i" }, "x=x", "axis=axis", "k=k", "ascending=asc").Output("v").Output("i");
        (double[] values, double[] indices, int[] outShape) = Sorted(x, shape, axis < 0 ? axis + 3 : axis, k, ascending);
        var outputs = MilRun.PredictMany(spec, new[] { "v", "i" }, ("x", x, shape));
        MilRun.AssertClose(values, outShape, outputs["v"]);
        MilRun.AssertClose(indices, outShape, outputs["i"]);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public void Argsort_orders_every_line_stably(int axis, bool ascending)
    {
        int[] shape = { 4, 6 };
        float[] x = MilRun.Random(new Random(61), shape).Select(v => MathF.Round(v * 3) / 3).ToArray();
        var spec = new MilSpecBuilder().Input("x", shape).Int("axis", axis).Bool("asc", ascending)
            .Op("argsort", "i", "x=x", "axis=axis", "ascending=asc").Output("i");
        (_, double[] indices, int[] outShape) = Sorted(x, shape, axis, shape[axis], ascending);
        MilRun.AssertClose(indices, outShape, MilRun.Predict(spec, "i", ("x", x, shape)));
    }

    [Fact]
    public void Topk_with_k_past_the_axis_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2, 3 }).Int("k", 4).Op("topk", new[] { "v", "i" }, "x=x", "k=k").Output("v").Output("i");
        Assert.Contains("its k 4", Assert.Throws<ModelLoadException>(() => spec.Load()).Message);
    }

    [Theory]
    [InlineData(-1, -1)]
    [InlineData(0, -1)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    public void Band_part_keeps_the_band_of_the_last_two_axes(int lower, int upper)
    {
        int[] shape = { 2, 4, 5 };
        float[] x = MilRun.Random(new Random(62), shape);
        var spec = new MilSpecBuilder().Input("x", shape).Int("lo", lower).Int("up", upper)
            .Op("band_part", "y", "x=x", "lower=lo", "upper=up").Output("y");
        var expected = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            int m = i / 5 % 4, n = i % 5;
            bool keep = (lower < 0 || m - n <= lower) && (upper < 0 || n - m <= upper);
            expected[i] = keep ? x[i] : 0;
        }

        MilRun.AssertClose(expected, shape, MilRun.Predict(spec, "y", ("x", x, shape)));
    }

    // Each line along the axis sorted by a plain insertion sort (stable), descending unless ascending.
    private static (double[] Values, double[] Indices, int[] Shape) Sorted(float[] x, int[] shape, int axis, int k, bool ascending)
    {
        int outer = shape.Take(axis).Aggregate(1, (p, d) => p * d), length = shape[axis], inner = shape.Skip(axis + 1).Aggregate(1, (p, d) => p * d);
        int[] outShape = (int[])shape.Clone();
        outShape[axis] = k;
        var values = new double[outer * k * inner];
        var indices = new double[values.Length];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                var order = new int[length];
                for (int j = 0; j < length; j++)
                {
                    int position = j;
                    double value = x[(o * length + j) * inner + i];
                    while (position > 0 && (ascending ? x[(o * length + order[position - 1]) * inner + i] > value : x[(o * length + order[position - 1]) * inner + i] < value))
                    {
                        order[position] = order[position - 1];
                        position--;
                    }

                    order[position] = j;
                }

                for (int j = 0; j < k; j++)
                {
                    values[(o * k + j) * inner + i] = x[(o * length + order[j]) * inner + i];
                    indices[(o * k + j) * inner + i] = order[j];
                }
            }
        }

        return (values, indices, outShape);
    }
}
