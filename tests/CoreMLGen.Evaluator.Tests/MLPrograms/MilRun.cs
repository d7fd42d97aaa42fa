using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>Runs a built program on float inputs and compares an output with a float64 reference.</summary>
internal static class MilRun
{
    public static (float[] Values, int[] Shape) Predict(MilSpecBuilder spec, string output, params (string Name, float[] Values, int[] Shape)[] inputs) =>
        PredictMany(spec, new[] { output }, inputs)[output];

    /// <summary>Every listed output of one prediction, by name.</summary>
    public static Dictionary<string, (float[] Values, int[] Shape)> PredictMany(MilSpecBuilder spec, string[] outputs, params (string Name, float[] Values, int[] Shape)[] inputs)
    {
        ModelEvaluator evaluator = spec.Load();
        var features = inputs.ToDictionary(i => i.Name, i => Feature(spec, i.Name, i.Values, i.Shape), StringComparer.Ordinal);
        IFeatureProvider result = evaluator.Predict(new DictionaryFeatureProvider(features));
        return outputs.ToDictionary(
            name => name,
            name =>
            {
                MultiArray array = result.GetFeatureValue(name)!.MultiArrayValue;
                return (((MultiArray<float>)array).ToArray(), array.Shape.ToArray());
            },
            StringComparer.Ordinal);
    }

    // Values for an input declared INT32 are passed as int32 (the evaluator requires the declared element type).
    private static FeatureValue Feature(MilSpecBuilder spec, string name, float[] values, int[] shape)
    {
        bool integer = spec.Model.Description.Input.Any(f => f.Name == name && f.Type.MultiArrayType?.DataType == CoreML.Specification.ArrayFeatureType.Types.ArrayDataType.Int32);
        return integer
            ? FeatureValue.FromMultiArray(MultiArray<int>.Wrap(values.Select(v => (int)v).ToArray(), shape))
            : FeatureValue.FromMultiArray(MultiArray<float>.Wrap(values, shape));
    }

    public static float[] Random(Random random, params int[] shape)
    {
        var values = new float[shape.Aggregate(1, (p, d) => p * d)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return values;
    }

    public static void AssertClose(double[] expected, int[] expectedShape, (float[] Values, int[] Shape) actual, double tolerance = 1e-5)
    {
        Assert.Equal(expectedShape, actual.Shape);
        Assert.Equal(expected.Length, actual.Values.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double scale = Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual.Values[i]) <= tolerance * scale, "element " + i + ": expected " + expected[i] + ", got " + actual.Values[i]);
        }
    }

    public static double[] ToDouble(float[] values) => values.Select(v => (double)v).ToArray();
}
