using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using CoreMLGen.Evaluation;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CoreMLGen.Evaluator.Benchmarks.Onnx;

/// <summary>
/// The evaluator against ONNX Runtime on the same networks, side by side in one run, both single-threaded: madmom's
/// beat ensemble shape (8 networks of 3 × BiLSTM-25 with peepholes over 266 inputs, dense + sigmoid, averaged) on 1000
/// frames, and one of its networks alone. Checks first that both engines compute the same function, then times
/// alternating runs and prints medians, the ratio and GFLOP/s.
/// </summary>
internal static class OnnxComparison
{
    private const int Members = 8;
    private const double Agreement = 1e-4;

    public static int Run(int runs)
    {
        Console.WriteLine("Machine: " + MachineDescription());
        var networks = Enumerable.Range(1, Members).Select(seed => BenchmarkNetworks.Beat((uint)seed)).ToList();
        float[] input = Inputs.Random(networks[0].InputShape.Aggregate(1, (a, b) => a * b), 7);

        int failures = 0;
        failures += Compare("one beat network", networks.Take(1).ToList(), input, runs);
        failures += Compare("beat ensemble (8 networks, averaged)", networks, input, runs);
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(string title, IReadOnlyList<BenchmarkNetwork> networks, float[] input, int runs)
    {
        List<ModelEvaluator> evaluators = networks.Select((n, i) => ModelEvaluator.Load(n.Spec.ToByteArray(), "beat" + i)).ToList();
        IFeatureProvider evaluatorInput = Inputs.Provider(networks[0].InputName, networks[0].InputShape, input);
        int frames = networks[0].InputShape[0], features = networks[0].InputShape[2];

        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        using var session = new InferenceSession(OnnxExport.Write(networks), options);
        var tensor = new DenseTensor<float>(input, new[] { frames, 1, features });
        var ortInputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("frames", tensor) };

        float[] ours = Ensemble(evaluators, evaluatorInput, networks[0].OutputName);
        float[] theirs;
        using (var results = session.Run(ortInputs))
        {
            theirs = results.First().AsEnumerable<float>().ToArray();
        }

        double maxDiff = ours.Zip(theirs, (a, b) => Math.Abs((double)a - b)).Max();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} outputs, max |evaluator − ONNX Runtime| = {2:E2}", title, ours.Length, maxDiff));
        if (ours.Length != theirs.Length || !(maxDiff <= Agreement))
        {
            Console.WriteLine("  the engines disagree (tolerance " + Agreement.ToString(CultureInfo.InvariantCulture) + "): no timing.");
            return 1;
        }

        var evaluatorTimes = new List<double>();
        var ortTimes = new List<double>();
        for (int run = -3; run < runs; run++)
        {
            // Alternate, so both engines meet the same machine load.
            var clock = Stopwatch.StartNew();
            Ensemble(evaluators, evaluatorInput, networks[0].OutputName);
            double evaluatorMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using (session.Run(ortInputs))
            {
            }

            double ortMs = clock.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                evaluatorTimes.Add(evaluatorMs);
                ortTimes.Add(ortMs);
            }
        }

        double flops = 2.0 * networks.Sum(n => n.MultiplyAdds);
        double ourMedian = Median(evaluatorTimes), theirMedian = Median(ortTimes);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "  evaluator      median {0,8:F2} ms (best {1,8:F2}), {2,5:F1} GFLOP/s\n  ONNX Runtime   median {3,8:F2} ms (best {4,8:F2}), {5,5:F1} GFLOP/s\n  ratio evaluator / ONNX Runtime: {6:F2} (medians of {7} alternating runs)",
            ourMedian, evaluatorTimes.Min(), flops / (ourMedian * 1e6), theirMedian, ortTimes.Min(), flops / (theirMedian * 1e6), ourMedian / theirMedian, runs));
        return 0;
    }

    private static float[] Ensemble(IReadOnlyList<ModelEvaluator> evaluators, IFeatureProvider input, string outputName)
    {
        float[]? sum = null;
        foreach (ModelEvaluator evaluator in evaluators)
        {
            float[] output = ((MultiArray<float>)evaluator.Predict(input).GetFeatureValue(outputName)!.MultiArrayValue).ToArray();
            if (sum is null)
            {
                sum = output;
            }
            else
            {
                for (int i = 0; i < sum.Length; i++)
                {
                    sum[i] += output[i];
                }
            }
        }

        for (int i = 0; i < sum!.Length; i++)
        {
            sum[i] /= evaluators.Count;
        }

        return sum;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string MachineDescription()
    {
        string cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }

        return cpu + ", " + Environment.ProcessorCount + " cores, " + RuntimeInformation.OSDescription + ", .NET " + Environment.Version
            + ", ONNX Runtime " + typeof(InferenceSession).Assembly.GetName().Version;
    }
}
