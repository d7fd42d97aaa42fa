using System.IO;
using System.Linq;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// A copy of the sample, which references CoreMLGen.Evaluator, built from the packed packages and run: the generated
/// Load() finds the spec the build embedded, under the name the build told the generator, and predicts.
/// </summary>
public class EvaluatorBackendTests
{
    [Fact]
    public void The_sample_predicts_off_Apple_from_the_specs_the_build_embedded()
    {
        using TemporaryProject sample = TemporaryProject.CopyOfSample();

        (DotnetBuild.Result build, BuildLog log) = sample.Build("-p:EmitCompilerGeneratedFiles=true");

        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        string[] generated = Directory.EnumerateFiles(sample.GeneratedDirectory).Select(Path.GetFileName).ToArray()!;
        generated.Count(n => n.EndsWith(".Evaluator.g.cs", System.StringComparison.Ordinal)).ShouldBe(2, string.Join(", ", generated));
        string iris = File.ReadAllText(Directory.EnumerateFiles(sample.GeneratedDirectory, "Models.IrisClassifier.*.Evaluator.g.cs").Single());
        iris.ShouldContain("EmbeddedSpecResourceName = \"CoreMLGen.Models/IrisClassifier.mlmodel\"");

        DotnetBuild.Result run = sample.RunApp();

        run.ExitCode.ShouldBe(0, run.Output);
        // The app formats numbers in the current culture.
        run.Output.ShouldContain("] -> 'setosa'");
        run.Output.ShouldMatch(@"setpoint 20[.,]55");
        run.Output.ShouldContain("wrong input: Input 'readings' has shape [2], but the model takes shape [3].");
    }
}
