using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>
/// Every command given hostile input: one error line and a non-zero exit code, never an unhandled exception or a
/// stack trace (unless <c>--verbose</c> asks for the details).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public HostileInputTests()
    {
        File.WriteAllBytes(_files["garbage.mlmodel"], Encoding.ASCII.GetBytes("\u0012\u00ff\u00ff\u00ff\u00ff\u000fnot a model"));
        Directory.CreateDirectory(_files["Empty.mlpackage"]);
        File.WriteAllText(_files["not-a-folder"], "a file where a folder should be");

        // 100,000,000 float64 claimed (800 MB); 8 bytes present.
        File.WriteAllBytes(_files["claims.npy"], Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (100000000,), }", new byte[8]));

        // A version 2.0 header of 900,000 bytes that is not a dict.
        File.WriteAllBytes(_files["long-header.npy"], Npy2(new string('{', 1) + new string('A', 900_000) + "}"));
    }

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("inspect", "garbage.mlmodel")]
    [InlineData("inspect", "Empty.mlpackage")]
    [InlineData("inspect", "missing.mlmodel")]
    [InlineData("descriptor", "garbage.mlmodel")]
    [InlineData("descriptor", "Empty.mlpackage")]
    [InlineData("generate", "garbage.mlmodel")]
    [InlineData("generate", "Empty.mlpackage")]
    [InlineData("predict", "garbage.mlmodel")]
    [InlineData("predict", "Empty.mlpackage")]
    [InlineData("predict", "missing.mlmodel")]
    public void A_hostile_model_gets_one_error_line(string command, string model)
    {
        string[] args = command is "generate" or "predict" ? new[] { command, _files[model], "-o", _files["out"] } : new[] { command, _files[model] };

        (int exitCode, string output, string error) = GoldenFiles.Cli(args);

        exitCode.ShouldBeGreaterThan(0);
        output.ShouldBeEmpty();
        ShouldBeOneErrorLine(error);
    }

    [Theory]
    [InlineData("claims.npy", "truncated: the header declares 100000000 float64 (<f8) (800000000 bytes of data) but only 8 bytes follow")]
    [InlineData("long-header.npy", "… (900002 characters)")]
    [InlineData("not-a-folder", "not an .npy file")]
    public void A_hostile_npy_file_gets_one_short_error_line_from_compare_and_predict(string file, string problem)
    {
        string model = SampleModels.IrisClassifier().WriteTo(_files["Iris.mlmodel"]);

        (int compareExit, _, string compareError) = GoldenFiles.Cli("compare", _files[file], _files[file]);
        (int predictExit, _, string predictError) = GoldenFiles.Cli("predict", model, "-i", "measurements=" + _files[file], "-o", _files["out"]);

        compareExit.ShouldBe(2);
        ShouldBeOneErrorLine(compareError);
        compareError.ShouldContain(problem);
        compareError.Length.ShouldBeLessThan(600);
        predictExit.ShouldBe(2);
        ShouldBeOneErrorLine(predictError);
        predictError.ShouldContain(problem);
        predictError.Length.ShouldBeLessThan(600);
    }

    [Fact]
    public void A_folder_given_as_an_npy_file_gets_one_error_line()
    {
        (int exitCode, _, string error) = GoldenFiles.Cli("compare", _files["Empty.mlpackage"], _files["Empty.mlpackage"]);

        exitCode.ShouldBe(2);
        ShouldBeOneErrorLine(error);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_and_verbose_shows_the_details()
    {
        // The output "folder" is a file: creating it fails in a way no command anticipates.
        string model = SampleModels.IrisClassifier().WriteTo(_files["Iris.mlmodel"]);

        (int exitCode, string output, string error) = GoldenFiles.Cli("generate", model, "-o", _files["not-a-folder"]);
        (int verboseExit, _, string verboseError) = GoldenFiles.Cli("generate", model, "-o", _files["not-a-folder"], "--verbose");

        exitCode.ShouldBe(3);
        output.ShouldBeEmpty();
        ShouldBeOneErrorLine(error);
        error.ShouldEndWith("(IOException; --verbose shows the details)\n");
        verboseExit.ShouldBe(3);
        verboseError.ShouldStartWith("error: ");
        verboseError.ShouldContain("   at ");
    }

    [Fact]
    public async Task The_tool_itself_prints_one_line_for_an_unexpected_failure()
    {
        string model = SampleModels.IrisClassifier().WriteTo(_files["Iris.mlmodel"]);

        (int exitCode, string output, string error) = await CoremlgenProcess.RunAsync("generate", model, "-o", _files["not-a-folder"]);

        exitCode.ShouldBe(3);
        output.ShouldBeEmpty();
        ShouldBeOneErrorLine(error);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("inspect")]
    [InlineData("inspect", "a.mlmodel", "b.mlmodel")]
    [InlineData("compare", "a.npy")]
    [InlineData("predict", "model.mlmodel")]
    [InlineData("frobnicate")]
    public void A_bad_command_line_exits_2_without_a_stack_trace(params string[] args)
    {
        (int exitCode, _, string error) = GoldenFiles.Cli(args);

        exitCode.ShouldBe(2);
        error.ShouldNotContain("Unhandled exception");
        error.ShouldNotContain("   at ");
    }

    private static void ShouldBeOneErrorLine(string error)
    {
        error.ShouldNotContain("Unhandled exception");
        string[] lines = error.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(1, error);
        lines[0].ShouldMatch("^(error: |.*: error[: ])", error);
        lines[0].ShouldNotContain("   at ");
    }

    private static byte[] Npy(string dict, byte[] data)
    {
        byte[] header = Encoding.Latin1.GetBytes(dict + "\n");
        return new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, (byte)(header.Length >> 8) }
            .Concat(header).Concat(data).ToArray();
    }

    private static byte[] Npy2(string text)
    {
        byte[] header = Encoding.Latin1.GetBytes(text);
        return new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 2, 0 }
            .Concat(BitConverter.GetBytes((uint)header.Length)).Concat(header).ToArray();
    }
}
