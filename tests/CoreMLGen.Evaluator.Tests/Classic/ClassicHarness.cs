using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Composition;
using CoreMLGen.Evaluation.Models;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Classic;

/// <summary>Loads a classic model spec through the factory and runs it on named inputs.</summary>
internal static class ClassicHarness
{
    public const string Where = "Classic.mlmodel";

    public static ModelRunner Load(Model spec) => ModelRunnerFactory.Create(spec, spec.Description, Where, new EvaluatorOptions());

    public static FeatureSet Run(Model spec, params (string Name, FeatureValue Value)[] inputs) => Run(Load(spec), inputs);

    public static FeatureSet Run(ModelRunner runner, params (string Name, FeatureValue Value)[] inputs)
    {
        var features = new FeatureSet();
        foreach ((string name, FeatureValue value) in inputs)
        {
            features[name] = value;
        }

        runner.Run(features);
        return features;
    }

    /// <summary>Runs a model whose one input "x" accepts flexible shapes on a short double array; returns the prediction error.</summary>
    public static CoreMLException RunShortInput(Model spec, params double[] x) =>
        Shouldly.Should.Throw<CoreMLException>(() => Run(spec, ("x", Array(x, DataType.Double).Value)));

    /// <summary>Uniform values in [-scale, scale).</summary>
    public static double[] RandomVector(Random random, int length, double scale = 1.0) =>
        Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();

    /// <summary>The values as a multi-array of the element type (rounded to it), and the values the model will see.</summary>
    public static (FeatureValue Value, double[] Seen) Array(double[] values, DataType dataType, params int[] shape)
    {
        if (shape.Length == 0)
        {
            shape = new[] { values.Length };
        }

        switch (dataType)
        {
            case DataType.Float32:
                float[] floats = values.Select(v => (float)v).ToArray();
                return (FeatureValue.FromMultiArray(MultiArray<float>.Wrap(floats, shape)), floats.Select(v => (double)v).ToArray());
            case DataType.Int32:
                int[] integers = values.Select(v => (int)Math.Round(v)).ToArray();
                return (FeatureValue.FromMultiArray(MultiArray<int>.Wrap(integers, shape)), integers.Select(v => (double)v).ToArray());
            default:
                return (FeatureValue.FromMultiArray(MultiArray<double>.Wrap((double[])values.Clone(), shape)), values);
        }
    }

    /// <summary>A numeric output as doubles, whatever its kind or element type.</summary>
    public static double[] Doubles(FeatureValue value)
    {
        if (value.Kind == FeatureKind.Double)
        {
            return new[] { value.DoubleValue };
        }

        return value.MultiArrayValue switch
        {
            MultiArray<double> doubles => doubles.ToArray(),
            MultiArray<float> floats => floats.ToArray().Select(v => (double)v).ToArray(),
            MultiArray<int> integers => integers.ToArray().Select(v => (double)v).ToArray(),
            var other => throw new InvalidOperationException("Unexpected " + other),
        };
    }
}
