using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CoreMLGen.Generator;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>The coremlgen command: readable inspect output, and generate writes exactly what the build generates.</summary>
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
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Generate_writes_the_same_code_as_the_build(bool apple, bool evaluator)
    {
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var args = new List<string> { "generate", IrisPath, "-o", directory, "--namespace", "My.Models" };
            if (apple)
            {
                args.Add("--apple");
            }

            if (evaluator)
            {
                args.Add("--evaluator");
            }

            (int exitCode, string output, string error) = Run(args.ToArray());

            exitCode.ShouldBe(0, error);
            var written = Directory.EnumerateFiles(directory).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllText);
            output.Trim().Split('\n').Length.ShouldBe(written.Count);

            // The same pipeline the build runs: reader → descriptor → generator.
            string descriptor = DescriptorWriter.Write(ModelReader.Read(IrisPath).Interface!);
            var options = new ItemOptions(IrisPath + ".descriptor", IrisPath, SampleModels.Iris, "", "My.Models", "", "", "");
            ModelSpec spec = ModelParser.Parse(descriptor, options, CancellationToken.None).Spec!;
            var expected = ModelSourceEmitter.Emit(spec, new TargetCapabilities(apple, true) { HasEvaluator = evaluator }, ModelSourceEmitter.ToolVersion)
                .ToDictionary(s => s.HintName, s => s.Text);
            if (apple)
            {
                expected[AppleInteropEmitter.HintName] = AppleInteropEmitter.Emit(ModelSourceEmitter.ToolVersion);
            }

            written.OrderBy(f => f.Key, StringComparer.Ordinal).ShouldBe(expected.OrderBy(f => f.Key, StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Generate_refuses_two_backends()
    {
        (int exitCode, _, string error) = Run("generate", IrisPath, "--apple", "--evaluator", "-o", Path.GetTempPath());

        exitCode.ShouldBe(2);
        error.ShouldContain("--apple and --evaluator");
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
            Directory.EnumerateFiles(Path.Combine(directory, "out")).Select(p => Path.GetFileName(p)!).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(new[]
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
