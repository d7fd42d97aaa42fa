using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation;
using Google.Protobuf;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// One kernel library, two front ends: each network runs as a NeuralNetwork and as the same network written as an ML
/// Program (<see cref="MilTranslation"/>), both through ModelEvaluator.Load + Predict, side by side in one process.
/// Checks first that the two forms compute the same outputs (no timing when they do not), then alternates the two,
/// each timed sample being enough predictions to last about a millisecond, and prints the medians, their ratio and the
/// median of the ratios within each pair.
/// </summary>
internal static class FrontEndComparison
{
    private const double Agreement = 1e-5;
    private const double SampleMilliseconds = 1.0;

    public static int Run(int runs)
    {
        Console.WriteLine("One kernel library, two front ends: NeuralNetwork and ML Program forms of the same network, " + runs + " alternating samples each (medians).");
        Console.WriteLine("Machine: " + Machine.Describe() + "; at start: " + Machine.Load());
        var networks = new[] { BenchmarkNetworks.Beat(), BenchmarkNetworks.RefinerShaped(), ConvNetworks.MasksShaped(), ConvNetworks.Large() };
        int failures = networks.Sum(network => Compare(network, runs));
        Console.WriteLine("At end: " + Machine.Load());
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(BenchmarkNetwork network, int runs)
    {
        ModelEvaluator neuralNetwork = ModelEvaluator.Load(network.Spec.ToByteArray(), "frontends.mlmodel");
        ModelEvaluator program = ModelEvaluator.Load(MilTranslation.Translate(network).ToByteArray(), "frontends.mlpackage");
        float[] values = Inputs.Random(network.InputShape.Aggregate(1, (a, b) => a * b), 3);
        IFeatureProvider nnInput = Inputs.Provider(network.InputName, network.InputShape, values);
        IFeatureProvider milInput = Inputs.Provider(network.InputName, MilTranslation.MilShape(network.InputShape), values);

        Console.WriteLine(network.Name + " (" + network.MultiplyAdds.ToString("N0", CultureInfo.InvariantCulture) + " multiply-adds):");
        float[] nnOutput = Output(neuralNetwork, nnInput, network.OutputName), milOutput = Output(program, milInput, network.OutputName);
        double maxDiff = nnOutput.Length == milOutput.Length ? nnOutput.Zip(milOutput, (a, b) => Math.Abs((double)a - b)).DefaultIfEmpty(0).Max() : double.NaN;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0} outputs, max |NeuralNetwork − ML Program| = {1:E2}", nnOutput.Length, maxDiff));
        if (!(maxDiff <= Agreement))
        {
            Console.WriteLine("  the two forms disagree (tolerance " + Agreement.ToString(CultureInfo.InvariantCulture) + "): no timing.");
            return 1;
        }

        var forms = new (string Name, Action Predict)[]
        {
            ("NeuralNetwork", () => neuralNetwork.Predict(nnInput)),
            ("ML Program", () => program.Predict(milInput)),
        };
        int repeats = Repeats(forms);
        var times = forms.Select(_ => new List<double>()).ToArray();
        var clock = new Stopwatch();
        for (int sample = -3; sample < runs; sample++)
        {
            // Alternate (and swap which goes first), so both forms meet the same machine load.
            for (int f = 0; f < forms.Length; f++)
            {
                int form = (f + Math.Max(sample, 0)) % forms.Length;
                clock.Restart();
                for (int r = 0; r < repeats; r++)
                {
                    forms[form].Predict();
                }

                if (sample >= 0)
                {
                    times[form].Add(clock.Elapsed.TotalMilliseconds / repeats);
                }
            }
        }

        for (int f = 0; f < forms.Length; f++)
        {
            Console.WriteLine("  " + forms[f].Name.PadRight(14) + Timing.Summary(times[f], network.MultiplyAdds));
        }

        // Also the median of the ratios within each alternating pair, which a change of machine load between pairs cancels.
        double[] paired = times[1].Zip(times[0], (program, network) => program / network).ToArray();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "  ratio ML Program / NeuralNetwork: {0:F3} (medians), {1:F3} (median of paired runs), {2:F3} (bests); {3} predictions per sample; {4}",
            Timing.Median(times[1]) / Timing.Median(times[0]),
            Timing.Median(paired),
            times[1].Min() / times[0].Min(),
            repeats,
            Machine.Load()));
        return 0;
    }

    // Predictions per timed sample: enough for the slower form to take about SampleMilliseconds.
    private static int Repeats((string Name, Action Predict)[] forms)
    {
        double slowest = 0;
        var clock = new Stopwatch();
        foreach (var form in forms)
        {
            form.Predict();
            clock.Restart();
            form.Predict();
            slowest = Math.Max(slowest, clock.Elapsed.TotalMilliseconds);
        }

        return (int)Math.Clamp(Math.Ceiling(SampleMilliseconds / Math.Max(slowest, 1e-3)), 1, 1000);
    }

    private static float[] Output(ModelEvaluator evaluator, IFeatureProvider input, string name) =>
        ((MultiArray<float>)evaluator.Predict(input).GetFeatureValue(name)!.MultiArrayValue).ToArray();
}
