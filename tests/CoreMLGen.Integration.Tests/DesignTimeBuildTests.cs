using System.IO;
using CoreMLGen.Testing;
using Microsoft.Build.Framework;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// An IDE's design-time build (what Visual Studio and C# Dev Kit run to feed IntelliSense: Compile with
/// DesignTimeBuild=true, BuildingProject=false and the compiler not executed) writes the descriptors, so the generator
/// sees the models before any real build; a second one converts nothing.
/// </summary>
public class DesignTimeBuildTests
{
    private static readonly string[] DesignTime =
    {
        "-restore", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
    };

    [Fact]
    public void A_design_time_build_writes_the_descriptors_and_is_cheap_when_up_to_date()
    {
        using TemporaryProject sample = TemporaryProject.CopyOfSample();

        (DotnetBuild.Result first, BuildLog firstLog) = sample.Run("msbuild", DesignTime);

        first.ExitCode.ShouldBe(0, first.Output);
        firstLog.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel", "Thermostat.mlpackage" });
        File.Exists(Path.Combine(sample.DescriptorDirectory, "Models", "IrisClassifier.mlmodel.descriptor")).ShouldBeTrue();
        File.Exists(Path.Combine(sample.DescriptorDirectory, "Models", "Thermostat.mlpackage.descriptor")).ShouldBeTrue();
        File.Exists(Path.Combine(sample.Directory, "bin", "Debug", "net10.0", "CoreMLGen.Sample.dll")).ShouldBeFalse("nothing was compiled");

        (DotnetBuild.Result second, BuildLog secondLog) = sample.Run("msbuild", DesignTime);

        second.ExitCode.ShouldBe(0, second.Output);
        secondLog.TaskRuns("WriteCoreMLModelDescriptors").ShouldBe(0);
        secondLog.Skips("_CoreMLGen_WriteDescriptors").ShouldBe(new[] { TargetSkipReason.OutputsUpToDate, TargetSkipReason.OutputsUpToDate });
    }
}
