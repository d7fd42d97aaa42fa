using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>Every reduce_* op over axis sets, with and without keep_dims, against float64 folds written here.</summary>
public sealed class ReductionOpTests
{
    private static readonly int[] Shape = { 2, 3, 4 };

    [Theory]
    [InlineData("reduce_sum", new[] { 1 }, false)]
    [InlineData("reduce_mean", new[] { 0, 2 }, true)]
    [InlineData("reduce_max", new[] { -1 }, false)]
    [InlineData("reduce_min", new[] { 0 }, true)]
    [InlineData("reduce_prod", new[] { 2 }, false)]
    [InlineData("reduce_l1_norm", new[] { 1, 2 }, false)]
    [InlineData("reduce_l2_norm", new[] { 0, 1, 2 }, true)]
    [InlineData("reduce_sum_square", new[] { 1 }, true)]
    [InlineData("reduce_log_sum_exp", new[] { 2 }, false)]
    [InlineData("reduce_sum", null, false)]
    public void Reduction_folds_the_chosen_axes(string op, int[]? axes, bool keepDims)
    {
        float[] x = MilRun.Random(new Random(80), Shape).Select(v => v * 2).ToArray();
        var spec = new MilSpecBuilder().Input("x", Shape).Bool("keep", keepDims);
        if (axes is null)
        {
            spec.Op(op, "y", "x=x", "keep_dims=keep");
        }
        else
        {
            spec.Ints("axes", axes).Op(op, "y", "x=x", "axes=axes", "keep_dims=keep");
        }

        spec.Output("y");
        bool[] reduced = Enumerable.Range(0, 3).Select(d => axes is null || axes.Any(a => (a + 3) % 3 == d)).ToArray();
        int[] kept = Shape.Select((d, i) => reduced[i] ? 1 : d).ToArray();
        var groups = new Dictionary<int, List<double>>();
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                for (int k = 0; k < 4; k++)
                {
                    int key = ((reduced[0] ? 0 : i) * kept[1] + (reduced[1] ? 0 : j)) * kept[2] + (reduced[2] ? 0 : k);
                    if (!groups.TryGetValue(key, out List<double>? values))
                    {
                        groups[key] = values = new List<double>();
                    }

                    values.Add(x[(i * 3 + j) * 4 + k]);
                }
            }
        }

        double[] expected = groups.OrderBy(g => g.Key).Select(g => Fold(op, g.Value)).ToArray();
        int[] outShape = keepDims ? kept : Shape.Where((d, i) => !reduced[i]).ToArray();
        MilRun.AssertClose(expected, outShape, MilRun.Predict(spec, "y", ("x", x, Shape)));
    }

    [Theory]
    [InlineData("reduce_argmax", 1, false)]
    [InlineData("reduce_argmin", -1, true)]
    [InlineData("reduce_argmax", 0, true)]
    public void Arg_reductions_give_the_first_extreme_index(string op, int axis, bool keepDims)
    {
        // Rounded values so that ties occur: the earlier index wins.
        float[] x = MilRun.Random(new Random(81), Shape).Select(v => MathF.Round(v * 2) / 2).ToArray();
        var spec = new MilSpecBuilder().Input("x", Shape).Int("axis", axis).Bool("keep", keepDims)
            .Op(op, "y", "x=x", "axis=axis", "keep_dims=keep").Output("y");
        int a = (axis + 3) % 3, length = Shape[a], inner = Shape.Skip(a + 1).Aggregate(1, (p, d) => p * d), outer = 24 / length / inner;
        var expected = new double[outer * inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int best = 0;
                for (int k = 1; k < length; k++)
                {
                    float v = x[(o * length + k) * inner + i], b = x[(o * length + best) * inner + i];
                    if (op == "reduce_argmax" ? v > b : v < b)
                    {
                        best = k;
                    }
                }

                expected[o * inner + i] = best;
            }
        }

        int[] outShape = keepDims ? Shape.Select((d, i) => i == a ? 1 : d).ToArray() : Shape.Where((d, i) => i != a).ToArray();
        MilRun.AssertClose(expected, outShape, MilRun.Predict(spec, "y", ("x", x, Shape)));
    }

    private static double Fold(string op, List<double> v) => op switch
    {
        "reduce_sum" => v.Sum(),
        "reduce_mean" => v.Average(),
        "reduce_max" => v.Max(),
        "reduce_min" => v.Min(),
        "reduce_prod" => v.Aggregate(1.0, (p, q) => p * q),
        "reduce_l1_norm" => v.Sum(Math.Abs),
        "reduce_l2_norm" => Math.Sqrt(v.Sum(q => q * q)),
        "reduce_sum_square" => v.Sum(q => q * q),
        "reduce_log_sum_exp" => Math.Log(v.Sum(Math.Exp)),
        _ => throw new ArgumentException(op),
    };
}
