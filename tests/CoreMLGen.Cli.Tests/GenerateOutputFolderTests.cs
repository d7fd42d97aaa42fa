using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>
/// Several runs of <c>generate</c> into one folder: two different models with the same file name never leave a mix
/// of files (the second is refused, whatever the timing), the same model may be generated again, and a model's files
/// that it no longer generates go.
/// </summary>
public sealed class GenerateOutputFolderTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_different_model_with_the_same_file_name_is_refused_and_changes_nothing()
    {
        (string iris, string thermostat) = TwoModelsNamedAlike();
        string output = _files["out"];
        GoldenFiles.Cli("generate", iris, "-o", output).ExitCode.ShouldBe(0);
        Dictionary<string, string> before = Contents(output);

        (int exitCode, string stdout, string error) = GoldenFiles.Cli("generate", thermostat, "-o", output);

        exitCode.ShouldBe(2);
        stdout.ShouldBeEmpty();
        error.ShouldBe("error: " + Path.Combine(output, "Model.mlmodel.g.cs") + " was generated from " + iris + ", a different model than " + thermostat
            + "; nothing was written. Generate each model into its own folder (-o), or give one another --relative-path\n");
        Contents(output).ShouldBe(before);
    }

    [Fact]
    public void The_same_model_can_be_generated_again_and_another_path_keeps_outputs_apart()
    {
        (string iris, string thermostat) = TwoModelsNamedAlike();
        string output = _files["out"];

        GoldenFiles.Cli("generate", iris, "-o", output).ExitCode.ShouldBe(0);
        GoldenFiles.Cli("generate", iris, "-o", output).ExitCode.ShouldBe(0);
        (int exitCode, _, string error) = GoldenFiles.Cli("generate", thermostat, "-o", output, "--relative-path", "Other/Model.mlmodel");

        exitCode.ShouldBe(0, error);
        Contents(output).Keys.Count(name => name.StartsWith("Model.mlmodel.", StringComparison.Ordinal)).ShouldBe(2);
        Contents(output).Keys.Count(name => name.StartsWith("Other.Model.mlmodel.", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void Files_the_model_no_longer_generates_are_removed()
    {
        string model = _files["Model.mlmodel"];
        MidiModel.Build().WriteTo(model);
        string output = _files["out"];
        GoldenFiles.Cli("generate", model, "-o", output).ExitCode.ShouldBe(0);
        Contents(output).Keys.ShouldContain("Model.mlmodel.State.g.cs");

        SampleModels.IrisClassifier().WriteTo(model);
        (int exitCode, _, string error) = GoldenFiles.Cli("generate", model, "-o", output);

        exitCode.ShouldBe(0, error);
        Contents(output).Keys.Order(StringComparer.Ordinal).ShouldBe(new[] { "Model.mlmodel.NoBackend.g.cs", "Model.mlmodel.g.cs" });
    }

    [Fact]
    public async Task Concurrent_runs_of_two_models_named_alike_leave_one_complete_set()
    {
        (string iris, string thermostat) = TwoModelsNamedAlike();
        Dictionary<string, string> irisAlone = Generated(iris, _files["iris-alone"]);
        Dictionary<string, string> thermostatAlone = Generated(thermostat, _files["thermostat-alone"]);

        for (int run = 0; run < 12; run++)
        {
            string output = _files["race-" + run];
            (int ExitCode, string Output, string Error)[] racers = await Task.WhenAll(
                Task.Run(() => GoldenFiles.Cli("generate", iris, "-o", output)),
                Task.Run(() => GoldenFiles.Cli("generate", thermostat, "-o", output)));

            // One wins, the other is refused; the folder holds exactly the winner's files, and nothing half-written.
            racers.Select(r => r.ExitCode).Order().ToArray().ShouldBe(new[] { 0, 2 }, string.Join("\n", racers.Select(r => r.Error)));
            bool irisWon = racers[0].ExitCode == 0;
            Contents(output).ShouldBe(irisWon ? irisAlone : thermostatAlone);
            Directory.EnumerateDirectories(output).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Concurrent_processes_of_two_models_named_alike_leave_one_complete_set()
    {
        (string iris, string thermostat) = TwoModelsNamedAlike();
        Dictionary<string, string> irisAlone = Generated(iris, _files["iris-alone"]);
        Dictionary<string, string> thermostatAlone = Generated(thermostat, _files["thermostat-alone"]);

        for (int run = 0; run < 5; run++)
        {
            string output = _files["processes-" + run];
            (int ExitCode, string Output, string Error)[] racers = await Task.WhenAll(
                CoremlgenProcess.RunAsync("generate", iris, "-o", output),
                CoremlgenProcess.RunAsync("generate", thermostat, "-o", output));

            racers.Select(r => r.ExitCode).Order().ToArray().ShouldBe(new[] { 0, 2 }, string.Join("\n", racers.Select(r => r.Error)));
            Contents(output).ShouldBe(racers[0].ExitCode == 0 ? irisAlone : thermostatAlone);
            Directory.EnumerateDirectories(output).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Concurrent_runs_of_one_model_all_succeed_with_the_same_files()
    {
        (string iris, _) = TwoModelsNamedAlike();
        Dictionary<string, string> alone = Generated(iris, _files["alone"]);
        string output = _files["shared"];

        (int ExitCode, string Output, string Error)[] runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => GoldenFiles.Cli("generate", iris, "-o", output))));

        runs.ShouldAllBe(r => r.ExitCode == 0);
        Contents(output).ShouldBe(alone);
    }

    private (string Iris, string Thermostat) TwoModelsNamedAlike() =>
        (SampleModels.IrisClassifier().WriteTo(_files[Path.Combine("a", "Model.mlmodel")]), SampleModels.ThermostatRegressor().WriteTo(_files[Path.Combine("b", "Model.mlmodel")]));

    private static Dictionary<string, string> Generated(string model, string output)
    {
        GoldenFiles.Cli("generate", model, "-o", output).ExitCode.ShouldBe(0);
        return Contents(output);
    }

    /// <summary>The generated files (not the lock or the record), by name: the SHA-256 of their bytes.</summary>
    private static Dictionary<string, string> Contents(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs").ToDictionary(path => Path.GetFileName(path)!, path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
}
