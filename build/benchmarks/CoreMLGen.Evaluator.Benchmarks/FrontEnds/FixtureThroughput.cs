using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// The ML Program fixtures (../shared/fixtures/mlprogram: coremltools 9 conversions of PyTorch models) through
/// ModelEvaluator.Load(package) + Predict on their seeded inputs: alternating runs, medians, and GFLOP/s from the
/// multiply-adds their ops declare (<see cref="MilMultiplyAdds"/>). Skipped, with a message, when the fixtures are absent.
/// </summary>
internal static class FixtureThroughput
{
    private static readonly string[] Names = { "refiner", "masks_fp32", "masks_fp16" };

    public static int Run(int runs)
    {
        string folder = Path.Combine(TestPaths.SharedFixtures, "mlprogram");
        Console.WriteLine();
        string[] present = Names.Where(name => Directory.Exists(Path.Combine(folder, name + ".mlpackage")) && Directory.Exists(Path.Combine(folder, name))).ToArray();
        foreach (string missing in Names.Except(present))
        {
            Console.WriteLine("Skipping the ML Program fixture '" + missing + "': " + Path.Combine(folder, missing + ".mlpackage") + " or its inputs are absent.");
        }

        if (present.Length == 0)
        {
            return 0;
        }

        var fixtures = present.Select(name => Load(folder, name)).ToArray();
        Console.WriteLine("ML Program fixtures through ModelEvaluator.Load + Predict (" + runs + " alternating runs each, medians; " + Machine.Load() + "):");
        var times = fixtures.Select(_ => new List<double>()).ToArray();
        var clock = new Stopwatch();
        for (int run = -3; run < runs; run++)
        {
            for (int f = 0; f < fixtures.Length; f++)
            {
                clock.Restart();
                fixtures[f].Evaluator.Predict(fixtures[f].Input);
                if (run >= 0)
                {
                    times[f].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        foreach ((Fixture fixture, List<double> fixtureTimes) in fixtures.Zip(times))
        {
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0,-11} {1}; {2:N0} multiply-adds; max |evaluator − PyTorch| {3:E1}",
                fixture.Name,
                Timing.Summary(fixtureTimes, fixture.MultiplyAdds),
                fixture.MultiplyAdds,
                fixture.MaxDifference));
        }

        Console.WriteLine("  at end: " + Machine.Load());
        return 0;
    }

    private static Fixture Load(string folder, string name)
    {
        string package = Path.Combine(folder, name + ".mlpackage");
        ModelReadResult read = ModelReader.Read(package);
        if (read.Spec is null)
        {
            throw new InvalidOperationException(name + ": " + string.Join("; ", read.Errors.Select(e => e.Message)));
        }

        ModelEvaluator evaluator = ModelEvaluator.Load(package);
        var features = read.Spec.Description.Input.ToDictionary(
            input => input.Name,
            input => FeatureValue.FromMultiArray(NpyFile.Read(Path.Combine(folder, name, input.Name + ".npy"))),
            StringComparer.Ordinal);
        var input = new DictionaryFeatureProvider(features);

        // The outputs against PyTorch's, so a wrong answer is never timed as a fast one.
        IFeatureProvider result = evaluator.Predict(input);
        double maxDifference = 0;
        foreach (string output in read.Spec.Description.Output.Select(o => o.Name))
        {
            double[] expected = ToDoubles(NpyFile.Read(Path.Combine(folder, name, output + ".npy")));
            double[] actual = ToDoubles(result.GetFeatureValue(output)!.MultiArrayValue);
            maxDifference = Math.Max(maxDifference, expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max());
        }

        return new Fixture(name, evaluator, input, MilMultiplyAdds.Count(read.Spec.MlProgram), maxDifference);
    }

    private static double[] ToDoubles(MultiArray array) => array switch
    {
        MultiArray<float> floats => floats.ToArray().Select(v => (double)v).ToArray(),
        MultiArray<Half> halves => halves.ToArray().Select(v => (double)v).ToArray(),
        MultiArray<double> doubles => doubles.ToArray(),
        _ => throw new InvalidOperationException("Unexpected output element type " + array.GetType().Name + "."),
    };

    private sealed record Fixture(string Name, ModelEvaluator Evaluator, IFeatureProvider Input, long MultiplyAdds, double MaxDifference);
}
