using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class BroadcastTests
{
    private static readonly int[][][] NdShapePairs =
    {
        new[] { new[] { 2, 3, 4 }, new[] { 2, 3, 4 } },
        new[] { new[] { 2, 3, 4 }, new[] { 4 } },
        new[] { new[] { 4 }, new[] { 2, 3, 4 } },
        new[] { new[] { 2, 1, 4 }, new[] { 3, 1 } },
        new[] { new[] { 1 }, new[] { 2, 5 } },
        new[] { new[] { 3, 1, 2, 1, 5 }, new[] { 1, 4, 1, 3, 1 } },
        new[] { new[] { 5, 1 }, new[] { 1, 1 } },
        new[] { new[] { 1, 7 }, new[] { 6, 1 } },
    };

    public static IEnumerable<object[]> NdCases() =>
        from op in new[] { "add", "subtract", "multiply", "divide", "max", "min", "pow", "mod", "floorDiv" }
        from pair in Enumerable.Range(0, NdShapePairs.Length)
        select new object[] { op, pair };

    [Theory]
    [MemberData(nameof(NdCases))]
    public void BroadcastableLayersFollowNumpy(string op, int pair)
    {
        var random = new Random(pair * 31 + op.Length);
        int[] aShape = NdShapePairs[pair][0], bShape = NdShapePairs[pair][1];
        // Positive bases for pow, denominators away from 0 for divide.
        double[] a = op == "pow" ? RandomValues(random, Count(aShape), 0.5, 2) : RandomValues(random, Count(aShape), -3, 3);
        double[] b = op is "divide" or "mod" or "floorDiv"
            ? RandomValues(random, Count(bShape), 0.5, 2).Select(v => random.Next(2) == 0 ? v : -v).ToArray()
            : op == "pow" ? RandomValues(random, Count(bShape), -2, 2) : RandomValues(random, Count(bShape), -3, 3);
        double[] expected = ElementwiseReference.Fold(op, new[] { a, b }, new[] { aShape, bShape }, out int[] outShape);
        RunAndCompare(NdLayer(op), true, expected, outShape, op + " pair " + pair, BlobOf(aShape, a), BlobOf(bShape, b));
    }

    [Theory]
    [InlineData("mod", -7, 3, 2)]
    [InlineData("mod", 7, -3, -2)]
    [InlineData("mod", 7.5, 2, 1.5)]
    [InlineData("floorDiv", -7, 2, -4)]
    [InlineData("floorDiv", 7, 2, 3)]
    public void ModAndFloorDivRoundTowardsNegativeInfinityLikePython(string op, double a, double b, double expected)
    {
        RunAndCompare(NdLayer(op), true, new[] { expected }, new[] { 1 }, op, BlobOf(new[] { 1 }, new[] { a }), BlobOf(new[] { 1 }, new[] { b }));
    }

    public static IEnumerable<object[]> LegacyCases() =>
        from op in new[] { "add", "multiply", "average", "max", "min" } from seed in Seeds select new object[] { op, seed };

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void LegacyLayersBroadcastTheRank5Forms(string op, int seed)
    {
        var random = new Random(seed);
        int s = random.Next(1, 3), c = random.Next(1, 5), h = random.Next(1, 5), w = random.Next(1, 5);
        int[][] candidates = { new[] { s, 1, c, h, w }, new[] { s, 1, c, 1, 1 }, new[] { s, 1, 1, h, w }, new[] { 1, 1, 1, 1, 1 } };
        int inputs = random.Next(2, 5);
        int[][] shapes = Enumerable.Range(0, inputs).Select(i => i == 0 ? candidates[0] : candidates[random.Next(candidates.Length)]).ToArray();
        double[][] values = shapes.Select(shape => RandomValues(random, Count(shape), -3, 3)).ToArray();
        double[] expected = ElementwiseReference.Fold(op == "average" ? "add" : op, values, shapes, out int[] outShape);
        if (op == "average")
        {
            expected = expected.Select(v => v / inputs).ToArray();
        }

        string[] names = Enumerable.Range(0, inputs).Select(i => "x" + i).ToArray();
        RunAndCompare(LegacyLayer(op, names), false, expected, outShape, op + " seed " + seed, shapes.Select((shape, i) => BlobOf(shape, values[i])).ToArray());
    }

    [Theory]
    [InlineData("add", 2.5)]
    [InlineData("multiply", -0.75)]
    public void OneInputUsesTheAlphaConstant(string op, double alpha)
    {
        int[] shape = { 1, 1, 3, 2, 2 };
        double[] x = RandomValues(new Random(3), 12, -2, 2);
        double[] expected = x.Select(v => op == "add" ? v + alpha : v * alpha).ToArray();
        NeuralNetworkLayer layer = op == "add"
            ? Layer("add", l => l.Add = new AddLayerParams { Alpha = (float)alpha })
            : Layer("mul", l => l.Multiply = new MultiplyLayerParams { Alpha = (float)alpha });
        RunAndCompare(layer, false, expected, shape, op, BlobOf(shape, x));
    }

    [Theory]
    [InlineData("average")]
    [InlineData("max")]
    [InlineData("min")]
    public void OneInputIsCopied(string op)
    {
        int[] shape = { 2, 3 };
        double[] x = RandomValues(new Random(9), 6, -2, 2);
        RunAndCompare(LegacyLayer(op, new[] { "x" }), true, x, shape, op, BlobOf(shape, x));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("pow")]
    public void MismatchedShapesAreAShapeErrorNamingTheLayer(string op)
    {
        var kernel = KernelHarness.Build(NdLayer(op), nd: true);
        var error = Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 2, 3 }, new[] { 4 } }));
        error.Message.ShouldContain("'" + op + "Layer'");
        error.Message.ShouldContain("broadcast");
    }

    [Fact]
    public void ABroadcastableLayerNeedsTwoInputs()
    {
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("addLayer", l => l.AddBroadcastable = new AddBroadcastableLayerParams(), "a"), nd: true));
        error.LayerName.ShouldBe("addLayer");
    }

    internal static NeuralNetworkLayer NdLayer(string op, params string[] inputs)
    {
        string[] names = inputs.Length == 0 ? new[] { "a", "b" } : inputs;
        return Layer(op + "Layer", l =>
        {
            switch (op)
            {
                case "add": l.AddBroadcastable = new AddBroadcastableLayerParams(); break;
                case "subtract": l.SubtractBroadcastable = new SubtractBroadcastableLayerParams(); break;
                case "multiply": l.MultiplyBroadcastable = new MultiplyBroadcastableLayerParams(); break;
                case "divide": l.DivideBroadcastable = new DivideBroadcastableLayerParams(); break;
                case "max": l.MaxBroadcastable = new MaxBroadcastableLayerParams(); break;
                case "min": l.MinBroadcastable = new MinBroadcastableLayerParams(); break;
                case "mod": l.ModBroadcastable = new ModBroadcastableLayerParams(); break;
                case "floorDiv": l.FloorDivBroadcastable = new FloorDivBroadcastableLayerParams(); break;
                default: l.PowBroadcastable = new PowBroadcastableLayerParams(); break;
            }
        }, names);
    }

    internal static NeuralNetworkLayer LegacyLayer(string op, string[] inputs) => Layer(op + "Layer", l =>
    {
        switch (op)
        {
            case "add": l.Add = new AddLayerParams(); break;
            case "multiply": l.Multiply = new MultiplyLayerParams(); break;
            case "average": l.Average = new AverageLayerParams(); break;
            case "max": l.Max = new MaxLayerParams(); break;
            default: l.Min = new MinLayerParams(); break;
        }
    }, inputs);

    private static int Count(int[] shape) => shape.Aggregate(1, (p, d) => p * d);
}
