using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace CoreMLGen.Cli.Tests;

/// <summary>
/// The ML Program fixtures (../shared/fixtures/mlprogram) through <c>coremlgen predict</c> on their .npy inputs, then
/// <c>coremlgen compare</c> with PyTorch's float32 outputs: max abs difference ≤ 1e-4 for the FLOAT32 models, ≤ 1e-2 for
/// the FLOAT16 one (whose output predict writes as float16, as the model declares it).
/// </summary>
public sealed class MLProgramFixtureCliTests : IDisposable
{
    private readonly GoldenFiles _files = new();
    private readonly ITestOutputHelper _log;

    public MLProgramFixtureCliTests(ITestOutputHelper log)
    {
        _log = log;
    }

    public void Dispose() => _files.Dispose();

    private static string Folder => Path.Combine(TestPaths.SharedFixtures, "mlprogram");

    [FixtureTheory]
    [InlineData("refiner", "1e-4", "piano_roll", "refined", "<f4")]
    [InlineData("masks_fp32", "1e-4", "real,imag", "masks", "<f4")]
    [InlineData("masks_fp16", "1e-2", "real,imag", "masks", "<f2")]
    [InlineData("ops", "1e-4", "x,ids", "y,z", "<f4")]
    public void Predict_then_compare_matches_the_PyTorch_outputs(string model, string tolerance, string inputs, string outputs, string outputType)
    {
        Fixtures.EnsureAvailable();
        var arguments = new List<string> { "predict", Path.Combine(Folder, model + ".mlpackage"), "--output-dir", _files["out"] };
        foreach (string input in inputs.Split(','))
        {
            arguments.AddRange(new[] { "--input", input + "=" + Path.Combine(Folder, model, input + ".npy") });
        }

        (int exitCode, string printed, string error) = GoldenFiles.Cli(arguments.ToArray());
        exitCode.ShouldBe(0, error);

        foreach (string output in outputs.Split(','))
        {
            string actual = Path.Combine(_files["out"], output + ".npy");
            printed.ShouldContain("output " + output + ": " + actual + " (");
            printed.ShouldContain(outputType + "))", customMessage: "the declared element type");

            (int compared, string report, string compareError) = GoldenFiles.Cli("compare", Path.Combine(Folder, model, output + ".npy"), actual, "--atol", tolerance, "--rtol", "0");

            compared.ShouldBe(0, report + compareError);
            string worst = Regex.Match(report, @"max abs diff\s+(\S+)").Groups[1].Value;
            double.Parse(worst, CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(double.Parse(tolerance, CultureInfo.InvariantCulture));
            _log.WriteLine(model + "/" + output + ": max abs diff " + worst);
        }
    }
}
