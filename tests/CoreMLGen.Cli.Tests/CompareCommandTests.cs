using System;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary><c>coremlgen compare</c>: the figures it prints and its exit codes, on hand-made arrays.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Identical_arrays_are_close_with_infinite_snr()
    {
        string expected = Save("e.npy", 1f, -2f, 3f);
        string actual = Save("a.npy", 1f, -2f, 3f);

        (int exitCode, string output, string error) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(0, error);
        output.ShouldBe(
            "expected         " + expected + ": 3 float32 (<f4)\n"
            + "actual           " + actual + ": 3 float32 (<f4)\n"
            + "max abs diff     0\n"
            + "mean rel error   0 (|a - e| / max(|e|, 1))\n"
            + "SNR              inf dB (identical)\n"
            + "result           close: all 3 elements within atol 1E-05 + rtol 0.0001 * |expected|\n");
    }

    [Fact]
    public void A_mismatch_prints_the_figures_and_exits_1()
    {
        // Differences 0, 0, 0.5, 0: max 0.5 at [1, 0]; mean relative (0.5 / 3) / 4; SNR 10·log10(30 / 0.25) = 20.79 dB.
        string expected = Save("e.npy", new[] { 2, 2 }, 1f, 2f, 3f, 4f);
        string actual = Save("a.npy", new[] { 2, 2 }, 1f, 2f, 3.5f, 4f);

        (int exitCode, string output, _) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(1);
        output.ShouldContain("max abs diff     0.5 at [1, 0] (expected 3, actual 3.5)\n");
        output.ShouldContain("mean rel error   0.04167 (|a - e| / max(|e|, 1))\n");
        output.ShouldContain("SNR              20.79 dB\n");
        output.ShouldContain("result           MISMATCH: 1 of 4 elements exceed atol 1E-05 + rtol 0.0001 * |expected|; first at [1, 0] (expected 3, actual 3.5)\n");
    }

    [Theory]
    [InlineData("1e-4", 0)] // 0.01 <= 1e-5 + 1e-4·100
    [InlineData("1e-5", 1)] // 0.01 > 1e-5 + 1e-5·100
    public void The_relative_tolerance_scales_with_the_expected_value(string rtol, int exitCode)
    {
        string expected = Save("e.npy", 100.0, 0.0);
        string actual = Save("a.npy", 100.01, 0.0);

        GoldenFiles.Cli("compare", expected, actual, "--rtol", rtol).ExitCode.ShouldBe(exitCode);
    }

    [Fact]
    public void The_absolute_tolerance_covers_values_near_zero()
    {
        string expected = Save("e.npy", 0.0, 0.0);
        string actual = Save("a.npy", 0.001, -0.001);

        GoldenFiles.Cli("compare", expected, actual).ExitCode.ShouldBe(1);
        (int exitCode, string output, _) = GoldenFiles.Cli("compare", expected, actual, "--atol", "0.001");
        exitCode.ShouldBe(0);
        output.ShouldContain("SNR              -inf dB (expected all zero)\n");
    }

    [Fact]
    public void NaN_in_both_at_the_same_place_is_equal()
    {
        string expected = Save("e.npy", float.NaN, 1f, float.PositiveInfinity);
        string actual = Save("a.npy", float.NaN, 1f, float.PositiveInfinity);

        (int exitCode, string output, _) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(0);
        output.ShouldContain("result           close: all 3 elements");
    }

    [Fact]
    public void NaN_in_one_array_only_is_a_violation()
    {
        string expected = Save("e.npy", float.NaN, 1f, 2f);
        string actual = Save("a.npy", 0f, 1f, float.NaN);

        (int exitCode, string output, _) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(1);
        output.ShouldContain("NaN mismatches   2 (NaN in one array only)\n");
        output.ShouldContain("MISMATCH: 2 of 3 elements exceed");
        output.ShouldContain("first at [0] (expected NaN, actual 0)");
    }

    [Fact]
    public void A_float64_reference_can_check_float32_values()
    {
        string expected = Save("e.npy", 0.1, 0.2);
        string actual = Save("a.npy", 0.1f, 0.2f);

        GoldenFiles.Cli("compare", expected, actual).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Different_shapes_exit_2()
    {
        string expected = Save("e.npy", new[] { 2, 1 }, 1f, 2f);
        string actual = Save("a.npy", new[] { 2 }, 1f, 2f);

        (int exitCode, _, string error) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(2);
        error.ShouldBe("error: shapes differ: expected 2 × 1, actual 2\n");
    }

    [Fact]
    public void Floats_against_integers_exit_2()
    {
        string expected = Save("e.npy", 1f, 2f);
        string actual = _files["a.npy"];
        NpyFile.Write(actual, MultiArray<int>.Wrap(new[] { 1, 2 }, 2));

        (int exitCode, _, string error) = GoldenFiles.Cli("compare", expected, actual);

        exitCode.ShouldBe(2);
        error.ShouldStartWith("error: dtypes differ in kind: expected <f4, actual <i4");
    }

    [Fact]
    public void Integers_of_different_widths_compare()
    {
        string expected = _files["e.npy"];
        string actual = _files["a.npy"];
        NpyFile.Write(expected, NpyArray.Scalar(7L));
        NpyFile.Write(actual, MultiArray<int>.Wrap(new[] { 7 }));

        GoldenFiles.Cli("compare", expected, actual).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        string actual = Save("a.npy", 1f);

        (int exitCode, string output, string error) = GoldenFiles.Cli("compare", _files["missing.npy"], actual);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe("error: file not found: " + _files["missing.npy"] + "\n");
    }

    [Fact]
    public void A_file_that_is_not_npy_exits_2_naming_it()
    {
        string expected = _files["e.npy"];
        System.IO.File.WriteAllText(expected, "1, 2, 3");

        (int exitCode, _, string error) = GoldenFiles.Cli("compare", expected, Save("a.npy", 1f));

        exitCode.ShouldBe(2);
        error.ShouldBe("error: " + expected + ": not an .npy file (it does not start with \\x93NUMPY)\n");
        error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("--atol", "-1")]
    [InlineData("--rtol", "abc")]
    public void Bad_tolerances_exit_2(string option, string value)
    {
        GoldenFiles.Cli("compare", Save("e.npy", 1f), Save("a.npy", 1f), option, value).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_missing_argument_exits_2()
    {
        GoldenFiles.Cli("compare", Save("e.npy", 1f)).ExitCode.ShouldBe(2);
    }

    private string Save(string name, params float[] values) => Save(name, new[] { values.Length }, values);

    private string Save(string name, int[] shape, params float[] values)
    {
        NpyFile.Write(_files[name], MultiArray<float>.Wrap(values, shape));
        return _files[name];
    }

    private string Save(string name, params double[] values)
    {
        NpyFile.Write(_files[name], MultiArray<double>.Wrap(values, values.Length));
        return _files[name];
    }
}
