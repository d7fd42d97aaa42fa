using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>
/// <c>coremlgen predict</c> with a stand-in model: how inputs are read and converted, how each kind of output is
/// written, and the errors (exit 2, one line, no stack trace) for unknown, missing or unreadable inputs.
/// </summary>
public sealed class PredictCommandTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Converts_a_float64_file_to_the_declared_float32_and_writes_every_kind_of_output()
    {
        NpyFile.Write(_files["x.npy"], MultiArray<double>.Wrap(new[] { 1.5, -2, 4 }, 1, 3));
        var model = new FakePredictor(
            new[] { FakePredictor.Array("x", MultiArrayDataType.Float32, 1, 3) },
            new[]
            {
                FakePredictor.Array("y", MultiArrayDataType.Float32, 3),
                FakePredictor.Scalar("total", FeatureKind.Double),
                FakePredictor.Scalar("count", FeatureKind.Int64),
                FakePredictor.Scalar("label", FeatureKind.String),
                FakePredictor.Scalar("probabilities", FeatureKind.Dictionary),
                FakePredictor.Scalar("tokens", FeatureKind.Sequence),
            },
            input =>
            {
                float[] x = input.GetFeatureValue("x")!.GetMultiArray<float>().ToArray();
                return new Dictionary<string, FeatureValue>
                {
                    ["y"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(x.Select(v => v * 2).ToArray(), 3)),
                    ["total"] = FeatureValue.FromDouble(x.Sum()),
                    ["count"] = FeatureValue.FromInt64(x.Length),
                    ["label"] = FeatureValue.FromString("big \"one\""),
                    ["probabilities"] = FeatureValue.FromDictionary(new Dictionary<string, double> { ["b"] = 0.25, ["a"] = 0.75 }),
                    ["tokens"] = FeatureValue.FromSequence(new long[] { 3, 1 }),
                };
            });

        (int exitCode, string output, string error) = Predict(model, "--input", "x=" + _files["x.npy"]);

        exitCode.ShouldBe(0, error);
        string dir = _files["out"];
        output.ShouldBe(
            "input  x <- " + _files["x.npy"] + " (1 × 3 float64 (<f8), as float32)\n"
            + "output y: " + Path.Combine(dir, "y.npy") + " (3 float32 (<f4))\n"
            + "output total: " + Path.Combine(dir, "total.npy") + " (scalar float64 (<f8))\n"
            + "output count: " + Path.Combine(dir, "count.npy") + " (scalar int64 (<i8))\n"
            + "output label: " + Path.Combine(dir, "label.json") + " (string)\n"
            + "output probabilities: " + Path.Combine(dir, "probabilities.json") + " (dictionary of 2 string keys)\n"
            + "output tokens: " + Path.Combine(dir, "tokens.json") + " (sequence of 2 int64s)\n");
        NpyFile.ReadArray(Path.Combine(dir, "y.npy")).Data.ShouldBe(new[] { 3f, -4f, 8f });
        NpyFile.ReadArray(Path.Combine(dir, "total.npy")).Data.ShouldBe(new[] { 3.5 });
        NpyFile.ReadArray(Path.Combine(dir, "count.npy")).Data.ShouldBe(new[] { 3L });
        File.ReadAllText(Path.Combine(dir, "label.json")).ShouldBe("\"big \\u0022one\\u0022\"\n");
        File.ReadAllText(Path.Combine(dir, "probabilities.json")).ShouldBe("{\n  \"a\": 0.75,\n  \"b\": 0.25\n}\n");
        File.ReadAllText(Path.Combine(dir, "tokens.json")).ShouldBe("[\n  3,\n  1\n]\n");
    }

    [Fact]
    public void Numbers_text_and_json_are_passed_as_the_declared_kinds()
    {
        File.WriteAllText(_files["d.json"], "{\"1\": 0.5, \"-2\": 2}");
        var model = new FakePredictor(
            new[]
            {
                FakePredictor.Scalar("rate", FeatureKind.Double),
                FakePredictor.Scalar("n", FeatureKind.Int64),
                FakePredictor.Scalar("text", FeatureKind.String),
                FakePredictor.Scalar("weights", FeatureKind.Dictionary, item: FeatureKind.Int64),
                FakePredictor.Scalar("words", FeatureKind.Sequence),
                FakePredictor.Scalar("unused", FeatureKind.Double, optional: true),
            },
            Array.Empty<ModelFeature>(),
            _ => new Dictionary<string, FeatureValue>());

        (int exitCode, string output, string error) = Predict(model, "-i", "rate=3.5", "-i", "n=-7", "-i", "text=a = b", "-i", "weights=" + _files["d.json"], "-i", "words=[\"hi\", \"there\"]");

        exitCode.ShouldBe(0, error);
        IFeatureProvider input = model.LastInput!;
        input.GetFeatureValue("rate")!.DoubleValue.ShouldBe(3.5);
        input.GetFeatureValue("n")!.Int64Value.ShouldBe(-7);
        input.GetFeatureValue("text")!.StringValue.ShouldBe("a = b");
        input.GetFeatureValue("weights")!.Int64DictionaryValue.OrderBy(p => p.Key).ShouldBe(new[] { new KeyValuePair<long, double>(-2, 2), new KeyValuePair<long, double>(1, 0.5) });
        input.GetFeatureValue("words")!.StringSequenceValue.ShouldBe(new[] { "hi", "there" });
        input.FeatureNames.ShouldNotContain("unused");
        output.ShouldContain("input  words <- inline JSON (sequence of 2 strings)\n");
    }

    [Fact]
    public void Scalars_can_come_from_one_element_npy_files()
    {
        NpyFile.WriteScalar(_files["rate.npy"], 0.25);
        NpyFile.Write(_files["n.npy"], MultiArray<float>.Wrap(new[] { 4f }, 1));
        var model = new FakePredictor(
            new[] { FakePredictor.Scalar("rate", FeatureKind.Double), FakePredictor.Scalar("n", FeatureKind.Int64) },
            Array.Empty<ModelFeature>(),
            _ => new Dictionary<string, FeatureValue>());

        (int exitCode, _, string error) = Predict(model, "-i", "rate=" + _files["rate.npy"], "-i", "n=" + _files["n.npy"]);

        exitCode.ShouldBe(0, error);
        model.LastInput!.GetFeatureValue("rate")!.DoubleValue.ShouldBe(0.25);
        model.LastInput!.GetFeatureValue("n")!.Int64Value.ShouldBe(4);
    }

    [Fact]
    public void Unsafe_output_names_get_safe_files_and_say_so()
    {
        var model = new FakePredictor(
            Array.Empty<ModelFeature>(),
            new[] { FakePredictor.Scalar("a/b", FeatureKind.Double), FakePredictor.Scalar("a_b", FeatureKind.Double), FakePredictor.Scalar("A_B", FeatureKind.Double) },
            _ => new Dictionary<string, FeatureValue> { ["a/b"] = FeatureValue.FromDouble(1), ["a_b"] = FeatureValue.FromDouble(2), ["A_B"] = FeatureValue.FromDouble(3) });

        (int exitCode, string output, _) = Predict(model);

        exitCode.ShouldBe(0);
        string[] files = Directory.GetFiles(_files["out"]).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        files.Length.ShouldBe(3);
        files.ShouldContain("a_b.npy");
        files.ShouldContain(f => f!.StartsWith("a_b-", StringComparison.Ordinal) && f.Length == "a_b-12345678.npy".Length);
        files.ShouldContain(f => f!.StartsWith("A_B-", StringComparison.Ordinal));
        output.Split('\n').Count(l => l.EndsWith("; file name made file-system safe)", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void An_unknown_input_exits_2_listing_the_model_inputs()
    {
        (int exitCode, string output, string error) = Predict(TwoInputs(), "--input", "z=1");

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe("model.mlmodel: error: the model has no input 'z' (its inputs: 'x' (MultiArray Float32 2), 'k' (Int64, optional))\n");
    }

    [Fact]
    public void A_missing_required_input_exits_2()
    {
        (int exitCode, _, string error) = Predict(TwoInputs(), "--input", "k=1");

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: missing required input 'x' (MultiArray Float32 2); pass each as --input NAME=VALUE\n");
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        (int exitCode, _, string error) = Predict(TwoInputs(), "--input", "x=nope.npy");

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: input 'x': file not found: nope.npy (MultiArray inputs take a .npy file)\n");
    }

    [Theory]
    [InlineData("x", "is NAME=VALUE")]
    [InlineData("=1", "is NAME=VALUE")]
    public void An_input_without_a_name_exits_2(string argument, string _)
    {
        Predict(TwoInputs(), "--input", argument).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Fractions_for_an_integer_input_exit_2()
    {
        NpyFile.Write(_files["x.npy"], MultiArray<float>.Wrap(new[] { 1f, 2.5f }, 2));
        var model = new FakePredictor(new[] { FakePredictor.Array("x", MultiArrayDataType.Int32, 2) }, Array.Empty<ModelFeature>(), _ => new Dictionary<string, FeatureValue>());

        (int exitCode, _, string error) = Predict(model, "--input", "x=" + _files["x.npy"]);

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: input 'x' (" + _files["x.npy"] + "): element [1] = 2.5 is not a whole number, so the float32 (<f4) array cannot become int32.\n");
    }

    [Theory]
    [InlineData("3,5", "input 'k': file not found: 3,5 (Int64 inputs take a number or a one-element .npy file)")]
    [InlineData("", "input 'k': no value given (Int64 inputs take a number or a one-element .npy file)")]
    public void Bad_numbers_exit_2(string value, string message)
    {
        NpyFile.Write(_files["x.npy"], MultiArray<float>.Wrap(new[] { 1f, 2f }, 2));

        (int exitCode, _, string error) = Predict(TwoInputs(), "-i", "x=" + _files["x.npy"], "-i", "k=" + value);

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: " + message + "\n");
    }

    [Fact]
    public void Bad_json_exits_2()
    {
        var model = new FakePredictor(new[] { FakePredictor.Scalar("d", FeatureKind.Dictionary, item: FeatureKind.String) }, Array.Empty<ModelFeature>(), _ => new Dictionary<string, FeatureValue>());

        (int exitCode, _, string error) = Predict(model, "-i", "d={\"a\": \"x\"}");

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: input 'd' has a value for key 'a' that is not a number\n");
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2 }, "holds 2 × 2 × 2 float32 (<f4), but an image .npy is [height, width, 3] (RGB), [height, width, 4] (RGBA) or [height, width] (gray)")]
    [InlineData(new[] { 8 }, "holds 8 float32 (<f4), but an image .npy is")]
    public void Image_arrays_of_the_wrong_shape_exit_2(int[] shape, string message)
    {
        NpyFile.Write(_files["i.npy"], MultiArray<float>.Create(shape));
        var model = new FakePredictor(new[] { FakePredictor.Scalar("image", FeatureKind.Image) }, Array.Empty<ModelFeature>(), _ => new Dictionary<string, FeatureValue>());

        (int exitCode, _, string error) = Predict(model, "-i", "image=" + _files["i.npy"]);

        exitCode.ShouldBe(2);
        error.ShouldContain("input 'image' is an image; " + _files["i.npy"] + " " + message);
    }

    [Fact]
    public void Pixel_values_outside_0_to_255_exit_2()
    {
        NpyFile.Write(_files["i.npy"], MultiArray<float>.Wrap(new[] { 0f, 0.5f }, 1, 2));
        var model = new FakePredictor(new[] { FakePredictor.Scalar("image", FeatureKind.Image) }, Array.Empty<ModelFeature>(), _ => new Dictionary<string, FeatureValue>());

        (int exitCode, _, string error) = Predict(model, "-i", "image=" + _files["i.npy"]);

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: input 'image' (" + _files["i.npy"] + "): element [0, 1] = 0.5 is not a pixel value (a whole number from 0 to 255)\n");
    }

    [Fact]
    public void A_model_that_does_not_exist_exits_2()
    {
        (int exitCode, _, string error) = GoldenFiles.Cli("predict", _files["none.mlmodel"], "-o", _files["out"]);

        exitCode.ShouldBe(2);
        error.ShouldBe(_files["none.mlmodel"] + ": error: model not found: " + _files["none.mlmodel"] + "\n");
    }

    [Fact]
    public void A_model_the_evaluator_cannot_load_exits_1()
    {
        File.WriteAllBytes(_files["model.mlmodel"], new byte[] { 1 });

        int exitCode = PredictCommand.Run(
            new PredictRequest(_files["model.mlmodel"], Array.Empty<string>(), _files["out"]),
            _ => throw new ModelLoadException("layer 'conv' uses dilated convolution, which is not supported"),
            TextWriter.Null,
            TextWriter.Null);

        exitCode.ShouldBe(1);
    }

    [Fact]
    public void Inputs_the_model_refuses_exit_2()
    {
        NpyFile.Write(_files["x.npy"], MultiArray<float>.Wrap(new[] { 1f, 2f }, 2));
        var model = new FakePredictor(new[] { FakePredictor.Array("x", MultiArrayDataType.Float32, 3) }, Array.Empty<ModelFeature>(), _ => throw new CoreMLException("input 'x' has shape 2, but the model needs 3"));

        (int exitCode, _, string error) = Predict(model, "-i", "x=" + _files["x.npy"]);

        exitCode.ShouldBe(2);
        error.ShouldBe("model.mlmodel: error: the model refused the inputs: input 'x' has shape 2, but the model needs 3\n");
    }

    [Fact]
    public void The_output_folder_is_required()
    {
        GoldenFiles.Cli("predict", "model.mlmodel").ExitCode.ShouldBe(2);
    }

    private static FakePredictor TwoInputs() => new(
        new[] { FakePredictor.Array("x", MultiArrayDataType.Float32, 2), FakePredictor.Scalar("k", FeatureKind.Int64, optional: true) },
        Array.Empty<ModelFeature>(),
        _ => new Dictionary<string, FeatureValue>());

    private (int ExitCode, string Output, string Error) Predict(FakePredictor model, params string[] inputArguments)
    {
        // The model file only has to exist; the stand-in answers for it.
        string path = _files["model.mlmodel"];
        File.WriteAllBytes(path, Array.Empty<byte>());
        var inputs = new List<string>();
        for (int i = 0; i < inputArguments.Length; i += 2)
        {
            inputs.Add(inputArguments[i + 1]);
        }

        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = PredictCommand.Run(new PredictRequest(path, inputs, _files["out"]), _ => model, output, error);

        // Messages start with the model path; shorten it so expectations read simply.
        return (exitCode, output.ToString(), error.ToString().Replace(path, "model.mlmodel", StringComparison.Ordinal));
    }
}
