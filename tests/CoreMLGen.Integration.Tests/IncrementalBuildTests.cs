using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoreMLGen.Spec.Reading;
using Microsoft.Build.Framework;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// A temporary copy of the sample, built again and again: the first build converts and generates, a second build
/// converts nothing (the conversion target is skipped as up to date), touching one model converts only that model,
/// and <c>dotnet clean</c> leaves no output behind.
/// </summary>
public class IncrementalBuildTests
{
    private const string Conversion = "_CoreMLGen_WriteDescriptors";
    private const string ConversionTask = "WriteCoreMLModelDescriptors";
    private const string IrisPackage = "Models/IrisClassifier.mlpackage";

    [Fact]
    public void The_sample_converts_once_then_only_what_changed_and_cleans_up()
    {
        using TemporaryProject sample = TemporaryProject.CopyOfSample();
        string iris = sample.FullPath("Models/IrisClassifier.mlmodel");

        (DotnetBuild.Result first, BuildLog firstLog) = sample.Build("-p:EmitCompilerGeneratedFiles=true");
        first.ExitCode.ShouldBe(0, first.Output);
        firstLog.Warnings.ShouldBeEmpty(first.Output);
        firstLog.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel", "Thermostat.mlpackage" });
        firstLog.TaskRuns("Csc").ShouldBe(1);
        Directory.EnumerateFiles(sample.GeneratedDirectory).Select(f => Path.GetFileName(f).Split('.')[1]).Distinct().Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(new[] { "IrisClassifier", "Thermostat" }, "the generator ran on both models");
        OutputFiles.Under(sample.DescriptorDirectory).ShouldBe(new[]
        {
            "Models/IrisClassifier.mlmodel.descriptor",
            IrisPackage + "/Data/com.apple.CoreML/model.mlmodel",
            IrisPackage + "/Manifest.json",
            "Models/Thermostat.mlpackage.descriptor",
        });
        AssertPackageHoldsTheModel(Path.Combine(sample.DescriptorDirectory, IrisPackage), iris);
        IReadOnlyDictionary<string, OutputFiles.State> afterFirst = OutputFiles.Snapshot(sample.DescriptorDirectory);

        (DotnetBuild.Result second, BuildLog secondLog) = sample.Build("-p:EmitCompilerGeneratedFiles=true");
        second.ExitCode.ShouldBe(0, second.Output);
        secondLog.TaskRuns(ConversionTask).ShouldBe(0);
        secondLog.Skips(Conversion).ShouldBe(new[] { TargetSkipReason.OutputsUpToDate, TargetSkipReason.OutputsUpToDate });
        secondLog.Skips("CoreCompile").ShouldContain(TargetSkipReason.OutputsUpToDate);
        secondLog.TaskRuns("Csc").ShouldBe(0);
        secondLog.ConvertedModels.ShouldBeEmpty();
        OutputFiles.Snapshot(sample.DescriptorDirectory).ShouldBe(afterFirst);

        File.SetLastWriteTimeUtc(iris, DateTime.UtcNow.AddSeconds(1));
        (DotnetBuild.Result third, BuildLog thirdLog) = sample.Build("-p:EmitCompilerGeneratedFiles=true");
        third.ExitCode.ShouldBe(0, third.Output);
        thirdLog.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel" });
        thirdLog.TaskRuns(ConversionTask).ShouldBe(1);
        thirdLog.Skips(Conversion).ShouldBe(new[] { TargetSkipReason.OutputsUpToDate });
        IReadOnlyDictionary<string, OutputFiles.State> afterThird = OutputFiles.Snapshot(sample.DescriptorDirectory);
        afterThird["Models/Thermostat.mlpackage.descriptor"].ShouldBe(afterFirst["Models/Thermostat.mlpackage.descriptor"]);
        foreach (string file in afterFirst.Keys.Where(f => f.StartsWith("Models/Iris", StringComparison.Ordinal)))
        {
            afterThird[file].Sha256.ShouldBe(afterFirst[file].Sha256, "a rebuild writes byte-identical outputs: " + file);
            afterThird[file].Written.ShouldBeGreaterThan(afterFirst[file].Written, file);
        }

        (DotnetBuild.Result clean, _) = sample.Run("clean");
        clean.ExitCode.ShouldBe(0, clean.Output);
        Directory.Exists(sample.DescriptorDirectory).ShouldBeFalse("dotnet clean removes every descriptor and package");
    }

    [Fact]
    public void Deleting_a_model_removes_its_generated_types_and_outputs_on_the_next_build()
    {
        using TemporaryProject project = TemporaryProject.Create(
            string.Empty,
            "System.Console.WriteLine(typeof(IntegrationApp.Thermostat).Assembly.GetType(\"IntegrationApp.IrisClassifier\") is null ? \"gone\" : \"present\");",
            name: "Shrinking");
        project.Add(Path.Combine(CoreMLGen.Testing.SampleModels.Directory, "IrisClassifier.mlmodel"), "Models/IrisClassifier.mlmodel");
        File.WriteAllBytes(project.FullPath("Models/Thermostat.mlmodel"), CoreMLGen.Testing.SampleModels.ThermostatRegressor().ToBytes());
        (DotnetBuild.Result first, _) = project.Build();
        first.ExitCode.ShouldBe(0, first.Output);
        project.RunApp().Output.Trim().ShouldBe("present");

        File.Delete(project.FullPath("Models/IrisClassifier.mlmodel"));
        (DotnetBuild.Result second, BuildLog log) = project.Build();

        second.ExitCode.ShouldBe(0, second.Output);
        log.ConvertedModels.ShouldBeEmpty();
        project.RunApp().Output.Trim().ShouldBe("gone");
        OutputFiles.Under(project.DescriptorDirectory).ShouldBe(new[]
        {
            "Models/Thermostat.mlmodel.descriptor",
            "Models/Thermostat.mlpackage/Data/com.apple.CoreML/model.mlmodel",
            "Models/Thermostat.mlpackage/Manifest.json",
        });
    }

    [Fact]
    public void Another_CoreMLGen_converts_and_compiles_again_even_when_its_files_are_older()
    {
        using TemporaryProject sample = TemporaryProject.CopyOfSample(ownPackagesFolder: true);
        (DotnetBuild.Result first, _) = sample.Build();
        first.ExitCode.ShouldBe(0, first.Output);

        // As a re-pack of the same version restored again, or a downgrade: new content, times from the package.
        string targets = Path.Combine(sample.RestoredPackage, "buildTransitive", "CoreMLGen.targets");
        DateTime packed = File.GetLastWriteTimeUtc(targets);
        File.AppendAllText(targets, "<!-- another CoreMLGen -->\n");
        File.SetLastWriteTimeUtc(targets, packed);
        (DotnetBuild.Result second, BuildLog log) = sample.Build();

        second.ExitCode.ShouldBe(0, second.Output);
        packed.ShouldBeLessThan(File.GetLastWriteTimeUtc(Path.Combine(sample.DescriptorDirectory, "Models", "IrisClassifier.mlmodel.descriptor")));
        log.ConvertedModels.ShouldBe(new[] { "IrisClassifier.mlmodel", "Thermostat.mlpackage" });
        log.TaskRuns("Csc").ShouldBe(1);
    }

    /// <summary>The package parses back to the same spec bytes, and its manifest follows Apple's schema as coremltools writes it.</summary>
    private static void AssertPackageHoldsTheModel(string package, string model)
    {
        ModelReadResult read = ModelReader.Read(package);
        read.Errors.ShouldBeEmpty();
        read.SpecBytes.ShouldBe(File.ReadAllBytes(model));

        string text = File.ReadAllText(Path.Combine(package, "Manifest.json"));
        text.ShouldStartWith("{\n    \"fileFormatVersion\": \"1.0.0\",\n    \"itemInfoEntries\": {\n        \"");
        using JsonDocument manifest = JsonDocument.Parse(text);
        JsonElement root = manifest.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(new[] { "fileFormatVersion", "itemInfoEntries", "rootModelIdentifier" });
        string identifier = root.GetProperty("rootModelIdentifier").GetString()!;
        Regex.IsMatch(identifier, "^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$").ShouldBeTrue(identifier);
        JsonProperty entry = root.GetProperty("itemInfoEntries").EnumerateObject().ShouldHaveSingleItem();
        entry.Name.ShouldBe(identifier);
        entry.Value.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe(new[]
        {
            ("author", (string?)"com.apple.CoreML"),
            ("description", "CoreML Model Specification"),
            ("name", "model.mlmodel"),
            ("path", "com.apple.CoreML/model.mlmodel"),
        });
    }
}
