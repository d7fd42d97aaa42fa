using System.IO;
using System.Linq;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// Visual Studio's MSBuild runs on .NET Framework, which cannot load the task; MSBuild 18 runs it in a separate .NET
/// task host instead (UsingTask Runtime="NET", TaskFactory="TaskHostFactory"), which CoreMLGen.targets selects there.
/// The same route, forced here with CoreMLGenUseTaskHost=true, is exercised by the .NET SDK's MSBuild.
/// </summary>
public class TaskHostTests
{
    [Fact]
    public void The_task_also_runs_in_a_separate_dotnet_task_host()
    {
        using TemporaryProject sample = TemporaryProject.CopyOfSample();

        (DotnetBuild.Result build, BuildLog log) = sample.Build("-p:CoreMLGenUseTaskHost=true");

        build.ExitCode.ShouldBe(0, build.Output);
        log.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel", "Thermostat.mlpackage" });
        log.Events.OfType<Microsoft.Build.Framework.BuildMessageEventArgs>()
            .Count(e => e.Message?.Contains("external task host", System.StringComparison.Ordinal) == true)
            .ShouldBeGreaterThanOrEqualTo(2, "both tasks ran outside the MSBuild process");
        File.Exists(Path.Combine(sample.DescriptorDirectory, "Models", "IrisClassifier.mlpackage", "Manifest.json")).ShouldBeTrue();
    }
}
