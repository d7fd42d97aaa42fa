using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// Off Apple platforms every *.mlmodel in the project is a CoreMLModel item by default (as the Apple SDK does on
/// Apple platforms), except files in bin/ and obj/, macOS ._* metadata and the spec inside a package folder; and
/// each model's spec is embedded as a managed resource named CoreMLGen.&lt;project-relative path&gt;.mlmodel.
/// </summary>
public class DefaultItemsTests
{
    private const string Program = """
        using System;
        using System.Linq;
        using System.Security.Cryptography;
        var assembly = typeof(IntegrationApp.Classifier).Assembly;
        Console.WriteLine(string.Join(",", assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)));
        using var stream = assembly.GetManifestResourceStream("CoreMLGen.Models/Classifier.mlmodel")!;
        var bytes = new System.IO.MemoryStream();
        stream.CopyTo(bytes);
        Console.WriteLine(Convert.ToHexString(SHA256.HashData(bytes.ToArray())));
        """;

    [Fact]
    public void Every_mlmodel_is_a_model_by_default_and_its_spec_is_embedded()
    {
        using TemporaryProject project = TemporaryProject.Create(string.Empty, Program);
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/Classifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/Net.de.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Thermostat), "Models/Unlisted.mlpackage");
        File.WriteAllBytes(project.FullPath("Models/._Classifier.mlmodel"), new byte[] { 0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0 });
        Directory.CreateDirectory(project.FullPath("bin"));
        File.WriteAllText(project.FullPath("bin/Stale.mlmodel"), "not a model, and never read: bin/ is excluded");

        (DotnetBuild.Result build, BuildLog log) = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        log.ConvertedModels.ShouldBe(new[] { "Classifier.mlmodel", "Net.de.mlmodel" });
        string[] output = project.RunApp().Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        output[0].ShouldBe("CoreMLGen.Models/Classifier.mlmodel,CoreMLGen.Models/Net.de.mlmodel", "a culture-like name is no satellite resource");
        output[1].ShouldBe(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(project.FullPath("Models/Classifier.mlmodel")))));

        EvaluatedModels(project, "-p:EnableDefaultCoreMLModelItems=false").ShouldBeEmpty();
    }

    [Fact]
    public void A_package_item_embeds_its_root_spec_and_explicit_items_win_over_the_glob()
    {
        using TemporaryProject project = TemporaryProject.Create(
            """
                <CoreMLModel Include="Models/Heating.mlpackage" />
                <CoreMLModel Update="Models/Classifier.mlmodel" ClassName="Renamed" />
            """,
            """
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Order(typeof(IntegrationApp.Renamed).Assembly.GetManifestResourceNames(), System.StringComparer.Ordinal)));
            System.Console.WriteLine(IntegrationApp.Heating.SpecificationVersion);
            """);
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/Classifier.mlmodel");
        new PackageBuilder().Spec(SampleModels.ThermostatRegressor()).RootPath("elsewhere/spec.bin").WriteTo(project.FullPath("Models/Heating.mlpackage"));

        (DotnetBuild.Result build, _) = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        project.RunApp().Output.Split('\n', StringSplitOptions.TrimEntries)[0].ShouldBe("CoreMLGen.Models/Classifier.mlmodel,CoreMLGen.Models/Heating.mlpackage.mlmodel");
        EvaluatedModels(project).ShouldBe(new[] { "Models/Classifier.mlmodel", "Models/Heating.mlpackage" });
    }

    /// <summary>The CoreMLModel items of an evaluation (no build): <c>dotnet msbuild -getItem</c>.</summary>
    private static string[] EvaluatedModels(TemporaryProject project, params string[] properties)
    {
        DotnetBuild.Result result = DotnetBuild.Exec(project.Directory, new[] { "msbuild", project.ProjectFile, "-getItem:CoreMLModel", "-nologo" }.Concat(properties).ToArray());
        result.ExitCode.ShouldBe(0, result.Output);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("CoreMLModel").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
