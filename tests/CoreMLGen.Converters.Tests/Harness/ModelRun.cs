using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using Google.Protobuf;

namespace CoreMLGen.Converters.Tests.Harness;

/// <summary>Runs a converted spec through the managed evaluator with [frames, 1, inputs] float32 input.</summary>
internal sealed class ModelRun
{
    private readonly ModelEvaluator _evaluator;

    public ModelRun(Model model)
    {
        _evaluator = ModelEvaluator.Load(model.ToByteArray(), "madmom.mlmodel");
    }

    /// <summary>Predicts; returns the named outputs as flat float arrays.</summary>
    public IReadOnlyDictionary<string, float[]> Predict(double[][] frames, IReadOnlyDictionary<string, float[]>? states = null)
    {
        int inputs = frames[0].Length;
        float[] flat = frames.SelectMany(f => f).Select(v => (float)v).ToArray();
        var values = new Dictionary<string, FeatureValue>
        {
            ["features"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(flat, frames.Length, 1, inputs)),
        };
        foreach (var (name, state) in states ?? new Dictionary<string, float[]>())
        {
            values[name] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(state, state.Length));
        }

        IFeatureProvider output = _evaluator.Predict(new DictionaryFeatureProvider(values));
        return _evaluator.Outputs.ToDictionary(o => o.Name, o => output.GetFeatureValue(o.Name)!.GetMultiArray<float>().ToArray());
    }

    /// <summary>The model's output per frame as [frames][outputs].</summary>
    public double[][] Activations(double[][] frames)
    {
        float[] flat = Predict(frames)["activations"];
        int outputs = flat.Length / frames.Length;
        return Enumerable.Range(0, frames.Length).Select(t => flat.Skip(t * outputs).Take(outputs).Select(v => (double)v).ToArray()).ToArray();
    }

    public static double MaxAbsDiff(double[][] expected, double[][] actual)
    {
        if (expected.Length != actual.Length)
        {
            throw new InvalidOperationException("Frame counts differ: " + expected.Length + " vs " + actual.Length);
        }

        double max = 0;
        for (int t = 0; t < expected.Length; t++)
        {
            if (expected[t].Length != actual[t].Length)
            {
                throw new InvalidOperationException("Output sizes differ at frame " + t);
            }

            for (int i = 0; i < expected[t].Length; i++)
            {
                double diff = Math.Abs(expected[t][i] - actual[t][i]);
                max = double.IsNaN(diff) ? double.PositiveInfinity : Math.Max(max, diff);
            }
        }

        return max;
    }

    /// <summary>Seeded uniform frames in [−scale, scale].</summary>
    public static double[][] RandomFrames(int seed, int frames, int inputs, double scale = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, frames).Select(_ => Enumerable.Range(0, inputs).Select(_ => ((random.NextDouble() * 2) - 1) * scale).ToArray()).ToArray();
    }
}
