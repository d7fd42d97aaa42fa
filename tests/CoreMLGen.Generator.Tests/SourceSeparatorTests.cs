using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// The source separator's typed class (issue 13 part 3, <see cref="SourceSeparatorModel"/>) at its real size — real and
/// imag [1, 2, 2049, 431], masks [1, 6, 2, 2049, 431] (10.6 M elements) — compiled with the evaluator backend and run:
/// every mask element against a double-precision reference, FLOAT16 as <c>MultiArray&lt;Half&gt;</c> in and out (the
/// probe would not compile otherwise), and the arrays copied at most once per call. On the evaluator each input is
/// copied once into the program's own buffer (a buffer allocated when the program is compiled, so the copy allocates
/// nothing) and the output once out of it (the one allocation of its size). The allocation test measures a
/// call's managed allocations: exactly one output array, plus less than half of an input — so no second copy of the
/// output, and no copy of an input made on the way. The Apple backend is checked structurally, as it cannot run here.
/// </summary>
public sealed class SourceSeparatorTests
{
    private readonly ITestOutputHelper _log;

    public SourceSeparatorTests(ITestOutputHelper log)
    {
        _log = log;
    }

    private const int InputElements = 1 * SourceSeparatorModel.Channels * SourceSeparatorModel.Frequencies * SourceSeparatorModel.Frames;
    private const int OutputElements = SourceSeparatorModel.Stems * InputElements;

    private const string Probe = """
        using System;
        using CoreMLGen;

        namespace TestApp
        {
            internal static class SeparatorProbe
            {
                // Returns the masks as doubles and the bytes one warm call allocated on this thread.
                public static (double[] Masks, long Allocated) Run(string path, ELEMENT[] real, ELEMENT[] imag)
                {
                    CLASS model = CLASS.Load(path);
                    var r = MultiArray<ELEMENT>.Wrap(real, 1, 2, 2049, 431);
                    var i = MultiArray<ELEMENT>.Wrap(imag, 1, 2, 2049, 431);
                    model.Predict(r, i);
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    CLASSOutput output = model.Predict(r, i);
                    MultiArray<ELEMENT> masks = output.Masks;
                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    ELEMENT[] values = masks.ToArray();
                    var result = new double[values.Length];
                    for (int k = 0; k < values.Length; k++)
                    {
                        result[k] = (double)values[k];
                    }

                    return (result, allocated);
                }
            }
        }
        """;

    [Theory]
    [InlineData("SourceSeparator", "Separator", false, 2e-6)]
    [InlineData("SourceSeparatorHalf", "SeparatorHalf", true, 1e-3)]
    public void The_typed_class_predicts_every_mask_and_copies_each_array_once(string caseName, string className, bool float16, double tolerance)
    {
        string element = float16 ? "Half" : "float";
        string probe = Probe.Replace("ELEMENT", element, StringComparison.Ordinal).Replace("CLASS", className, StringComparison.Ordinal);
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", new[] { BuiltSpecCases.Get(caseName).Input() }, probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        float[] real = Signal(1), imag = Signal(2);
        if (float16)
        {
            // The reference sees the inputs exactly as the model does.
            real = real.Select(v => (float)(Half)v).ToArray();
            imag = imag.Select(v => (float)(Half)v).ToArray();
        }

        string folder = Path.Combine(Path.GetTempPath(), "coremlgen-separator-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = new PackageBuilder().Spec(SourceSeparatorModel.Build(float16)).WriteTo(Path.Combine(folder, className + ".mlpackage"));
            object[] arguments = float16
                ? new object[] { path, real.Select(v => (Half)v).ToArray(), imag.Select(v => (Half)v).ToArray() }
                : new object[] { path, real, imag };

            var (masks, allocated) = ((double[], long))GeneratedAssembly.Load(run).GetType("TestApp.SeparatorProbe")!.GetMethod("Run")!.Invoke(null, arguments)!;

            masks.Length.ShouldBe(OutputElements);
            double worst = 0;
            for (int stem = 0; stem < SourceSeparatorModel.Stems; stem++)
            {
                for (int k = 0; k < InputElements; k++)
                {
                    double expected = SourceSeparatorModel.Reference(stem, real[k], imag[k]);
                    worst = Math.Max(worst, Math.Abs(masks[stem * InputElements + k] - expected));
                }
            }

            long elementBytes = float16 ? 2 : 4;
            long outputBytes = OutputElements * elementBytes, inputBytes = InputElements * elementBytes;
            _log.WriteLine(caseName + ": max abs difference " + worst.ToString("G2", System.Globalization.CultureInfo.InvariantCulture)
                + ", allocated per call " + allocated.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes for an output of " + outputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            worst.ShouldBeLessThanOrEqualTo(tolerance);
            allocated.ShouldBeGreaterThanOrEqualTo(outputBytes, "the output array is allocated once per call");
            allocated.ShouldBeLessThan(outputBytes + inputBytes / 2, "a second output copy, or any input copy, would show here");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("SourceSeparator")]
    [InlineData("SourceSeparatorHalf")]
    public void The_Apple_backend_wraps_the_arrays_without_a_managed_copy(string caseName)
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, "TestApp", new[] { BuiltSpecCases.Get(caseName).Input() });
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        string apple = run.Sources.Single(s => s.Key.EndsWith(".Apple.g.cs", StringComparison.Ordinal) && s.Key != Emitting.AppleInteropEmitter.HintName).Value;
        string interop = run.Sources[Emitting.AppleInteropEmitter.HintName];

        // Inputs reach Core ML as MLMultiArrays over the pinned managed memory; outputs are views of Core ML's arrays.
        apple.ShouldContain("AppleInterop.FromMultiArray(Real)");
        apple.ShouldContain("AppleInterop.FromMultiArray(Imag)");
        Regex.IsMatch(apple, @"\.ToArray\(|\.CopyTo\(|\.Clone\(|Array\.Copy").ShouldBeFalse("the generated Apple class copies no array");
        string toNative = Body(interop, "public static global::CoreML.MLMultiArray ToMLMultiArray(");
        string fromNative = Body(interop, "public static global::CoreMLGen.MultiArray<T> FromMLMultiArray<T>(");
        toNative.ShouldContain("array.Pin(out global::System.IntPtr address)");
        fromNative.ShouldContain("MultiArray<T>.WrapNative(");
        Regex.IsMatch(toNative + fromNative, @"\.ToArray\(|\.CopyTo\(|\.Clone\(|Array\.Copy").ShouldBeFalse("the interop wraps, never copies");
    }

    // A deterministic signal in [-3, 3].
    private static float[] Signal(int seed)
    {
        var random = new Random(seed);
        var values = new float[InputElements];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() * 6 - 3);
        }

        return values;
    }

    // The text of a member from its signature to the closing brace at its own indentation.
    private static string Body(string source, string signature)
    {
        int start = source.IndexOf(signature, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, signature);
        int lineStart = source.LastIndexOf('\n', start) + 1;
        string indent = source.Substring(lineStart, start - lineStart);
        int end = source.IndexOf("\n" + indent + "}", start, StringComparison.Ordinal);
        return source.Substring(start, end - start);
    }
}
