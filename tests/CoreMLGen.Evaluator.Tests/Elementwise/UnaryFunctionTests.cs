using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class UnaryFunctionTests
{
    public static IEnumerable<object[]> Cases() =>
        from op in Enum.GetValues<UnaryFunctionLayerParams.Types.Operation>() from seed in Seeds from nd in new[] { false, true }
        select new object[] { op, seed, nd };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheFloat64Formula(UnaryFunctionLayerParams.Types.Operation op, int seed, bool nd)
    {
        var random = new Random(seed);
        int[] shape = RandomShape(random, nd);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -1, 1);
        // Scale and shift keep scale·x + shift in [1, 5], where every function is defined.
        float scale = (float)(0.5 + random.NextDouble() * 1.5), shift = 3f, alpha = (float)(random.NextDouble() * 5 - 2), epsilon = (float)(random.NextDouble() * 0.1);
        var p = new UnaryFunctionLayerParams { Type = op, Alpha = alpha, Epsilon = epsilon, Shift = shift, Scale = scale };
        if (op == UnaryFunctionLayerParams.Types.Operation.Threshold)
        {
            p.Alpha = alpha = (float)(1 + random.NextDouble() * 4);
        }

        double[] expected = x.Select(v => ElementwiseReference.Unary(Name(op), v, alpha, epsilon, shift, scale)).ToArray();
        RunAndCompare(Layer("unary", l => l.Unary = p), nd, expected, shape, op + " seed " + seed, BlobOf(shape, x));
    }

    [Theory]
    [InlineData(UnaryFunctionLayerParams.Types.Operation.Inverse)]
    [InlineData(UnaryFunctionLayerParams.Types.Operation.Rsqrt)]
    public void ZeroScaleMeansOneAndZeroEpsilonMeansOneMillionth(UnaryFunctionLayerParams.Types.Operation op)
    {
        int[] shape = { 4 };
        double[] x = { 0.5, 1, 2, 1e-3 };
        double[] expected = x.Select(v => ElementwiseReference.Unary(Name(op), v, 0, 1e-6, 0, 1)).ToArray();
        RunAndCompare(Layer("unary", l => l.Unary = new UnaryFunctionLayerParams { Type = op }), true, expected, shape, op.ToString(), BlobOf(shape, x));
    }

    private static string Name(UnaryFunctionLayerParams.Types.Operation op) => op.ToString().ToUpperInvariant();
}
