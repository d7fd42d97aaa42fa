using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
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

    /// <summary>
    /// The built ML Program package (<see cref="MLProgramSeeds.BuiltInCode"/>) with an op argument whose binding was
    /// cleared (neither a name nor a value): a KeyNotFoundException in the MIL interpreter's OpContext, now refused by
    /// the program validator naming the op and the input.
    /// </summary>
    public static TheoryData<int> BuiltInMLProgramSeeds() => new() { 99, 239, 395, 418, 648, 784, 870, 947, 1060, 1069, 1149, 1295 };

    [Theory]
    [MemberData(nameof(BuiltInMLProgramSeeds))]
    public void Built_in_ML_Program_case_is_refused_cleanly(int seed) => ReplayPackage(MLProgramSeeds.BuiltInCode(), "P", seed);

    /// <summary>
    /// The long run of 2026-12-06 (seeds 2,000,000…): in the built ML Program package, a weight-file name with a NUL
    /// character (ArgumentException from the file system: 2000563, 2003436, 2009257), an input dimension of 2^31 − 1
    /// (OutOfMemory/Overflow while planning buffers: 2000879, 2001570, 2001683, 2004295, 2008820) and a block output
    /// listed twice (duplicate key: 2004334, 2005912, 2009862, 2009965). Each is now a load error naming the model.
    /// </summary>
    public static TheoryData<int> LongRunMLProgramSeeds() => new() { 2000563, 2000879, 2001570, 2001683, 2003436, 2004295, 2004334, 2005912, 2008820, 2009257, 2009862, 2009965 };

    [Theory]
    [MemberData(nameof(LongRunMLProgramSeeds))]
    public void Built_in_ML_Program_case_of_the_long_run_is_refused_cleanly(int seed) => ReplayPackage(MLProgramSeeds.BuiltInCode(), "P", seed);

    /// <summary>The same long run, masks_fp32 with an input dimension of 2^31 − 1 (OverflowException while planning).</summary>
    [FixtureFact]
    public void Fixture_ML_Program_case_of_the_long_run_is_refused_cleanly() => ReplayPackage(MLProgramSeeds.Fixtures(), "M", 2007517);

    [Fact]
    public void The_mutator_is_deterministic()
    {
        byte[] spec = SampleModels.IrisClassifier().ToBytes();
        for (int seed = 1; seed <= 50; seed++)
        {
            new SpecMutator(seed).Mutate(spec).ShouldBe(new SpecMutator(seed).Mutate(spec), "seed " + seed);
        }
    }

    [Fact]
    public void The_weight_file_mutator_is_deterministic()
    {
        byte[] weights = MLProgramSeeds.BuiltInCode()[0].Weights;
        for (int seed = 1; seed <= 50; seed++)
        {
            new WeightFileMutator(seed).Mutate(weights).ShouldBe(new WeightFileMutator(seed).Mutate(weights), "seed " + seed);
        }
    }

    [Fact]
    public void The_intact_ML_Program_built_in_code_predicts_what_a_plain_loop_computes()
    {
        // Fuzzing a seed that never loads would test only refusals: the intact program must run, and run right.
        MLProgramSeed seed = MLProgramSeeds.BuiltInCode()[0];
        using var package = new PackageFuzzCase();
        package.Write(seed.Spec, seed.Weights);
        float[] x = { 1, -2, 0.5f, 3 };

        IFeatureProvider output = ModelEvaluator.Load(package.PackagePath)
            .Predict(new DictionaryFeatureProvider(new Dictionary<string, FeatureValue> { ["x"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(x, 1, 4)) }));

        // weight[i] = ((i % 5) - 2) * 0.5 row-major [3, 4]; bias 0.5, -0.25, 0; scale (float16) 1, 2, 3.
        double[] bias = { 0.5, -0.25, 0 }, scale = { 1, 2, 3 }, h = new double[3], m = new double[3];
        for (int row = 0; row < 3; row++)
        {
            h[row] = bias[row];
            for (int column = 0; column < 4; column++)
            {
                h[row] += ((((row * 4) + column) % 5) - 2) * 0.5 * x[column];
            }

            m[row] = Math.Max(h[row], 0) * scale[row];
        }

        double total = m.Sum(Math.Exp);
        double[] y = m.Select(v => Math.Exp(v) / total).ToArray();
        output.GetFeatureValue("h")!.GetMultiArray<float>().ToArray().Select(v => (double)v).ShouldBe(h, 1e-6);
        output.GetFeatureValue("y")!.GetMultiArray<float>().ToArray().Select(v => (double)v).ShouldBe(y, 1e-6);
    }

    private static void Replay(IReadOnlyList<(string Name, byte[] Spec)> seeds, string prefix, int seed)
    {
        var failures = new List<string>();
        FuzzModel? model = FuzzTests.RunSpec(seeds, prefix + seed, seed, failures, new FuzzStats());
        Check(model, failures);
    }

    private static void ReplayPackage(IReadOnlyList<MLProgramSeed> seeds, string prefix, int seed)
    {
        var failures = new List<string>();
        using var package = new PackageFuzzCase();
        FuzzModel? model = package.Run(prefix + seed, seed, seeds[seed % seeds.Count], failures, new FuzzStats());
        Check(model, failures);
    }

    private static void Check(FuzzModel? model, List<string> failures)
    {
        if (model is not null)
        {
            FuzzGeneratorCheck.Check(new[] { model }, failures);
        }

        failures.ShouldBeEmpty();
    }
}
