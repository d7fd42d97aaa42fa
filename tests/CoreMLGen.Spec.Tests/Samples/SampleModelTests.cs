using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Samples;

/// <summary>
/// The sample's models are made by this repository (SampleModels), never copied from elsewhere: the committed
/// files must be exactly what the code builds. Regenerate with COREMLGEN_ACCEPT_SNAPSHOTS=1 (refused on CI).
/// </summary>
public class SampleModelTests
{
    [Fact]
    public void Committed_sample_models_are_exactly_what_SampleModels_builds()
    {
        var stale = new List<string>();
        foreach (KeyValuePair<string, byte[]> file in SampleModels.Files())
        {
            string path = Path.GetFullPath(Path.Combine(SampleModels.Directory, file.Key));
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Value))
            {
                continue;
            }

            if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Value);
            }

            stale.Add(file.Key);
        }

        stale.ShouldBeEmpty("sample models differ from SampleModels (accept with " + Snapshot.AcceptVariable + "=1): " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData(SampleModels.Iris)]
    [InlineData(SampleModels.Thermostat)]
    [InlineData(SampleModels.Midi)]
    public void Sample_models_read_without_problems(string name)
    {
        ModelReadResult result = ModelReader.Read(SampleModels.PathOf(name));

        result.Errors.ShouldBeEmpty();
        result.Warnings.ShouldBeEmpty();
        result.Interface!.Inputs.ShouldNotBeEmpty();
    }
}
