using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// The ML Program fixtures (coremltools 9.0 from PyTorch, ../shared/fixtures/mlprogram) as CoreMLModel items of a
/// project built on the packed packages: the build embeds each package's spec and weight file, and the generated typed
/// classes predict through CoreMLGen.Evaluator on this machine. Outputs are compared with PyTorch's float32 outputs:
/// FLOAT32 models to 1e-4 max abs, the FLOAT16 one to 1e-2; its FLOAT16 output is a MultiArray&lt;Half&gt; (the app
/// would not compile otherwise).
/// </summary>
public class MLProgramTypedClassTests
{
    private static readonly (string Model, double Tolerance)[] Models =
    {
        ("refiner", 1e-4), ("masks_fp32", 1e-4), ("masks_fp16", 1e-2), ("ops", 1e-4),
    };

    // Inputs are raw little-endian files the test writes from the fixture's .npy files; each output goes back the same way.
    private const string Program = """
        using System;
        using System.IO;
        using System.Runtime.InteropServices;
        using CoreMLGen;
        using IntegrationApp;

        string folder = args[0];
        MultiArray<float> Floats(string name, params int[] shape) => MultiArray<float>.Wrap(MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(Path.Combine(folder, name + ".bin"))).ToArray(), shape);
        MultiArray<int> Ints(string name, params int[] shape) => MultiArray<int>.Wrap(MemoryMarshal.Cast<byte, int>(File.ReadAllBytes(Path.Combine(folder, name + ".bin"))).ToArray(), shape);
        void Write<T>(string name, MultiArray<T> array) where T : unmanaged
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".out"), MemoryMarshal.AsBytes(array.ToArray().AsSpan()).ToArray());
            Console.WriteLine(name + " " + typeof(T).Name + " [" + string.Join(", ", array.Shape) + "]");
        }

        MultiArray<float> refined = refiner.Load().Predict(Floats("refiner.piano_roll", 1, 100, 88)).Refined;
        Write("refiner.refined", refined);

        MultiArray<float> masks32 = masks_fp32.Load().Predict(Floats("masks_fp32.real", 1, 2, 65, 43), Floats("masks_fp32.imag", 1, 2, 65, 43)).Masks;
        Write("masks_fp32.masks", masks32);

        MultiArray<Half> masks16 = masks_fp16.Load().Predict(Floats("masks_fp16.real", 1, 2, 65, 43), Floats("masks_fp16.imag", 1, 2, 65, 43)).Masks;
        Write("masks_fp16.masks", masks16);

        opsOutput ops = IntegrationApp.ops.Load().Predict(Floats("ops.x", 1, 10, 16), Ints("ops.ids", 1, 10));
        Write("ops.y", ops.Y);
        Write("ops.z", ops.Z);
        """;

    private static string Folder => Path.Combine(TestPaths.SharedFixtures, "mlprogram");

    [FixtureFact]
    public void Each_fixture_predicts_through_its_generated_class_from_the_embedded_spec_and_weights()
    {
        Fixtures.EnsureAvailable();
        string items = string.Concat(Models.Select(m => $"""<CoreMLModel Include="Models/{m.Model}.mlpackage" />""" + Environment.NewLine))
            + $"""<PackageReference Include="CoreMLGen.Evaluator" Version="{PackedPackage.Instance.Version}" />""";
        using TemporaryProject project = TemporaryProject.Create(items, Program);
        foreach ((string model, _) in Models)
        {
            project.Add(Path.Combine(Folder, model + ".mlpackage"), "Models/" + model + ".mlpackage");
        }

        (DotnetBuild.Result build, BuildLog log) = project.Build();
        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        string binary = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
        Directory.EnumerateFileSystemEntries(binary, "*.mlpackage", SearchOption.AllDirectories).ShouldBeEmpty("the models travel inside the assembly");

        string vectors = Path.Combine(project.Root, "vectors");
        Directory.CreateDirectory(vectors);
        foreach ((string model, _) in Models)
        {
            foreach (string input in InputNames(model))
            {
                WriteRaw(NpyFile.Read(Path.Combine(Folder, model, input + ".npy")), Path.Combine(vectors, model + "." + input + ".bin"));
            }
        }

        DotnetBuild.Result run = DotnetBuild.Exec(project.Directory, Path.Combine(binary, "App.dll"), vectors);
        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("masks_fp16.masks Half [1, 4, 2, 65, 43]");

        var report = new List<string>();
        foreach ((string model, double tolerance) in Models)
        {
            foreach (string output in OutputNames(model))
            {
                double[] expected = Doubles(NpyFile.Read(Path.Combine(Folder, model, output + ".npy")));
                byte[] raw = File.ReadAllBytes(Path.Combine(vectors, model + "." + output + ".out"));
                double[] actual = model == "masks_fp16"
                    ? MemoryMarshal.Cast<byte, Half>(raw).ToArray().Select(v => (double)v).ToArray()
                    : MemoryMarshal.Cast<byte, float>(raw).ToArray().Select(v => (double)v).ToArray();
                actual.Length.ShouldBe(expected.Length, model + "/" + output);
                double worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
                report.Add(model + "/" + output + " " + worst.ToString("G2", CultureInfo.InvariantCulture));
                worst.ShouldBeLessThanOrEqualTo(tolerance, model + "/" + output);
            }
        }

        Console.WriteLine("max abs difference from PyTorch through the typed classes: " + string.Join(", ", report));
    }

    private static string[] InputNames(string model) => model switch
    {
        "refiner" => new[] { "piano_roll" },
        "ops" => new[] { "x", "ids" },
        _ => new[] { "real", "imag" },
    };

    private static string[] OutputNames(string model) => model switch
    {
        "refiner" => new[] { "refined" },
        "ops" => new[] { "y", "z" },
        _ => new[] { "masks" },
    };

    private static void WriteRaw(MultiArray array, string path)
    {
        byte[] bytes = array switch
        {
            MultiArray<float> f => MemoryMarshal.AsBytes(f.ToArray().AsSpan()).ToArray(),
            MultiArray<int> i => MemoryMarshal.AsBytes(i.ToArray().AsSpan()).ToArray(),
            _ => throw new InvalidOperationException("Unexpected input type " + array.DataType + " in " + path),
        };
        File.WriteAllBytes(path, bytes);
    }

    private static double[] Doubles(MultiArray array) => array switch
    {
        MultiArray<float> f => f.ToArray().Select(v => (double)v).ToArray(),
        MultiArray<double> d => d.ToArray(),
        _ => throw new InvalidOperationException("Unexpected golden type " + array.DataType),
    };
}
