using BenchmarkDotNet.Attributes;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>The recurrent networks run kernel by kernel (no model runner): the speed of the kernels alone.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private KernelChain _beat = null!;
    private KernelChain _biLstm256 = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkNetwork beat = BenchmarkNetworks.Beat();
        BenchmarkNetwork big = BenchmarkNetworks.BiLstm256();
        _beat = new KernelChain(beat, Inputs.Blob(beat.InputShape, 1));
        _biLstm256 = new KernelChain(big, Inputs.Blob(big.InputShape, 2));
    }

    /// <summary>madmom-like beat network, 1000 frames.</summary>
    [Benchmark]
    public float BeatKernels() => _beat.Run().Data[0];

    /// <summary>2 × BiLSTM-256 over 1000 × 88.</summary>
    [Benchmark]
    public float BiLstm256Kernels() => _biLstm256.Run().Data[0];
}
