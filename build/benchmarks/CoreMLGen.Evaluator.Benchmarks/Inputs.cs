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

    /// <summary>A float32 multiarray input named <paramref name="name"/>.</summary>
    public static IFeatureProvider Provider(string name, int[] shape, int seed)
    {
        int count = 1;
        foreach (int d in shape)
        {
            count *= d;
        }

        MultiArray<float> array = MultiArray<float>.Wrap(Random(count, seed), shape);
        return new DictionaryFeatureProvider(new Dictionary<string, FeatureValue>(StringComparer.Ordinal) { [name] = FeatureValue.FromMultiArray(array) });
    }
}
