using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using CoreMLGen.Testing.Builders;
using Shouldly;

namespace CoreMLGen.Evaluator.Tests.Shape;

/// <summary>Helpers for the shape-layer tests: layers with numbered blobs, random inputs and exact comparison.</summary>
internal static class ShapeKit
{
    /// <summary>A layer named <paramref name="name"/> with inputs in0.. and outputs out0...</summary>
    public static NeuralNetworkLayer Layer(string name, int inputs, int outputs, Action<NeuralNetworkLayer> set) =>
        Layers.Layer(name, Enumerable.Range(0, inputs).Select(i => "in" + i), Enumerable.Range(0, outputs).Select(i => "out" + i), set);

    /// <summary>A blob of random values and its float64 copy.</summary>
    public static (Blob Blob, RefTensor Reference) Input(Random random, params int[] shape)
    {
        Blob blob = KernelHarness.Random(random, 10, shape);
        return (blob, ToReference(blob));
    }

    public static RefTensor ToReference(Blob blob) => new(blob.Span.ToArray().Select(v => (double)v).ToArray(), (int[])blob.Shape.Clone());

    /// <summary>A random shape of the given rank with dimensions in [min, max].</summary>
    public static int[] RandomShape(Random random, int rank, int min = 1, int max = 4) =>
        Enumerable.Range(0, rank).Select(_ => random.Next(min, max + 1)).ToArray();

    /// <summary>Runs the layer on its own and returns its outputs.</summary>
    public static Blob[] Run(NeuralNetworkLayer layer, bool nd, params Blob[] inputs) => KernelHarness.Run(layer, nd, inputs);

    /// <summary>The output must have the reference's shape and exactly its values (these layers only move values).</summary>
    public static void ShouldEqual(this Blob actual, RefTensor expected, string what = "output")
    {
        actual.Shape.ShouldBe(expected.Shape, what + " shape");
        KernelHarness.AssertClose(expected.Data, actual, 0, what);
    }

    /// <summary>Every output equals its reference.</summary>
    public static void ShouldEqual(this Blob[] actual, RefTensor[] expected)
    {
        actual.Length.ShouldBe(expected.Length, "outputs");
        for (int i = 0; i < expected.Length; i++)
        {
            actual[i].ShouldEqual(expected[i], "output " + i);
        }
    }

    /// <summary>The layer (one input, random values of <paramref name="shape"/>) outputs the same values in <paramref name="expectedShape"/>.</summary>
    public static void ShouldReinterpret(Action<NeuralNetworkLayer> set, int[] shape, int[] expectedShape)
    {
        var input = Input(new Random(shape.Sum()), shape);
        Blob[] outputs = Run(Layer("reshape", 1, 1, set), true, input.Blob);
        outputs[0].ShouldEqual(new RefTensor(input.Reference.Data, expectedShape));
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> random factors whose product is total.</summary>
    public static int[] RandomFactors(Random random, int total, int parts)
    {
        var factors = Enumerable.Repeat(1, parts).ToArray();
        int left = total;
        for (int p = 2; left > 1; p++)
        {
            while (left % p == 0)
            {
                factors[random.Next(parts)] *= p;
                left /= p;
            }
        }

        return factors;
    }
}
