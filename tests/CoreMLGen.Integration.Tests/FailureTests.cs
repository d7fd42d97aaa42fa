using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>A model that goes bad after a good build: a located error, and the last good outputs stay exactly as they were.</summary>
public class FailureTests
{
    [Fact]
    public void A_model_corrupted_after_a_good_build_is_a_located_error_and_keeps_its_previous_outputs()
    {
        using TemporaryProject project = TemporaryProject.Create(string.Empty, "System.Console.WriteLine(IntegrationApp.IrisClassifier.ClassLabels.Count);");
        string model = project.FullPath("Models/IrisClassifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        (DotnetBuild.Result good, _) = project.Build();
        good.ExitCode.ShouldBe(0, good.Output);
        IReadOnlyDictionary<string, OutputFiles.State> before = OutputFiles.Snapshot(project.DescriptorDirectory);
        before.Count.ShouldBe(3);

        byte[] original = File.ReadAllBytes(model);
        File.WriteAllBytes(model, original.Take(original.Length / 2).ToArray());
        (DotnetBuild.Result bad, BuildLog badLog) = project.Build();

        bad.ExitCode.ShouldNotBe(0);
        Microsoft.Build.Framework.BuildErrorEventArgs error = badLog.Errors.ShouldHaveSingleItem(bad.Output);
        error.Code.ShouldBe("CMLG2003");
        error.File.ShouldBe(model);
        error.Message!.ShouldContain("IrisClassifier.mlmodel");
        OutputFiles.Snapshot(project.DescriptorDirectory).ShouldBe(before, "the descriptor and package of the last good build are untouched, and nothing else is left");

        // Still out of date, so the next build tries again: fixed, it converts and succeeds.
        File.WriteAllBytes(model, original);
        (DotnetBuild.Result fixedBuild, BuildLog fixedLog) = project.Build();
        fixedBuild.ExitCode.ShouldBe(0, fixedBuild.Output);
        fixedLog.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel" });
    }
}
