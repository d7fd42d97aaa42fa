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
/// frames, and one of its networks alone. The ensemble runs in the evaluator as one model (8 parallel branches and an
/// average layer, as the madmom converter writes it) and as 8 models one by one; in ONNX Runtime as one graph (8
/// branches and a Mean). Checks first that the engines compute the same function, then times alternating runs and
/// prints medians, the ratios and GFLOP/s.
/// </summary>
internal static class OnnxComparison
{
    private const int Members = 8;
    private const double Agreement = 1e-4;

    // Untimed runs first, so the JIT has compiled the kernels with full optimisation (tiered compilation) before timing.
    private const int WarmUps = 40;

    public static int Run(int runs)
    {
        Console.WriteLine("Machine: " + Machine.Describe() + ", ONNX Runtime " + typeof(InferenceSession).Assembly.GetName().Version + "; " + Machine.Load());
        var networks = Enumerable.Range(1, Members).Select(seed => BenchmarkNetworks.Beat((uint)seed)).ToList();
        float[] input = Inputs.Random(networks[0].InputShape.Aggregate(1, (a, b) => a * b), 7);

        int failures = 0;
        failures += Compare("one beat network", networks.Take(1).ToList(), input, runs, new[] { ("evaluator", OneModel(networks[0])) });
        failures += Compare(
            "beat ensemble (8 networks, averaged)",
            networks,
            input,
            runs,
            new[]
            {
                ("evaluator, ensemble as one model (8 branches + average)", OneModel(BenchmarkNetworks.Ensemble(networks))),
                ("evaluator, the 8 models one by one", OneByOne(networks)),
            });
        return failures == 0 ? 0 : 1;
    }

    // The evaluator's variants: each runs the networks on an input and returns the (averaged) output.
    private static Func<IFeatureProvider, float[]> OneModel(BenchmarkNetwork network)
    {
        ModelEvaluator evaluator = ModelEvaluator.Load(network.Spec.ToByteArray(), network.Name);
        return input => Output(evaluator, input, network.OutputName);
    }

    private static Func<IFeatureProvider, float[]> OneByOne(IReadOnlyList<BenchmarkNetwork> networks)
    {
        List<ModelEvaluator> evaluators = networks.Select((n, i) => ModelEvaluator.Load(n.Spec.ToByteArray(), "beat" + i)).ToList();
        return input =>
        {
            float[] sum = new float[networks[0].InputShape[0]];
            for (int n = 0; n < evaluators.Count; n++)
            {
                float[] output = Output(evaluators[n], input, networks[n].OutputName);
                for (int i = 0; i < sum.Length; i++)
                {
                    sum[i] += output[i];
                }
            }

            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] /= evaluators.Count;
            }

            return sum;
        };
    }

    private static float[] Output(ModelEvaluator evaluator, IFeatureProvider input, string name) =>
        ((MultiArray<float>)evaluator.Predict(input).GetFeatureValue(name)!.MultiArrayValue).ToArray();

    private static int Compare(string title, IReadOnlyList<BenchmarkNetwork> networks, float[] input, int runs, IReadOnlyList<(string Name, Func<IFeatureProvider, float[]> Run)> variants)
    {
        IFeatureProvider evaluatorInput = Inputs.Provider(networks[0].InputName, networks[0].InputShape, input);
        int frames = networks[0].InputShape[0], features = networks[0].InputShape[2];

        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        using var session = new InferenceSession(OnnxExport.Write(networks), options);
        var tensor = new DenseTensor<float>(input, new[] { frames, 1, features });
        var ortInputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("frames", tensor) };
        float[] theirs;
        using (var results = session.Run(ortInputs))
        {
            theirs = results.First().AsEnumerable<float>().ToArray();
        }

        Console.WriteLine(title + ":");
        foreach (var (name, run) in variants)
        {
            float[] ours = run(evaluatorInput);
            double maxDiff = ours.Length == theirs.Length ? ours.Zip(theirs, (a, b) => Math.Abs((double)a - b)).Max() : double.NaN;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1} outputs, max |evaluator − ONNX Runtime| = {2:E2}", name, ours.Length, maxDiff));
            if (!(maxDiff <= Agreement))
            {
                Console.WriteLine("  the engines disagree (tolerance " + Agreement.ToString(CultureInfo.InvariantCulture) + "): no timing.");
                return 1;
            }
        }

        var times = variants.Select(_ => new List<double>()).ToList();
        var ortTimes = new List<double>();
        for (int repeat = -WarmUps; repeat < runs; repeat++)
        {
            // Alternate, so every engine meets the same machine load.
            var clock = Stopwatch.StartNew();
            for (int v = 0; v < variants.Count; v++)
            {
                clock.Restart();
                variants[v].Run(evaluatorInput);
                if (repeat >= 0)
                {
                    times[v].Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            clock.Restart();
            using (session.Run(ortInputs))
            {
            }

            if (repeat >= 0)
            {
                ortTimes.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        double flops = 2.0 * networks.Sum(n => n.MultiplyAdds);
        double theirMedian = Timing.Median(ortTimes);
        for (int v = 0; v < variants.Count; v++)
        {
            double ourMedian = Timing.Median(times[v]);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0}: median {1:F2} ms (best {2:F2}), {3:F1} GFLOP/s; ratio to ONNX Runtime {4:F2} (medians), {5:F2} (bests)",
                variants[v].Name, ourMedian, times[v].Min(), flops / (ourMedian * 1e6), ourMedian / theirMedian, times[v].Min() / ortTimes.Min()));
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "  ONNX Runtime (one graph, single-threaded): median {0:F2} ms (best {1:F2}), {2:F1} GFLOP/s — {3} alternating runs",
            theirMedian, ortTimes.Min(), flops / (theirMedian * 1e6), runs));
        return 0;
    }
}
