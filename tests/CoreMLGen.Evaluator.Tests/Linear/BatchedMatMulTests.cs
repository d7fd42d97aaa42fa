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

public sealed class BatchedMatMulTests
{
    [Theory]
    [InlineData(1, new[] { 3, 4 }, new[] { 4, 5 }, false, false)]
    [InlineData(2, new[] { 2, 3, 4 }, new[] { 4, 18 }, false, false)]
    [InlineData(3, new[] { 2, 1, 3, 4 }, new[] { 5, 4, 7 }, false, false)]
    [InlineData(4, new[] { 4, 3 }, new[] { 2, 5, 4 }, true, true)]
    [InlineData(5, new[] { 2, 7, 3 }, new[] { 2, 7, 9 }, true, false)]
    [InlineData(6, new[] { 1, 3, 8, 17 }, new[] { 2, 1, 20, 17 }, false, true)]
    public void Two_inputs_broadcast_and_transpose(int seed, int[] shapeA, int[] shapeB, bool transposeA, bool transposeB)
    {
        var random = new Random(seed);
        var p = new BatchedMatMulLayerParams { TransposeA = transposeA, TransposeB = transposeB };
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("mm", new[] { "a", "b" }, new[] { "y" }, l => l.BatchedMatmul = p);
        Blob a = KernelHarness.Random(random, 1, shapeA);
        Blob b = KernelHarness.Random(random, 1, shapeB);
        Blob[] y = KernelHarness.Run(layer, true, a, b);
        double[] expected = LinearReference.MatMul(a.Data, shapeA, b.Data, shapeB, transposeA, transposeB, out int[] shape);
        y[0].Shape.ShouldBe(shape);
        KernelHarness.AssertClose(expected, y[0]);
    }

    [Fact]
    public void Rank1_operands_are_promoted_and_the_output_keeps_rank_2()
    {
        var random = new Random(10);
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("mm", new[] { "a", "b" }, new[] { "y" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams());
        Blob a = KernelHarness.Random(random, 1, 6);
        Blob b = KernelHarness.Random(random, 1, 6);
        Blob[] y = KernelHarness.Run(layer, true, a, b);
        y[0].Shape.ShouldBe(new[] { 1, 1 });
        KernelHarness.AssertClose(LinearReference.MatMul(a.Data, new[] { 1, 6 }, b.Data, new[] { 6, 1 }, false, false, out _), y[0]);
    }

    [Theory]
    [InlineData(21, new[] { 11 }, true, WeightFormat.Float32)]
    [InlineData(22, new[] { 5, 11 }, false, WeightFormat.Float16)]
    [InlineData(23, new[] { 2, 3, 11 }, true, WeightFormat.Linear8)]
    [InlineData(24, new[] { 2, 3, 1, 5, 11 }, true, WeightFormat.Float32)]
    public void One_input_uses_the_weight_matrix_stored_transposed(int seed, int[] shape, bool hasBias, WeightFormat format)
    {
        var random = new Random(seed);
        int x1 = 11, x2 = 23;
        var p = new BatchedMatMulLayerParams
        {
            WeightMatrixFirstDimension = (ulong)x1,
            WeightMatrixSecondDimension = (ulong)x2,
            HasBias = hasBias,
            // Stored as [X2, X1] (coremltools writes Wᵀ), quantized per X2 row.
            Weights = WeightEncoding.Random(random, x2, x1, format, 1, out float[] wt),
        };
        p.Bias = WeightEncoding.Optional(random, hasBias, x2, format, out float[]? bias);

        NeuralNetworkLayer layer = RecurrentSpecs.Layer("mm", new[] { "a" }, new[] { "y" }, l => l.BatchedMatmul = p);
        Blob a = KernelHarness.Random(random, 1, shape);
        Blob[] y = KernelHarness.Run(layer, true, a);
        int[] expectedShape = (int[])shape.Clone();
        expectedShape[^1] = x2;
        y[0].Shape.ShouldBe(expectedShape);
        KernelHarness.AssertClose(LinearReference.Dense(a.Data, a.Count / x1, x1, wt, bias, x2), y[0]);
    }

    [Fact]
    public void Bad_parameters_and_shapes_are_reported()
    {
        var truncated = new BatchedMatMulLayerParams { WeightMatrixFirstDimension = 3, WeightMatrixSecondDimension = 2, Weights = WeightEncoding.Truncated(6) };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("mm", new[] { "a" }, new[] { "y" }, l => l.BatchedMatmul = truncated), nd: true)).LayerName.ShouldBe("mm");

        var dynamic = new BatchedMatMulLayerParams { Int8DynamicQuantize = true };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("mm", new[] { "a", "b" }, new[] { "y" }, l => l.BatchedMatmul = dynamic), nd: true));

        var kernel = KernelHarness.Build(RecurrentSpecs.Layer("mm", new[] { "a", "b" }, new[] { "y" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams()), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 3, 4 }, new[] { 5, 2 } })).Message.ShouldContain("do not multiply");
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 2, 3, 4 }, new[] { 3, 4, 2 } })).Message.ShouldContain("broadcast");
    }

    [Fact]
    public void Execute_follows_a_changed_input_shape()
    {
        var random = new Random(30);
        var kernel = KernelHarness.Build(RecurrentSpecs.Layer("mm", new[] { "a", "b" }, new[] { "y" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams()), nd: true);
        foreach (int n in new[] { 3, 20, 3 })
        {
            Blob a = KernelHarness.Random(random, 1, 2, n);
            Blob b = KernelHarness.Random(random, 1, n, 4);
            Blob[] y = KernelHarness.Run(kernel, a, b);
            KernelHarness.AssertClose(LinearReference.MatMul(a.Data, a.Shape, b.Data, b.Shape, false, false, out _), y[0]);
        }
    }
}
