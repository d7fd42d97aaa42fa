using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluator.Tests.Harness;

/// <summary>Runs one layer's kernel on its own: build (load-time checks), infer shapes, execute.</summary>
internal static class KernelHarness
{
    public static LayerAdapter Build(NeuralNetworkLayer layer, bool nd = false, int specVersion = 4, EvaluatorOptions? options = null) =>
        LayerFactory.Create(layer, new LayerBuildContext(nd, specVersion, options ?? new EvaluatorOptions()));

    /// <summary>Runs the layer on the inputs and returns its outputs.</summary>
    public static Blob[] Run(NeuralNetworkLayer layer, bool nd, params Blob[] inputs)
    {
        LayerAdapter kernel = Build(layer, nd);
        return Run(kernel, inputs);
    }

    public static Blob[] Run(LayerAdapter kernel, params Blob[] inputs)
    {
        int[][] shapes = kernel.InferOutputShapes(inputs.Select(t => t.Shape).ToArray());
        // Poison the outputs so a kernel that forgets to write a value is caught.
        Blob[] outputs = shapes.Select(s => { var t = new Blob(s); t.Span.Fill(float.NaN); return t; }).ToArray();
        kernel.Execute(inputs, outputs);
        return outputs;
    }

    /// <summary>A tensor of the given shape filled with uniform random values in [-scale, scale).</summary>
    public static Blob Random(Random random, double scale, params int[] shape)
    {
        var t = new Blob(shape);
        for (int i = 0; i < t.Count; i++)
        {
            t.Data[i] = (float)((random.NextDouble() * 2 - 1) * scale);
        }

        return t;
    }

    /// <summary>Asserts that every value is within the relative tolerance of the float64 reference (denominator max(|ref|, 1)).</summary>
    public static void AssertClose(double[] expected, Blob actual, double tolerance = 1e-5, string what = "")
    {
        if (expected.Length != actual.Count)
        {
            throw new Xunit.Sdk.XunitException(what + ": expected " + expected.Length + " values, got " + actual.Count + " (shape " + actual + ").");
        }

        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i];
            double a = actual.Data[i];
            if (double.IsNaN(e) && double.IsNaN(a))
            {
                continue;
            }

            double error = Math.Abs(e - a) / Math.Max(Math.Abs(e), 1.0);
            if (!(error <= tolerance))
            {
                throw new Xunit.Sdk.XunitException(what + ": value " + i + " is " + a + ", expected " + e + " (relative error " + error + " > " + tolerance + ").");
            }
        }
    }
}
