using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>The coremlgen command: readable inspect output, the descriptor, and generate's files and backends.</summary>
public class CliTests
{
    private static string IrisPath => Path.Combine(SampleModels.Directory, SampleModels.Iris);

    private static string ThermostatPath => Path.Combine(SampleModels.Directory, SampleModels.Thermostat);

    [Fact]
    public void Inspect_prints_the_interface()
    {
        (int exitCode, string output, string error) = Run("inspect", Relative(IrisPath));

        exitCode.ShouldBe(0, error);
        Snapshot.Verify(Snapshot.DirectoryFor(), "Inspect", "IrisClassifier.txt", output);
    }

    [Fact]
    public void Descriptor_prints_what_the_task_writes()
    {
        (int exitCode, string output, _) = Run("descriptor", ThermostatPath);

        exitCode.ShouldBe(0);
        output.ShouldBe(DescriptorWriter.Write(ModelReader.Read(ThermostatPath).Interface!));
    }

    [Theory]
    [InlineData("", "IrisClassifier.mlmodel.NoBackend.g.cs")]
    [InlineData("--apple", "IrisClassifier.mlmodel.Apple.g.cs")]
    [InlineData("--evaluator", "IrisClassifier.mlmodel.Evaluator.g.cs")]
    public void Generate_writes_the_backend_the_option_selects(string option, string backendFile)
    {
        // That these are the build's very bytes is checked against a real build (CoreMLGen.Integration.Tests, CliGenerateTests).
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var args = new List<string> { "generate", IrisPath, "-o", directory, "--namespace", "My.Models" };
            if (option.Length > 0)
            {
                args.Add(option);
            }

            (int exitCode, string output, string error) = Run(args.ToArray());

            exitCode.ShouldBe(0, error);
            string[] written = Directory.EnumerateFiles(directory, "*.cs").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();
            output.Trim().Split('\n').Select(Path.GetFileName).ShouldBe(written);
            written.ShouldContain("IrisClassifier.mlmodel.g.cs");
            written.ShouldContain(backendFile);
            written.Length.ShouldBe(option == "--apple" ? 3 : 2); // the Apple backend adds the shared interop file
            File.ReadAllText(Path.Combine(directory, "IrisClassifier.mlmodel.g.cs")).ShouldContain("namespace My.Models");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Generate_names_the_resource_and_bundle_entry_from_the_project_path_as_the_build_does()
    {
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            (int evaluatorExit, _, string evaluatorError) = Run("generate", IrisPath, "-o", Path.Combine(directory, "evaluator"), "--evaluator", "--relative-path", "Resources/Models/Iris.mlmodel");
            (int appleExit, _, string appleError) = Run("generate", IrisPath, "-o", Path.Combine(directory, "apple"), "--apple", "--relative-path", "Resources/Models/Iris.mlmodel");
            (int renamedExit, _, string renamedError) = Run("generate", IrisPath, "-o", Path.Combine(directory, "renamed"), "--apple", "--logical-name", "Flowers/Species.mlmodel");

            evaluatorExit.ShouldBe(0, evaluatorError);
            appleExit.ShouldBe(0, appleError);
            renamedExit.ShouldBe(0, renamedError);

            // The embedded spec keeps the whole project path; the Apple SDK strips the Resources/ prefix from bundle names.
            ReadSingle(Path.Combine(directory, "evaluator"), "*.Evaluator.g.cs").ShouldContain("EmbeddedSpecResourceName = \"CoreMLGen.Resources/Models/Iris.mlmodel\"");
            ReadSingle(Path.Combine(directory, "apple"), "*.Apple.g.cs").ShouldContain("GetUrlForResource(\"Iris\", \"mlmodelc\", \"Models\")");
            ReadSingle(Path.Combine(directory, "renamed"), "*.Apple.g.cs").ShouldContain("GetUrlForResource(\"Species\", \"mlmodelc\", \"Flowers\")");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string ReadSingle(string directory, string pattern) => File.ReadAllText(Directory.EnumerateFiles(directory, pattern).ShouldHaveSingleItem());

    [Fact]
    public void Generate_refuses_two_backends()
    {
        (int exitCode, _, string error) = Run("generate", IrisPath, "--apple", "--evaluator", "-o", Path.GetTempPath());

        exitCode.ShouldBe(2);
        error.ShouldBe("error: --apple and --evaluator are two different backends; choose one (Apple targets always use Core ML).\n");
    }

    [Fact]
    public void Inspect_prints_state_pairs_and_custom_layers()
    {
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = MidiModel.Build().WriteTo(Path.Combine(directory, MidiModel.FileName));

            (int exitCode, string output, string error) = Run("inspect", path);

            exitCode.ShouldBe(0, error);
            Snapshot.Verify(Snapshot.DirectoryFor(), "InspectState", "Midi.txt", output.Replace(path, "Midi.mlmodel"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [FixtureTheory]
    [InlineData("GestureClassifierTuri50.mlmodel", "hiddenIn -> hiddenOut (wiring: uniDirectionalLSTM 'lstm_layer', h)")]
    [InlineData("Es2EnCharEncoder.mlmodel", "encoder_lstm_c_in -> encoder_lstm_c_out (wiring: uniDirectionalLSTM 'encoder_lstm', c)")]
    [InlineData("NeuralMcNeuralNet.mlmodel", "Swish (layer: swish_1; no weights): beta: double = 0.01")]
    public void Inspect_shows_the_fixtures_state_and_layers(string fileName, string line)
    {
        (int exitCode, string output, string error) = Run("inspect", Fixtures.Model(fileName));

        exitCode.ShouldBe(0, error);
        output.Split('\n').ShouldContain("  " + line);
    }

    [Fact]
    public void Generate_writes_custom_layer_classes_like_the_build()
    {
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = MidiModel.Build().WriteTo(Path.Combine(directory, "model", MidiModel.FileName));

            (int exitCode, _, string error) = Run("generate", path, "-o", Path.Combine(directory, "out"), "--apple");

            exitCode.ShouldBe(0, error);
            Directory.EnumerateFiles(Path.Combine(directory, "out"), "*.cs").Select(p => Path.GetFileName(p)!).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(new[]
            {
                "CoreMLGen.AppleInterop.g.cs",
                "CoreMLGen.CustomLayers.MidiNoteTickActivation.Apple.g.cs",
                "CoreMLGen.CustomLayers.MidiNoteTickActivation.g.cs",
                "Midi.mlmodel.Apple.g.cs",
                "Midi.mlmodel.State.g.cs",
                "Midi.mlmodel.g.cs",
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("descriptor")]
    [InlineData("generate")]
    public void A_bad_model_exits_1_with_a_coded_error(string command)
    {
        string path = Path.Combine(Path.GetTempPath(), "coremlgen-cli-bad-" + Guid.NewGuid().ToString("N") + ".mlmodel");
        File.WriteAllBytes(path, new byte[] { 0xff, 0xff, 0xff, 0xff, 0x01 });
        try
        {
            string[] args = command == "generate" ? new[] { command, path, "-o", Path.GetTempPath() } : new[] { command, path };
            (int exitCode, string output, string error) = Run(args);

            exitCode.ShouldBe(1);
            error.ShouldContain(path + ": error CMLG2003");
            output.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_model_exits_1()
    {
        (int exitCode, _, string error) = Run("inspect", "/nonexistent/Model.mlmodel");

        exitCode.ShouldBe(1);
        error.ShouldContain("CMLG2001");
    }

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        string saved = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(TestPaths.RepoRoot);
            int exitCode = Program.Run(args, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(saved);
        }
    }
}
