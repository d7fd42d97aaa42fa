using System;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Recurrent;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Linear;

public sealed class InnerProductTests
{
    private static NeuralNetworkLayer Dense(Random random, int inputs, int outputs, bool hasBias, WeightFormat format, out float[] w, out float[]? b)
    {
        var p = new InnerProductLayerParams
        {
            InputChannels = (ulong)inputs,
            OutputChannels = (ulong)outputs,
            HasBias = hasBias,
            Weights = WeightEncoding.Random(random, outputs, inputs, format, 1, out w),
        };
        p.Bias = WeightEncoding.Optional(random, hasBias, outputs, format, out b);

        return RecurrentSpecs.Layer("dense", new[] { "x" }, new[] { "y" }, l => l.InnerProduct = p);
    }

    [Theory]
    [InlineData(1, true, WeightFormat.Float32)]
    [InlineData(2, false, WeightFormat.Float32)]
    [InlineData(3, true, WeightFormat.Float16)]
    [InlineData(4, true, WeightFormat.Linear8)]
    [InlineData(5, false, WeightFormat.Lut4)]
    public void Rank5_flattens_chw_per_sequence_and_batch(int seed, bool hasBias, WeightFormat format)
    {
        var random = new Random(seed);
        int s = random.Next(1, 4), b = random.Next(1, 3), c = random.Next(1, 9), h = random.Next(1, 3), w = random.Next(1, 3), outputs = random.Next(1, 40);
        NeuralNetworkLayer layer = Dense(random, c * h * w, outputs, hasBias, format, out float[] weights, out float[]? bias);
        Blob x = KernelHarness.Random(random, 1, s, b, c, h, w);
        Blob[] y = KernelHarness.Run(layer, false, x);
        y[0].Shape.ShouldBe(new[] { s, b, outputs, 1, 1 });
        KernelHarness.AssertClose(LinearReference.Dense(x.Data, s * b, c * h * w, weights, bias, outputs), y[0]);
    }

    [Theory]
    [InlineData(11, new[] { 7 }, 1, 7, new[] { 5 })]
    [InlineData(12, new[] { 3, 7 }, 3, 7, new[] { 3, 5 })]
    [InlineData(13, new[] { 2, 3, 7 }, 6, 7, new[] { 2, 3, 5 })]
    [InlineData(14, new[] { 4, 7, 1, 1 }, 4, 7, new[] { 4, 5, 1, 1 })]
    [InlineData(15, new[] { 2, 1, 7, 1, 1 }, 2, 7, new[] { 2, 1, 5, 1, 1 })]
    public void Nd_ranks_follow_the_spec(int seed, int[] shape, int rows, int inputs, int[] expectedShape)
    {
        var random = new Random(seed);
        NeuralNetworkLayer layer = Dense(random, inputs, 5, true, WeightFormat.Float32, out float[] weights, out float[]? bias);
        Blob x = KernelHarness.Random(random, 1, shape);
        Blob[] y = KernelHarness.Run(layer, true, x);
        y[0].Shape.ShouldBe(expectedShape);
        KernelHarness.AssertClose(LinearReference.Dense(x.Data, rows, inputs, weights, bias, 5), y[0]);
    }

    [Fact]
    public void Bad_parameters_and_shapes_are_reported()
    {
        var random = new Random(20);
        NeuralNetworkLayer truncated = Dense(random, 4, 3, true, WeightFormat.Float32, out _, out _);
        truncated.InnerProduct.Weights = WeightEncoding.Truncated(12);
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(truncated));
        error.LayerName.ShouldBe("dense");
        error.Message.ShouldContain("weights");

        NeuralNetworkLayer quantized = Dense(random, 4, 3, true, WeightFormat.Float32, out _, out _);
        quantized.InnerProduct.Int8DynamicQuantize = true;
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(quantized)).Message.ShouldContain("int8DynamicQuantize");

        NeuralNetworkLayer missingBias = Dense(random, 4, 3, false, WeightFormat.Float32, out _, out _);
        missingBias.InnerProduct.HasBias = true;
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(missingBias)).Message.ShouldContain("bias");

        var kernel = KernelHarness.Build(Dense(random, 4, 3, true, WeightFormat.Float32, out _, out _));
        var shapeError = Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 5, 1, 1 } }));
        shapeError.ShouldNotBeOfType<ModelLoadException>();
        shapeError.Message.ShouldContain("dense");
    }
}
