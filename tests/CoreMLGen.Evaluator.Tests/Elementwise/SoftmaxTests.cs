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

public sealed class SoftmaxTests
{
    public static IEnumerable<object[]> SeedsAndModes() => from seed in Seeds from nd in new[] { false, true } select new object[] { seed, nd };

    [Theory]
    [MemberData(nameof(SeedsAndModes))]
    public void SoftmaxNormalisesTheChannelAxis(int seed, bool nd)
    {
        var random = new Random(seed);
        int[] shape = RandomShape(random, nd, minRank: 3);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -5, 5);
        double[] expected = SoftmaxReference.Apply(x, shape, -3);
        RunAndCompare(Layer("softmax", l => l.Softmax = new SoftmaxLayerParams()), nd, expected, shape, "softmax seed " + seed, BlobOf(shape, x));
    }

    [Theory]
    [MemberData(nameof(SeedsAndModes))]
    public void SoftmaxNdNormalisesAnyAxis(int seed, bool negative)
    {
        var random = new Random(seed);
        int[] shape = RandomShape(random, nd: true);
        int axis = random.Next(shape.Length) - (negative ? shape.Length : 0);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -5, 5);
        double[] expected = SoftmaxReference.Apply(x, shape, axis);
        RunAndCompare(Layer("softmaxND", l => l.SoftmaxND = new SoftmaxNDLayerParams { Axis = axis }), true, expected, shape, "softmaxND axis " + axis, BlobOf(shape, x));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void LargeInputsDoNotOverflow(int axis)
    {
        int[] shape = { 3, 3 };
        double[] x = { 1000, 999, -1000, 500, 502, 501, 88, 89, 90 };
        double[] expected = SoftmaxReference.Apply(x, shape, axis);
        RunAndCompare(Layer("softmaxND", l => l.SoftmaxND = new SoftmaxNDLayerParams { Axis = axis }), true, expected, shape, "large", BlobOf(shape, x));
    }

    [Fact]
    public void AnAxisOutOfRangeIsAShapeError()
    {
        var kernel = KernelHarness.Build(Layer("sm", l => l.SoftmaxND = new SoftmaxNDLayerParams { Axis = 3 }), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 2, 3 } })).Message.ShouldContain("'sm'");
    }

    [Fact]
    public void TheLegacySoftmaxNeedsRank3()
    {
        var kernel = KernelHarness.Build(Layer("sm", l => l.Softmax = new SoftmaxLayerParams()), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 2, 3 } })).Message.ShouldContain("rank 3");
    }
}
