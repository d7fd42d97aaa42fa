using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using CoreMLGen.Evaluation;
using Google.Protobuf;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>The same networks through the public API: ModelEvaluator.Load(spec bytes) + Predict.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private ModelEvaluator _beat = null!;
    private IFeatureProvider _beatInput = null!;
    private ModelEvaluator _biLstm256 = null!;
    private IFeatureProvider _biLstm256Input = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkNetwork beat = BenchmarkNetworks.Beat();
        BenchmarkNetwork big = BenchmarkNetworks.BiLstm256();
        _beat = ModelEvaluator.Load(beat.Spec.ToByteArray(), "beat");
        _beatInput = Inputs.Provider(beat.InputName, beat.InputShape, 1);
        _biLstm256 = ModelEvaluator.Load(big.Spec.ToByteArray(), "bilstm256");
        _biLstm256Input = Inputs.Provider(big.InputName, big.InputShape, 2);
    }

    [Benchmark]
    public IFeatureProvider BeatModel() => _beat.Predict(_beatInput);

    [Benchmark]
    public IFeatureProvider BiLstm256Model() => _biLstm256.Predict(_biLstm256Input);
}

/// <summary>The MNIST MLP fixture (../shared/fixtures/models/mnist_model.mlmodel) through the public API.</summary>
[MemoryDiagnoser]
public class MnistBenchmarks
{
    private ModelEvaluator _model = null!;
    private IFeatureProvider _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        MnistFixture fixture = MnistFixture.Find() ?? throw new InvalidOperationException("The MNIST fixture is missing.");
        _model = ModelEvaluator.Load(File.ReadAllBytes(fixture.Path), "mnist_model");
        _input = Inputs.Provider(fixture.InputName, fixture.InputShape, 3, fixture.InputIsDouble);
    }

    [Benchmark]
    public IFeatureProvider MnistModel() => _model.Predict(_input);
}
