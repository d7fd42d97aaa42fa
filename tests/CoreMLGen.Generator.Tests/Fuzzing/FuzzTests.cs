using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// Deterministic mutation fuzzing of everything that reads a model: reader → descriptor → generator → compile, and
/// evaluator load → predict. Fixed seeds; CI runs a bounded number of cases, <c>build/fuzz/run.sh</c> many more
/// (COREMLGEN_FUZZ_CASES, COREMLGEN_FUZZ_FIRST_SEED). A crash it finds becomes a named case in
/// <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class FuzzTests
{
    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private static int Cases(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("COREMLGEN_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) ? cases : ciDefault;

    private static int FirstSeed =>
        int.TryParse(Environment.GetEnvironmentVariable("COREMLGEN_FUZZ_FIRST_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out int seed) ? seed : 1;

    // Compiling is the slow part: the generator sees every readable model up to this many per run.
    private static int GeneratorCases(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("COREMLGEN_FUZZ_GENERATOR_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) ? cases : ciDefault;

    [Fact]
    public void Damaged_specs_built_in_code_are_refused_cleanly_or_work()
    {
        IReadOnlyList<(string Name, byte[] Spec)> seeds = FuzzSeeds.BuiltInCode();
        Fuzz("B", seeds.Count, Cases(5000), GeneratorCases(280), (caseName, seed, failures, stats) => RunSpec(seeds, caseName, seed, failures, stats));
    }

    [FixtureFact]
    public void Damaged_third_party_models_are_refused_cleanly_or_work()
    {
        IReadOnlyList<(string Name, byte[] Spec)> seeds = FuzzSeeds.Fixtures();
        Fuzz("X", seeds.Count, Cases(2500), GeneratorCases(140), (caseName, seed, failures, stats) => RunSpec(seeds, caseName, seed, failures, stats));
    }

    [Fact]
    public void Damaged_ML_Program_packages_built_in_code_are_refused_cleanly_or_work()
    {
        IReadOnlyList<MLProgramSeed> seeds = MLProgramSeeds.BuiltInCode();
        using var package = new PackageFuzzCase();
        Fuzz("P", seeds.Count, Cases(1000), GeneratorCases(40), (caseName, seed, failures, stats) => package.Run(caseName, seed, seeds[seed % seeds.Count], failures, stats));
    }

    [FixtureFact]
    public void Damaged_ML_Program_fixture_packages_are_refused_cleanly_or_work()
    {
        IReadOnlyList<MLProgramSeed> seeds = MLProgramSeeds.Fixtures();
        using var package = new PackageFuzzCase();
        Fuzz("M", seeds.Count, Cases(300), GeneratorCases(20), (caseName, seed, failures, stats) => package.Run(caseName, seed, seeds[seed % seeds.Count], failures, stats));
    }

    /// <summary>One damaged copy of one intact spec, chosen and damaged by the seed.</summary>
    internal static FuzzModel? RunSpec(IReadOnlyList<(string Name, byte[] Spec)> seeds, string caseName, int seed, List<string> failures, FuzzStats stats)
    {
        (string name, byte[] spec) = seeds[seed % seeds.Count];
        var mutator = new SpecMutator(seed);
        byte[] damaged = mutator.Mutate(spec);
        return FuzzPipeline.Run(caseName, name + ": " + mutator.LastMutation, damaged, failures, stats);
    }

    private void Fuzz(string prefix, int seedCount, int cases, int generatorCases, Func<string, int, List<string>, FuzzStats, FuzzModel?> runCase)
    {
        seedCount.ShouldBeGreaterThan(0);
        var failures = new List<string>();
        var readable = new List<FuzzModel>();
        var stats = new FuzzStats();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < cases; i++)
        {
            int seed = FirstSeed + i;
            FuzzModel? model = runCase(prefix + seed.ToString(CultureInfo.InvariantCulture), seed, failures, stats);
            if (model is not null && readable.Count < generatorCases)
            {
                readable.Add(model);
            }
        }

        TimeSpan readAndEvaluate = clock.Elapsed;
        FuzzGeneratorCheck.Check(readable, failures);
        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} cases from {1} seed models (seeds {2}..{3}; {8}): reader and evaluator in {4:F1} s; {5} readable models through the generator and compiler in {6:F1} s; {7} failures.",
            cases, seedCount, FirstSeed, FirstSeed + cases - 1, readAndEvaluate.TotalSeconds, readable.Count, (clock.Elapsed - readAndEvaluate).TotalSeconds, failures.Count, stats));
        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(30)));
    }
}
