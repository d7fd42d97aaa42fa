using System;
using System.Collections.Generic;
using CoreMLGen;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>Deterministic input data for the benchmarks.</summary>
internal static class Inputs
{
    public static float[] Random(int count, int seed)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return values;
    }

    public static Blob Blob(int[] shape, int seed)
    {
        var blob = new Blob(shape);
        Random(blob.Count, seed).CopyTo(blob.Data, 0);
        return blob;
    }

    /// <summary>A float32 multiarray input named <paramref name="name"/> holding <paramref name="values"/> (not copied).</summary>
    public static IFeatureProvider Provider(string name, int[] shape, float[] values) =>
        new DictionaryFeatureProvider(new Dictionary<string, FeatureValue>(StringComparer.Ordinal) { [name] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(values, shape)) });

    /// <summary>A multiarray input named <paramref name="name"/>, float32 or (when <paramref name="asDouble"/>) float64.</summary>
    public static IFeatureProvider Provider(string name, int[] shape, int seed, bool asDouble = false)
    {
        int count = 1;
        foreach (int d in shape)
        {
            count *= d;
        }

        float[] values = Random(count, seed);
        MultiArray array = asDouble
            ? MultiArray<double>.Wrap(Array.ConvertAll(values, v => (double)v), shape)
            : MultiArray<float>.Wrap(values, shape);
        return new DictionaryFeatureProvider(new Dictionary<string, FeatureValue>(StringComparer.Ordinal) { [name] = FeatureValue.FromMultiArray(array) });
    }
}
