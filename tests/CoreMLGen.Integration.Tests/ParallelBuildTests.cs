using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>Two projects that use the same model file, built in parallel (<c>-m</c>): both get intact outputs.</summary>
public class ParallelBuildTests
{
    private const string Items = """
            <CoreMLModel Include="../Shared/IrisClassifier.mlmodel" Link="Models/IrisClassifier.mlmodel" />
        """;

    private const string Program = "System.Console.WriteLine(IntegrationApp.IrisClassifier.ClassLabels.Count);";

    [Fact]
    public void Two_projects_converting_the_same_model_in_parallel_both_get_intact_outputs()
    {
        using TemporaryProject first = TemporaryProject.Create(Items, Program, name: "First");
        using TemporaryProject second = first.Sibling("Second", Items, Program);
        string model = Path.Combine(first.Root, "Shared", "IrisClassifier.mlmodel");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.Copy(Path.Combine(SampleModels.Directory, SampleModels.Iris), model);
        File.WriteAllText(Path.Combine(first.Root, "Both.proj"), """
            <Project DefaultTargets="Build">
              <Target Name="Restore">
                <MSBuild Projects="First/First.csproj;Second/Second.csproj" Targets="Restore" BuildInParallel="true" />
              </Target>
              <Target Name="Build">
                <MSBuild Projects="First/First.csproj;Second/Second.csproj" Targets="Build" BuildInParallel="true" />
              </Target>
            </Project>
            """);

        DotnetBuild.Result build = DotnetBuild.Run(first.Root, "build", "Both.proj", "-m:2");

        build.ExitCode.ShouldBe(0, build.Output);
        string expectedDescriptor = DescriptorWriter.Write(ModelReader.Read(model).Interface!);
        foreach (TemporaryProject project in new[] { first, second })
        {
            string outputs = Path.Combine(project.DescriptorDirectory, "_parent", "Shared");
            OutputFiles.Under(outputs).ShouldBe(new[]
            {
                "IrisClassifier.mlmodel.descriptor",
                "IrisClassifier.mlpackage/Data/com.apple.CoreML/model.mlmodel",
                "IrisClassifier.mlpackage/Manifest.json",
            });
            File.ReadAllText(Path.Combine(outputs, "IrisClassifier.mlmodel.descriptor")).ShouldBe(expectedDescriptor);
            ModelReader.Read(Path.Combine(outputs, "IrisClassifier.mlpackage")).SpecBytes.ShouldBe(File.ReadAllBytes(model));
            project.RunApp().Output.Trim().ShouldBe("3");
        }

        // The same identifier in both manifests: it depends on the item's path (its Link), not on the project.
        File.ReadAllText(Path.Combine(first.DescriptorDirectory, "_parent", "Shared", "IrisClassifier.mlpackage", "Manifest.json"))
            .ShouldBe(File.ReadAllText(Path.Combine(second.DescriptorDirectory, "_parent", "Shared", "IrisClassifier.mlpackage", "Manifest.json")));
    }
}
