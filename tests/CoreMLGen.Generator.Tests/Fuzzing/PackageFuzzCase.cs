using System;
using System.Collections.Generic;
using System.IO;
using CoreMLGen.Testing.Builders;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// One damaged ML Program package: from the seed, the spec (six cases in ten), the weight file (three in ten) or both
/// are damaged, written into a package folder reused from case to case, and run through <see cref="FuzzPipeline"/>.
/// </summary>
public sealed class PackageFuzzCase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coremlgen-fuzz-" + Guid.NewGuid().ToString("N"));

    public PackageFuzzCase()
    {
        new PackageBuilder().WriteTo(PackagePath);
        Directory.CreateDirectory(Path.Combine(DataFolder, "weights"));
    }

    public string PackagePath => Path.Combine(_root, "Fuzz.mlpackage");

    private string DataFolder => Path.Combine(PackagePath, "Data", "com.apple.CoreML");

    public FuzzModel? Run(string caseName, int seed, MLProgramSeed intact, List<string> failures, FuzzStats stats)
    {
        int choice = new Random(seed).Next(10);
        byte[] spec = intact.Spec, weights = intact.Weights;
        var mutations = new List<string>();
        if (choice < 6 || choice == 9)
        {
            var mutator = new SpecMutator(seed);
            spec = mutator.Mutate(spec);
            mutations.Add(mutator.LastMutation);
        }

        if (choice >= 6)
        {
            var mutator = new WeightFileMutator(seed);
            weights = mutator.Mutate(weights);
            mutations.Add(mutator.LastMutation);
        }

        Write(spec, weights);
        return FuzzPipeline.RunPackage(caseName, intact.Name + ": " + string.Join("; ", mutations), PackagePath, failures, stats);
    }

    /// <summary>Replaces the package's spec and weight file.</summary>
    public void Write(byte[] spec, byte[] weights)
    {
        File.WriteAllBytes(Path.Combine(DataFolder, "model.mlmodel"), spec);
        File.WriteAllBytes(Path.Combine(DataFolder, "weights", "weight.bin"), weights);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
