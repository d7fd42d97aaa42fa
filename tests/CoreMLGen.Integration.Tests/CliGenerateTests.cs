using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// README: "generate writes exactly what the build would". A real build of a project on the packed package writes its
/// generated files (EmitCompilerGeneratedFiles); <c>coremlgen generate</c>, given the same models and the options
/// the project's items carry, must write the same files byte for byte — with and without CoreMLGen.Evaluator.
/// </summary>
public class CliGenerateTests
{
    // Iris comes from the default glob, with metadata; the package sits under Resources/ (a prefix the Apple SDK strips
    // from bundle names) with a LogicalName, in the project's root namespace.
    private const string Items = """
            <CoreMLModel Update="Models/IrisClassifier.mlmodel" Namespace="My.Models" ClassName="Flowers" Access="internal" />
            <CoreMLModel Include="Resources/Heating/Thermostat.mlpackage" LogicalName="Bundled/Heater.mlmodel" />
        """;

    private const string Program = """
        System.Console.WriteLine(IntegrationApp.ThermostatOutput.SetpointFeatureName);
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generate_writes_the_files_the_build_generates_byte_for_byte(bool evaluator)
    {
        string evaluatorReference = evaluator ? $"""<PackageReference Include="CoreMLGen.Evaluator" Version="{PackedPackage.Instance.Version}" />""" : string.Empty;
        using TemporaryProject project = TemporaryProject.Create(Items + evaluatorReference, Program);
        project.Add(SampleModels.PathOf(SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        project.Add(SampleModels.PathOf(SampleModels.Thermostat), "Resources/Heating/Thermostat.mlpackage");

        (DotnetBuild.Result build, _) = project.Build();
        build.ExitCode.ShouldBe(0, build.Output);

        string cliOutput = Path.Combine(project.Root, "cli");
        string backend = evaluator ? "--evaluator" : string.Empty;
        Generate(project.FullPath("Models/IrisClassifier.mlmodel"), cliOutput, backend, "--relative-path", "Models/IrisClassifier.mlmodel",
            "--namespace", "My.Models", "--class-name", "Flowers", "--access", "internal", "--root-namespace", "IntegrationApp");
        Generate(project.FullPath("Resources/Heating/Thermostat.mlpackage"), cliOutput, backend, "--relative-path", "Resources/Heating/Thermostat.mlpackage",
            "--logical-name", "Bundled/Heater.mlmodel", "--root-namespace", "IntegrationApp");

        Dictionary<string, string> built = Hashes(project.GeneratedDirectory);
        built.Count.ShouldBe(4, string.Join(", ", built.Keys)); // each model: the portable layer and its backend
        Hashes(cliOutput).ShouldBe(built);
    }

    private static void Generate(string model, string output, string backend, params string[] options)
    {
        var args = new List<string> { "generate", model, "-o", output };
        args.AddRange(options);
        if (backend.Length > 0)
        {
            args.Add(backend);
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CoreMLGen.Cli.Program.Run(args.ToArray(), stdout, stderr);
        exitCode.ShouldBe(0, stderr.ToString());
    }

    /// <summary>Every generated file by name: the SHA-256 of its bytes (so a mismatch reads as names, not dumps).</summary>
    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs").ToDictionary(path => Path.GetFileName(path)!, path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), StringComparer.Ordinal);
}
