using System.IO;
using System.Linq;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// The MSBuild integration end to end: CoreMLModel items → task → descriptors → generator → typed classes that
/// the project's own code compiles against; and bad models fail the build with a located, coded error.
/// </summary>
public class BuildTests
{
    private const string Program = """
        using CoreMLGen;
        using IntegrationApp;
        using IntegrationApp.Heating;

        var iris = new IrisClassifierInput(MultiArray<double>.Wrap(new double[] { 5.1, 3.5, 1.4, 0.2 }, 4));
        var readings = new ThermostatInput(MultiArray<double>.Wrap(new double[] { 20, 5, 8 }, 3));
        System.Console.WriteLine(IrisClassifier.ClassLabels.Count + " " + iris.Measurements.Count + " " + ThermostatOutput.SetpointFeatureName + " " + readings.Readings.Count);
        """;

    private const string Items = """
            <CoreMLModel Include="Models/IrisClassifier.mlmodel" />
            <CoreMLModel Include="Models/IrisClassifier.mlmodel" />
            <CoreMLModel Include="Models/Heating/Thermostat.mlpackage" Namespace="IntegrationApp.Heating" />
            <CoreMLModel Include="Models/Skipped.mlmodel" Generate="false" />
        """;

    [Fact]
    public void Models_and_packages_become_typed_classes_the_project_compiles_against()
    {
        using var project = new TemporaryProject(Items, Program);
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Thermostat), "Models/Heating/Thermostat.mlpackage");
        File.WriteAllText(project.FullPath("Models/Skipped.mlmodel"), "not a model, but Generate=false means it is never read");

        DotnetBuild.Result build = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        System.Text.RegularExpressions.Regex.IsMatch(build.Output, @"warning [A-Z]+[0-9]+").ShouldBeFalse(build.Output);
        Directory.EnumerateFiles(project.DescriptorDirectory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(project.DescriptorDirectory, p).Replace('\\', '/'))
            .OrderBy(p => p)
            .ShouldBe(new[] { "Models/Heating/Thermostat.mlpackage.descriptor", "Models/IrisClassifier.mlmodel.descriptor" });
        Directory.EnumerateFiles(project.GeneratedDirectory).Select(Path.GetFileName).Count(n => n!.StartsWith("Models.IrisClassifier")).ShouldBe(1);

        DotnetBuild.Result run = DotnetBuild.Run(project.Directory, "run", "--no-build");
        run.Output.Trim().ShouldBe("3 4 setpoint 3");
    }

    [Fact]
    public void A_corrupt_model_fails_the_build_with_a_located_error_and_leaves_no_partial_output()
    {
        using var project = new TemporaryProject(
            """
                <CoreMLModel Include="Models/IrisClassifier.mlmodel" />
                <CoreMLModel Include="Models/Broken.mlmodel" />
                <CoreMLModel Include="Models/._IrisClassifier.mlmodel" />
                <CoreMLModel Include="Models/Escape.mlpackage" />
            """,
            "System.Console.WriteLine(IntegrationApp.IrisClassifier.SpecificationVersion);");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        File.WriteAllBytes(project.FullPath("Models/Broken.mlmodel"), SampleModels.IrisClassifier().ToBytes().Take(40).ToArray());
        File.WriteAllBytes(project.FullPath("Models/._IrisClassifier.mlmodel"), new byte[] { 0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0 });
        new PackageBuilder().Spec(SampleModels.IrisClassifier()).RootPath("../../outside.mlmodel").WriteTo(project.FullPath("Models/Escape.mlpackage"));

        DotnetBuild.Result build = project.Build();

        build.ExitCode.ShouldNotBe(0, build.Output);
        build.Output.ShouldContain(Path.Combine("Models", "Broken.mlmodel") + " : error CMLG2003", Case.Sensitive, build.Output);
        build.Output.ShouldContain(Path.Combine("Models", "._IrisClassifier.mlmodel") + " : error CMLG2005");
        build.Output.ShouldContain(Path.Combine("Escape.mlpackage", "Manifest.json") + " : error CMLG2015");
        Directory.EnumerateFiles(project.DescriptorDirectory, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ShouldBe(new[] { "IrisClassifier.mlmodel.descriptor" }, "only the good model has a descriptor, and no temporary files are left");
    }
}
