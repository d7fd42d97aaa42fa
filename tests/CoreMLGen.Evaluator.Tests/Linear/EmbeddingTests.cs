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

public sealed class EmbeddingTests
{
    private static Blob Indices(Random random, int vocabulary, params int[] shape)
    {
        var blob = new Blob(shape);
        for (int i = 0; i < blob.Count; i++)
        {
            blob.Data[i] = random.Next(vocabulary);
        }

        return blob;
    }

    [Theory]
    [InlineData(1, true, false, WeightFormat.Float32, new[] { 4, 2, 1, 1, 1 }, new[] { 4, 2, 9, 1, 1 })]
    [InlineData(2, false, false, WeightFormat.Float16, new[] { 3, 1, 1, 1, 1 }, new[] { 3, 1, 9, 1, 1 })]
    [InlineData(3, true, true, WeightFormat.Linear8, new[] { 5, 1, 1, 1 }, new[] { 5, 9, 1, 1 })]
    public void Embedding_looks_up_columns(int seed, bool hasBias, bool nd, WeightFormat format, int[] shape, int[] expectedShape)
    {
        var random = new Random(seed);
        int vocabulary = 13, size = 9;
        var p = new EmbeddingLayerParams
        {
            InputDim = (ulong)vocabulary,
            OutputChannels = (ulong)size,
            HasBias = hasBias,
            Weights = WeightEncoding.Random(random, size, vocabulary, format, 1, out float[] w),
        };
        p.Bias = WeightEncoding.Optional(random, hasBias, size, format, out float[]? bias);

        NeuralNetworkLayer layer = RecurrentSpecs.Layer("embed", new[] { "x" }, new[] { "y" }, l => l.Embedding = p);
        Blob x = Indices(random, vocabulary, shape);
        Blob[] y = KernelHarness.Run(layer, nd, x);
        y[0].Shape.ShouldBe(expectedShape);
        KernelHarness.AssertClose(LinearReference.Embedding(x.Data, w, bias, vocabulary, size), y[0]);
    }

    [Theory]
    [InlineData(11, new[] { 5, 1 }, true)]
    [InlineData(12, new[] { 2, 3, 1 }, false)]
    [InlineData(13, new[] { 2, 3, 1, 5, 1 }, true)]
    public void EmbeddingNd_replaces_the_last_dimension(int seed, int[] shape, bool hasBias)
    {
        var random = new Random(seed);
        int vocabulary = 10, size = 19;
        var p = new EmbeddingNDLayerParams
        {
            VocabSize = (ulong)vocabulary,
            EmbeddingSize = (ulong)size,
            HasBias = hasBias,
            Weights = WeightEncoding.Random(random, size, vocabulary, WeightFormat.Float32, 1, out float[] w),
        };
        p.Bias = WeightEncoding.Optional(random, hasBias, size, WeightFormat.Float32, out float[]? bias);

        NeuralNetworkLayer layer = RecurrentSpecs.Layer("embed", new[] { "x" }, new[] { "y" }, l => l.EmbeddingND = p);
        Blob x = Indices(random, vocabulary, shape);
        Blob[] y = KernelHarness.Run(layer, true, x);
        int[] expectedShape = (int[])shape.Clone();
        expectedShape[^1] = size;
        y[0].Shape.ShouldBe(expectedShape);
        KernelHarness.AssertClose(LinearReference.Embedding(x.Data, w, bias, vocabulary, size), y[0]);
    }

    [Theory]
    [InlineData(13f)]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    public void Out_of_range_index_is_a_runtime_error_naming_the_layer(float index)
    {
        var p = new EmbeddingLayerParams { InputDim = 13, OutputChannels = 2, Weights = WeightEncoding.Random(new Random(1), 2, 13, WeightFormat.Float32, 1, out _) };
        var kernel = KernelHarness.Build(RecurrentSpecs.Layer("embed", new[] { "x" }, new[] { "y" }, l => l.Embedding = p));
        var x = new Blob(new[] { 2, 1, 1, 1, 1 }, new[] { 0f, index });
        var error = Should.Throw<CoreMLException>(() => KernelHarness.Run(kernel, x));
        error.ShouldNotBeOfType<ModelLoadException>();
        error.Message.ShouldContain("embed");
    }

    [Fact]
    public void Bad_weights_and_shapes_are_reported()
    {
        var truncated = new EmbeddingNDLayerParams { VocabSize = 4, EmbeddingSize = 3, Weights = WeightEncoding.Truncated(12) };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("e", new[] { "x" }, new[] { "y" }, l => l.EmbeddingND = truncated), nd: true)).LayerName.ShouldBe("e");

        var p = new EmbeddingNDLayerParams { VocabSize = 4, EmbeddingSize = 3, Weights = WeightEncoding.Random(new Random(2), 3, 4, WeightFormat.Float32, 1, out _) };
        var kernel = KernelHarness.Build(RecurrentSpecs.Layer("e", new[] { "x" }, new[] { "y" }, l => l.EmbeddingND = p), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 3, 2 } }));
    }
}
