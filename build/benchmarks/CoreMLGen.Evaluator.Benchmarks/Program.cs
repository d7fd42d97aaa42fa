using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluator.Benchmarks;
using Google.Protobuf;

// Usage: dotnet CoreMLGen.Evaluator.Benchmarks.dll [--onnx | --frontends | --smoke] [--quick]   (build/benchmarks/run.sh builds Release and runs this)
bool quick = args.Contains("--quick");
BenchmarkNetwork beat = BenchmarkNetworks.Beat();
BenchmarkNetwork big = BenchmarkNetworks.BiLstm256();
GflopsColumn.MultiplyAdds["BeatKernels"] = beat.MultiplyAdds;
GflopsColumn.MultiplyAdds["BeatModel"] = beat.MultiplyAdds;
GflopsColumn.MultiplyAdds["BiLstm256Kernels"] = big.MultiplyAdds;
GflopsColumn.MultiplyAdds["BiLstm256Model"] = big.MultiplyAdds;
Console.WriteLine("GEMM micro-kernel: " + Gemm.ActivePath + " (Avx512: 12×32 register block; Avx2: 6×16; Vector128: 4×16 on ARM64, 6×8 on x64 SSE)" + "; AVX-512F=" + Avx512F.IsSupported + ", AVX2=" + Avx2.IsSupported + ", FMA=" + Fma.IsSupported + ", Vector128 accelerated=" + Vector128.IsHardwareAccelerated);
Console.WriteLine(beat.Name + ": " + beat.MultiplyAdds.ToString("N0", CultureInfo.InvariantCulture) + " multiply-adds per prediction");
Console.WriteLine(big.Name + ": " + big.MultiplyAdds.ToString("N0", CultureInfo.InvariantCulture) + " multiply-adds per prediction");

if (args.Contains("--onnx"))
{
    // The evaluator against ONNX Runtime on the same networks (a timed run, not BenchmarkDotNet).
    Environment.ExitCode = CoreMLGen.Evaluator.Benchmarks.Onnx.OnnxComparison.Run(quick ? 7 : 31);
    return;
}

if (args.Contains("--frontends"))
{
    // The NeuralNetwork and ML Program front ends on the same networks, then the ML Program fixtures (timed runs).
    int failures = CoreMLGen.Evaluator.Benchmarks.FrontEnds.FrontEndComparison.Run(quick ? 15 : 61);
    failures += CoreMLGen.Evaluator.Benchmarks.FrontEnds.FixtureThroughput.Run(quick ? 15 : 61);
    Environment.ExitCode = failures == 0 ? 0 : 1;
    return;
}

if (args.Contains("--smoke"))
{
    // A few timed runs without BenchmarkDotNet (best of 20): a quick look on a busy machine.
    foreach (BenchmarkNetwork network in new[] { beat, big })
    {
        var chain = new KernelChain(network, Inputs.Blob(network.InputShape, 1));
        double best = double.MaxValue;
        for (int run = 0; run < 20; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            chain.Run();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: best {1:F2} ms, {2:F2} GFLOP/s", network.Name, best, 2.0 * network.MultiplyAdds / (best * 1e6)));
    }

    // The GEMM alone, on the beat model's largest product (input projection of one direction of the first layer),
    // also with each path this machine can run forced (what ARM64 or older x64 machines get).
    TimeGemm(1000, 266, 100, GemmPath.Auto);
    TimeGemm(1000, 512, 1024, GemmPath.Auto);
    foreach (GemmPath path in new[] { GemmPath.Avx512, GemmPath.Avx2, GemmPath.Vector128, GemmPath.Scalar })
    {
        if (Gemm.CanRun(path))
        {
            TimeGemm(1000, 266, 100, path);
        }
    }

    return;
}

var types = new List<Type> { typeof(KernelBenchmarks), typeof(ModelBenchmarks) };
MnistFixture? mnist = MnistFixture.Find();
if (mnist is null)
{
    Console.WriteLine("Skipping the MNIST benchmark: " + MnistFixture.ExpectedPath + " is absent.");
}
else
{
    GflopsColumn.MultiplyAdds["MnistModel"] = mnist.MultiplyAdds;
    Console.WriteLine("MNIST fixture: " + mnist.Describe());
    types.Add(typeof(MnistBenchmarks));
}

// In-process: no generated project to restore and build; one launch, single-threaded by construction.
Job job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
job = quick ? job.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1) : job.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1);
IConfig config = DefaultConfig.Instance.AddJob(job).AddColumn(StatisticColumn.Min, new GflopsColumn(fastest: false), new GflopsColumn(fastest: true));
var summaries = types.Select(t => BenchmarkRunner.Run(t, config)).ToArray();

Console.WriteLine();
Console.WriteLine("== Summary (" + (quick ? "quick" : "full") + " run, " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC, " + Environment.ProcessorCount + " cores, " + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ")");
foreach (Summary summary in summaries)
{
    foreach (BenchmarkReport report in summary.Reports)
    {
        string name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
        double? ms = report.ResultStatistics?.Mean / 1e6;
        double? fastestMs = report.ResultStatistics?.Min / 1e6;
        double? gflops = GflopsColumn.Gflops(summary, report.BenchmarkCase, fastest: false);
        double? fastestGflops = GflopsColumn.Gflops(summary, report.BenchmarkCase, fastest: true);
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-18} mean {1,9} ms (fastest {2,9} ms)  {3,10} bytes allocated/prediction  {4,7} GFLOP/s (fastest: {5})",
            name,
            ms?.ToString("F2", CultureInfo.InvariantCulture) ?? "failed",
            fastestMs?.ToString("F2", CultureInfo.InvariantCulture) ?? "-",
            allocated?.ToString(CultureInfo.InvariantCulture) ?? "-",
            gflops?.ToString("F2", CultureInfo.InvariantCulture) ?? "-",
            fastestGflops?.ToString("F2", CultureInfo.InvariantCulture) ?? "-"));
    }
}

// Best of 20 runs of C[m, n] = A[m, k]·B[k, n] with `path` forced on this thread.
static void TimeGemm(int m, int k, int n, GemmPath path)
{
    float[] a = Inputs.Random(m * k, 4);
    PackedMatrix b = PackedMatrix.FromOutputRows(Inputs.Random(n * k, 5), n, k);
    var c = new float[m * n];
    double best = double.MaxValue;
    Gemm.PathOnThisThread = path;
    try
    {
        // Untimed first, long enough for tiered compilation to optimise a path this process has not run yet.
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 500)
        {
            Gemm.Multiply(a, k, 1, m, b, c, n, ReadOnlySpan<float>.Empty, accumulate: false);
        }

        for (int run = 0; run < 20; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Gemm.Multiply(a, k, 1, m, b, c, n, ReadOnlySpan<float>.Empty, accumulate: false);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
    }
    finally
    {
        Gemm.PathOnThisThread = GemmPath.Auto;
    }

    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "GEMM {0}×{1}·{1}×{2} ({3}): best {4:F3} ms, {5:F2} GFLOP/s", m, k, n, path == GemmPath.Auto ? "auto: " + Gemm.ActivePath : "forced " + path, best, 2.0 * m * k * n / (best * 1e6)));
}
