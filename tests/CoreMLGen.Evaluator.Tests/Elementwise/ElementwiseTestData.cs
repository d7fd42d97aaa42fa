using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Testing.Builders;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

/// <summary>Shared helpers of the element-wise, convolution, pooling and normalisation kernel tests.</summary>
internal static class ElementwiseTestData
{
    /// <summary>The fixed seeds every randomised theory runs with.</summary>
    public static readonly int[] Seeds = { 1, 7, 42, 1234 };

    public static NeuralNetworkLayer Layer(string name, Action<NeuralNetworkLayer> set, params string[] inputs) =>
        Layers.Layer(name, inputs.Length == 0 ? new[] { "x" } : inputs, new[] { "y" }, set);

    public static double[] ToDoubles(Blob blob) => blob.Span.ToArray().Select(v => (double)v).ToArray();

    public static double[] RandomValues(Random random, int count, double low, double high) =>
        Enumerable.Range(0, count).Select(_ => (double)(float)(low + random.NextDouble() * (high - low))).ToArray();

    public static WeightParams Weights(double[] values)
    {
        var w = new WeightParams();
        w.FloatValue.AddRange(values.Select(v => (float)v));
        return w;
    }

    public static Blob BlobOf(int[] shape, double[] values) => new(shape, values.Select(v => (float)v).ToArray());

    /// <summary>A random shape: rank 5 [S, B, C, H, W] in legacy mode; in ND mode a rank between minRank and 5.</summary>
    public static int[] RandomShape(Random random, bool nd, int minRank = 1)
    {
        int rank = nd ? random.Next(minRank, 6) : 5;
        var shape = Enumerable.Range(0, rank).Select(_ => random.Next(1, 5)).ToArray();
        if (!nd)
        {
            shape[0] = random.Next(1, 3);
            shape[1] = random.Next(1, 3);
        }

        return shape;
    }

    /// <summary>Runs the layer on the inputs and compares with the reference.</summary>
    public static Blob RunAndCompare(NeuralNetworkLayer layer, bool nd, double[] expected, int[] expectedShape, string what, params Blob[] inputs)
    {
        Blob y = KernelHarness.Run(layer, nd, inputs)[0];
        if (!y.Shape.SequenceEqual(expectedShape))
        {
            throw new Xunit.Sdk.XunitException(what + ": output shape [" + string.Join(", ", y.Shape) + "], expected [" + string.Join(", ", expectedShape) + "].");
        }

        KernelHarness.AssertClose(expected, y, 1e-5, what);
        return y;
    }
}
