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

public sealed class ScaleBiasTests
{
    public static IEnumerable<object[]> Cases() =>
        from scaleForm in new[] { "1", "C", "1HW", "CHW" } from biasForm in new[] { "none", "1", "C", "1HW", "CHW" } from nd in new[] { false, true }
        select new object[] { scaleForm, biasForm, nd };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScaleMultipliesAndAddsTheBroadcastConstants(string scaleForm, string biasForm, bool nd)
    {
        var random = new Random(scaleForm.Length * 10 + biasForm.Length + (nd ? 100 : 0));
        int[] shape = RandomShape(random, nd, minRank: 3);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -3, 3);
        int[] scaleShape = Form(scaleForm, shape);
        double[] scale = RandomValues(random, scaleShape.Aggregate(1, (p, d) => p * d), -2, 2);
        var p = new ScaleLayerParams { Scale = Weights(scale), HasBias = biasForm != "none" };
        p.ShapeScale.Add(scaleShape.Select(d => (ulong)d));
        double[] expected = ElementwiseReference.Fold("multiply", new[] { x, scale }, new[] { shape, Aligned(scaleShape) }, out _);
        if (biasForm != "none")
        {
            int[] biasShape = Form(biasForm, shape);
            double[] bias = RandomValues(random, biasShape.Aggregate(1, (q, d) => q * d), -2, 2);
            p.Bias = Weights(bias);
            p.ShapeBias.Add(biasShape.Select(d => (ulong)d));
            expected = ElementwiseReference.Fold("add", new[] { expected, bias }, new[] { shape, Aligned(biasShape) }, out _);
        }

        RunAndCompare(Layer("scale", l => l.Scale = p), nd, expected, shape, "scale " + scaleForm + " bias " + biasForm, BlobOf(shape, x));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("C")]
    [InlineData("1HW")]
    [InlineData("CHW")]
    public void BiasAddsTheBroadcastConstant(string form)
    {
        var random = new Random(form.Length);
        int[] shape = { 2, 1, 3, 4, 2 };
        double[] x = RandomValues(random, 48, -3, 3);
        int[] biasShape = Form(form, shape);
        double[] bias = RandomValues(random, biasShape.Aggregate(1, (p, d) => p * d), -2, 2);
        var p = new BiasLayerParams { Bias = Weights(bias) };
        p.Shape.Add(biasShape.Select(d => (ulong)d));
        double[] expected = ElementwiseReference.Fold("add", new[] { x, bias }, new[] { shape, Aligned(biasShape) }, out _);
        RunAndCompare(Layer("bias", l => l.Bias = p), false, expected, shape, "bias " + form, BlobOf(shape, x));
    }

    [Fact]
    public void AConstantThatDoesNotFitTheInputIsAShapeError()
    {
        var p = new BiasLayerParams { Bias = Weights(new double[] { 1, 2, 3 }) };
        p.Shape.Add(3);
        var kernel = KernelHarness.Build(Layer("bias", l => l.Bias = p));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 4, 2, 2 } })).Message.ShouldContain("'bias'");
    }

    private static int[] Form(string form, int[] shape) => form switch
    {
        "1" => new[] { 1 },
        "C" => new[] { shape[^3] },
        "1HW" => new[] { 1, shape[^2], shape[^1] },
        _ => new[] { shape[^3], shape[^2], shape[^1] },
    };

    // [C] lines up with axis -3, as the layer's documentation says.
    private static int[] Aligned(int[] constantShape) => constantShape.Length == 1 ? new[] { constantShape[0], 1, 1 } : constantShape;
}
