using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>The intact models the fuzzer damages.</summary>
public static class FuzzSeeds
{
    /// <summary>Specs built in code: the samples' models and fixed-seed random models of every feature type and layer mix.</summary>
    public static IReadOnlyList<(string Name, byte[] Spec)> BuiltInCode()
    {
        var seeds = new List<(string, byte[])>
        {
            ("IrisClassifier", SampleModels.IrisClassifier().ToBytes()),
            ("Thermostat", SampleModels.ThermostatRegressor().ToBytes()),
            ("Midi", Testing.Builders.MidiModel.Build().ToBytes()),
        };
        for (int seed = 1; seed <= 40; seed++)
        {
            (string stem, Testing.Builders.SpecBuilder spec) = new RandomSpecGenerator(seed).Next("R" + seed);
            seeds.Add(("random " + seed + " " + stem, spec.ToBytes()));
        }

        return seeds;
    }

    /// <summary>The third-party model files of ../shared/fixtures/models (empty when the folder is absent).</summary>
    public static IReadOnlyList<(string Name, byte[] Spec)> Fixtures() =>
        Directory.Exists(TestPaths.FixtureModels)
            ? Directory.EnumerateFiles(TestPaths.FixtureModels, "*.mlmodel").OrderBy(path => path, System.StringComparer.Ordinal)
                .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToList()
            : new List<(string, byte[])>();
}
