using System;
using System.Globalization;
using System.IO;
using CoreMLGen.GoldenVectors;

namespace CoreMLGen.Cli;

/// <summary>What <c>coremlgen compare</c> was asked to do.</summary>
internal sealed record CompareRequest(string ExpectedPath, string ActualPath, double Atol, double Rtol)
{
    /// <summary>Default absolute tolerance: float32 rounding through a few dozen layers stays well inside it.</summary>
    public const double DefaultAtol = 1e-5;

    /// <summary>Default relative tolerance (numpy's <c>allclose</c> uses 1e-5, too tight for float32 networks).</summary>
    public const double DefaultRtol = 1e-4;
}

/// <summary>
/// <c>coremlgen compare EXPECTED.npy ACTUAL.npy [--atol A] [--rtol R]</c>: prints max abs diff, mean relative error
/// and SNR; exits 0 when every element is within tolerance, 1 when one is not, 2 on file, shape or dtype problems.
/// </summary>
internal static class CompareCommand
{
    public static int Run(CompareRequest request, TextWriter output, TextWriter error)
    {
        try
        {
            if (request.Atol < 0 || request.Rtol < 0 || double.IsNaN(request.Atol) || double.IsNaN(request.Rtol))
            {
                throw new CliUsageException("--atol and --rtol must be zero or more");
            }

            NpyArray expected = Read(request.ExpectedPath);
            NpyArray actual = Read(request.ActualPath);
            output.WriteLine("expected         " + request.ExpectedPath + ": " + expected);
            output.WriteLine("actual           " + request.ActualPath + ": " + actual);
            CheckComparable(expected, actual);

            ArrayComparison result = ArrayComparison.Compare(expected.ToDoubles(), actual.ToDoubles(), request.Atol, request.Rtol);
            output.WriteLine("max abs diff     " + Number(result.MaxAbsDiff) + (result.MaxAbsDiff > 0 ? " at " + Element(expected, actual, result.MaxAbsDiffIndex) : string.Empty));
            output.WriteLine("mean rel error   " + Number(result.MeanRelativeError) + " (|a - e| / max(|e|, 1))");
            output.WriteLine("SNR              " + Decibels(result.SnrDb));
            if (result.NaNMismatches > 0)
            {
                output.WriteLine("NaN mismatches   " + Count(result.NaNMismatches) + " (NaN in one array only)");
            }

            string tolerance = "atol " + Number(request.Atol) + " + rtol " + Number(request.Rtol) + " * |expected|";
            if (result.Violations == 0)
            {
                output.WriteLine("result           close: all " + Count(expected.Count) + " elements within " + tolerance);
                return ExitCodes.Success;
            }

            output.WriteLine("result           MISMATCH: " + Count(result.Violations) + " of " + Count(expected.Count) + " elements exceed " + tolerance
                + "; first at " + Element(expected, actual, result.FirstViolationIndex));
            return ExitCodes.Mismatch;
        }
        catch (CliUsageException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.UsageError;
        }
    }

    private static NpyArray Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException("file not found: " + path);
        }

        try
        {
            return NpyFile.ReadArray(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(exception.Message);
        }
    }

    // Same shape; the same kind of element (floating point, or integer/bool). Widths may differ: float64 references are common.
    private static void CheckComparable(NpyArray expected, NpyArray actual)
    {
        if (!System.Linq.Enumerable.SequenceEqual(expected.Shape, actual.Shape))
        {
            throw new CliUsageException("shapes differ: expected " + MultiArrayShape.Describe(expected.Shape) + ", actual " + MultiArrayShape.Describe(actual.Shape));
        }

        if (expected.IsFloatingPoint != actual.IsFloatingPoint)
        {
            throw new CliUsageException("dtypes differ in kind: expected " + expected.Descriptor + ", actual " + actual.Descriptor + " (compare floating point with floating point, integers with integers)");
        }
    }

    private static string Element(NpyArray expected, NpyArray actual, long index) =>
        expected.DescribeIndex(index) + " (expected " + Value(expected, index) + ", actual " + Value(actual, index) + ")";

    private static string Value(NpyArray array, long index) => array.Data.GetValue(index) switch
    {
        float value => value.ToString("R", CultureInfo.InvariantCulture),
        double value => value.ToString("R", CultureInfo.InvariantCulture),
        Half value => ((float)value).ToString("R", CultureInfo.InvariantCulture),
        bool value => value ? "True" : "False",
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value?.ToString() ?? string.Empty,
    };

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Decibels(double value) =>
        double.IsPositiveInfinity(value) ? "inf dB (identical)" : double.IsNegativeInfinity(value) ? "-inf dB (expected all zero)" : value.ToString("F2", CultureInfo.InvariantCulture) + " dB";

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);
}
