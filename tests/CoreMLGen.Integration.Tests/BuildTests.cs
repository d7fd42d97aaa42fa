using System.IO;
using System.Linq;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// The package end to end: CoreMLModel items → task → descriptors and packages → generator → typed classes that the
/// project's own code compiles against; and bad models fail the build with a located, coded error.
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

    // Iris is also included by the default glob; Skipped.mlmodel too, but its explicit item says Generate=false.
    private const string Items = """
            <CoreMLModel Include="Models/IrisClassifier.mlmodel" />
            <CoreMLModel Include="Models/IrisClassifier.mlmodel" />
            <CoreMLModel Include="Models/Heating/Thermostat.mlpackage" Namespace="IntegrationApp.Heating" />
            <CoreMLModel Include="Models/Skipped.mlmodel" Generate="false" />
        """;

    [Fact]
    public void Models_and_packages_become_typed_classes_the_project_compiles_against()
    {
        using TemporaryProject project = TemporaryProject.Create(Items, Program);
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Thermostat), "Models/Heating/Thermostat.mlpackage");
        File.WriteAllText(project.FullPath("Models/Skipped.mlmodel"), "not a model, but Generate=false means it is never read");

        (DotnetBuild.Result build, BuildLog log) = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        OutputFiles.Under(project.DescriptorDirectory).ShouldBe(new[]
        {
            "Models/Heating/Thermostat.mlpackage.descriptor",
            "Models/IrisClassifier.mlmodel.descriptor",
            "Models/IrisClassifier.mlpackage/Data/com.apple.CoreML/model.mlmodel",
            "Models/IrisClassifier.mlpackage/Manifest.json",
        });
        // One model (the duplicate item is one item): its types, and its backend file (none referenced here).
        Directory.EnumerateFiles(project.GeneratedDirectory).Select(Path.GetFileName).Where(n => n!.StartsWith("Models.IrisClassifier"))
            .Select(n => n!.EndsWith(".NoBackend.g.cs", System.StringComparison.Ordinal)).Order().ShouldBe(new[] { false, true });
        project.RunApp().Output.Trim().ShouldBe("3 4 setpoint 3");
    }

    [Fact]
    public void A_corrupt_model_fails_the_build_with_a_located_error_and_leaves_no_partial_output()
    {
        using TemporaryProject project = TemporaryProject.Create(
            """
                <CoreMLModel Include="Models/._IrisClassifier.mlmodel" />
                <CoreMLModel Include="Models/Escape.mlpackage" />
            """,
            "System.Console.WriteLine(IntegrationApp.IrisClassifier.SpecificationVersion);");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        File.WriteAllBytes(project.FullPath("Models/Broken.mlmodel"), SampleModels.IrisClassifier().ToBytes().Take(40).ToArray());
        File.WriteAllBytes(project.FullPath("Models/._IrisClassifier.mlmodel"), new byte[] { 0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0 });
        new PackageBuilder().Spec(SampleModels.IrisClassifier()).RootPath("../../outside.mlmodel").WriteTo(project.FullPath("Models/Escape.mlpackage"));

        (DotnetBuild.Result build, BuildLog log) = project.Build();

        build.ExitCode.ShouldNotBe(0, build.Output);
        log.Errors.Select(e => (Path.GetRelativePath(project.Directory, e.File).Replace('\\', '/'), e.Code)).OrderBy(e => e.Item1).ShouldBe(new[]
        {
            ("Models/._IrisClassifier.mlmodel", "CMLG2005"),
            ("Models/Broken.mlmodel", "CMLG2003"),
            ("Models/Escape.mlpackage/Manifest.json", "CMLG2015"),
        });
        build.Output.ShouldContain(Path.Combine("Models", "Broken.mlmodel") + " : error CMLG2003", Case.Sensitive, build.Output);
        OutputFiles.Under(project.DescriptorDirectory).ShouldBe(
            new[]
            {
                "Models/IrisClassifier.mlmodel.descriptor",
                "Models/IrisClassifier.mlpackage/Data/com.apple.CoreML/model.mlmodel",
                "Models/IrisClassifier.mlpackage/Manifest.json",
            },
            "only the good model has outputs, and no temporary files or folders are left");
    }
}
