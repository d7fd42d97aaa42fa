using System.Collections.Generic;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// Every crash the fuzzer found, by the seed that found it: the same damage to the same model, through the whole
/// pipeline. (The crashes found before the fuzzer lived here have their own minimal-spec tests next to the code they
/// concern: reader, evaluator, CLI.)
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<int> BuiltInCodeSeeds() => new();

    [Fact]
    public void The_mutator_is_deterministic()
    {
        byte[] spec = SampleModels.IrisClassifier().ToBytes();
        for (int seed = 1; seed <= 50; seed++)
        {
            new SpecMutator(seed).Mutate(spec).ShouldBe(new SpecMutator(seed).Mutate(spec), "seed " + seed);
        }
    }

    private static void Replay(IReadOnlyList<(string Name, byte[] Spec)> seeds, string prefix, int seed)
    {
        (string name, byte[] spec) = seeds[seed % seeds.Count];
        var mutator = new SpecMutator(seed);
        byte[] damaged = mutator.Mutate(spec);
        var failures = new List<string>();
        FuzzModel? model = FuzzPipeline.Run(prefix + seed, name + ": " + mutator.LastMutation, damaged, failures);
        if (model is not null)
        {
            FuzzGeneratorCheck.Check(new[] { model }, failures);
        }

        failures.ShouldBeEmpty();
    }
}
