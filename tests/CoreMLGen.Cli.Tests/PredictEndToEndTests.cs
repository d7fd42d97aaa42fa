using System;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Cli.Tests;

/// <summary>The golden-vector workflow on small models built in code: predict with the managed evaluator, then compare.</summary>
public sealed class PredictEndToEndTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_neural_network_output_matches_values_worked_out_by_hand()
    {
        // y = relu(W·x + b) with W = [[1, 0, -1], [0.5, 0.5, 0.5]], b = [0, 1]; x = [1, 2, 4] gives [0, 4.5].
        string model = SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Layers(
                Layers.Layer("dense", new[] { "x" }, new[] { "h" }, layer => layer.InnerProduct = new InnerProductLayerParams
                {
                    InputChannels = 3,
                    OutputChannels = 2,
                    HasBias = true,
                    Weights = Weights.Of(1, 0, -1, 0.5f, 0.5f, 0.5f),
                    Bias = Weights.Of(0, 1),
                }),
                Layers.Relu("relu", "h", "y"))
            .WriteTo(_files["Dense.mlmodel"]);
        NpyFile.Write(_files["x.npy"], MultiArray<double>.Wrap(new[] { 1.0, 2, 4 }, 3));
        NpyFile.Write(_files["expected.npy"], MultiArray<float>.Wrap(new[] { 0f, 4.5f }, 2));
        NpyFile.Write(_files["wrong.npy"], MultiArray<float>.Wrap(new[] { 0f, 4.6f }, 2));

        (int exitCode, string output, string error) = GoldenFiles.Cli("predict", model, "--input", "x=" + _files["x.npy"], "--output-dir", _files["out"]);

        exitCode.ShouldBe(0, error);
        string y = Path.Combine(_files["out"], "y.npy");
        output.ShouldContain("output y: " + y + " (2 float32 (<f4))\n");
        GoldenFiles.Cli("compare", _files["expected.npy"], y).ExitCode.ShouldBe(0);
        GoldenFiles.Cli("compare", _files["wrong.npy"], y).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_glm_regressor_writes_a_0_d_float64()
    {
        // y = 0.5·x0 - x1 + 2·x2 + 0.25; x = [1, 2, 3] gives 4.75.
        var glm = new GLMRegressor();
        glm.Weights.Add(new GLMRegressor.Types.DoubleArray { Value = { 0.5, -1, 2 } });
        glm.Offset.Add(0.25);
        string model = SpecBuilder.GlmRegressor()
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .With(m => m.GlmRegressor = glm)
            .WriteTo(_files["Linear.mlmodel"]);
        NpyFile.Write(_files["x.npy"], MultiArray<float>.Wrap(new[] { 1f, 2f, 3f }, 3));

        (int exitCode, string output, string error) = GoldenFiles.Cli("predict", model, "-i", "x=" + _files["x.npy"], "-o", _files["out"]);

        exitCode.ShouldBe(0, error);
        output.ShouldContain("input  x <- " + _files["x.npy"] + " (3 float32 (<f4), as double)\n");
        NpyArray y = NpyFile.ReadArray(Path.Combine(_files["out"], "y.npy"));
        y.Shape.ShouldBeEmpty();
        ((double[])y.Data)[0].ShouldBe(4.75, 1e-12);
    }

    [Fact]
    public void A_classifier_writes_its_label_and_probabilities_as_json()
    {
        var glm = new GLMClassifier { StringClassLabels = new StringVector { Vector = { "cat", "dog" } } };
        glm.Weights.Add(new GLMClassifier.Types.DoubleArray { Value = { 1, -1 } });
        glm.Offset.Add(0);
        string model = SpecBuilder.GlmClassifier("cat", "dog")
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 2))
            .Output("label", FeatureTypes.String())
            .Output("probabilities", FeatureTypes.DictionaryWithStringKeys())
            .Predicts("label", "probabilities")
            .With(m => m.GlmClassifier = glm)
            .WriteTo(_files["Pets.mlmodel"]);
        NpyFile.Write(_files["x.npy"], MultiArray<double>.Wrap(new[] { 3.0, 1 }, 2));

        (int exitCode, _, string error) = GoldenFiles.Cli("predict", model, "-i", "x=" + _files["x.npy"], "-o", _files["out"]);

        exitCode.ShouldBe(0, error);

        // One weight row: a binary classifier. The score w·x + b = 3 - 1 = 2 gives the probabilities sigmoid(±2),
        // worked out here; the label is the class with the larger one.
        double high = 1 / (1 + Math.Exp(-2.0));
        using var probabilities = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_files["out"], "probabilities.json")));
        double cat = probabilities.RootElement.GetProperty("cat").GetDouble();
        double dog = probabilities.RootElement.GetProperty("dog").GetDouble();
        new[] { cat, dog }.Order().ToArray().ShouldBe(new[] { 1 - high, high }, 1e-12);
        File.ReadAllText(Path.Combine(_files["out"], "label.json")).ShouldBe(cat > dog ? "\"cat\"\n" : "\"dog\"\n");
    }

    [Fact]
    public void An_unknown_input_of_a_real_model_exits_2()
    {
        string model = SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Layers(Layers.Relu("relu", "x", "y"))
            .WriteTo(_files["Relu.mlmodel"]);

        (int exitCode, string output, string error) = GoldenFiles.Cli("predict", model, "-i", "z=1", "-o", _files["out"]);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe(model + ": error: the model has no input 'z' (its inputs: 'x' (MultiArray Float32 3))\n");
        Directory.Exists(_files["out"]).ShouldBeFalse();
    }

    [Fact]
    public void A_model_the_evaluator_does_not_support_exits_1_with_one_line()
    {
        string model = SpecBuilder.VisionFeaturePrint()
            .Input("image", FeatureTypes.Image(299, 299, ImageFeatureType.Types.ColorSpace.Bgr))
            .Output("features", FeatureTypes.MultiArray(DataType.Float32, 2048))
            .WriteTo(_files["Print.mlmodel"]);

        (int exitCode, string output, string error) = GoldenFiles.Cli("predict", model, "-o", _files["out"]);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith(model + ": error: visionFeaturePrint models are not supported");
        error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Gray_and_rgb_images_come_from_npy_pixel_arrays()
    {
        string gray = SpecBuilder.NeuralNetwork()
            .Input("image", FeatureTypes.Image(2, 2, ImageFeatureType.Types.ColorSpace.Grayscale))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 1, 2, 2))
            .Layers(Layers.Relu("relu", "image", "y"))
            .WriteTo(_files["Gray.mlmodel"]);
        string rgb = SpecBuilder.NeuralNetwork()
            .Input("image", FeatureTypes.Image(2, 1, ImageFeatureType.Types.ColorSpace.Rgb))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 3, 1, 2))
            .Layers(Layers.Relu("relu", "image", "y"))
            .WriteTo(_files["Rgb.mlmodel"]);
        NpyFile.Write(_files["gray.npy"], new NpyArray(NpyDataType.UInt8, new[] { 2, 2 }, new byte[] { 0, 10, 200, 255 }));
        NpyFile.Write(_files["rgb.npy"], new NpyArray(NpyDataType.UInt8, new[] { 1, 2, 3 }, new byte[] { 1, 2, 3, 4, 5, 6 }));

        (int grayExit, string grayOutput, string grayError) = GoldenFiles.Cli("predict", gray, "-i", "image=" + _files["gray.npy"], "-o", _files["gray"]);
        (int rgbExit, _, string rgbError) = GoldenFiles.Cli("predict", rgb, "-i", "image=" + _files["rgb.npy"], "-o", _files["rgb"]);

        grayExit.ShouldBe(0, grayError);
        grayOutput.ShouldContain("input  image <- " + _files["gray.npy"] + " (2 × 2 uint8 (|u1), as 2 × 2 Gray8 image)\n");
        NpyFile.ReadArray(Path.Combine(_files["gray"], "y.npy")).Data.ShouldBe(new[] { 0f, 10f, 200f, 255f });
        rgbExit.ShouldBe(0, rgbError);
        NpyFile.ReadArray(Path.Combine(_files["rgb"], "y.npy")).Data.ShouldBe(new[] { 1f, 4f, 2f, 5f, 3f, 6f });
    }

    [FixtureFact]
    public void A_real_regressor_matches_its_own_weights()
    {
        // PlotCVPredict (scikit-learn via coremltools): prediction = w·x + offset, worked out here from the spec in float64.
        string model = Fixtures.Model("PlotCVPredict.mlmodel");
        GLMRegressor glm = CoreMLGen.Spec.Reading.ModelReader.Read(model).Spec!.GlmRegressor;
        double[] x = Enumerable.Range(0, 13).Select(i => (i * 0.37) - 1.5).ToArray();
        double expected = glm.Weights[0].Value.Zip(x, (w, v) => w * v).Sum() + glm.Offset[0];
        NpyFile.Write(_files["x.npy"], MultiArray<double>.Wrap(x, 13));
        NpyFile.WriteScalar(_files["expected.npy"], expected);

        (int exitCode, _, string error) = GoldenFiles.Cli("predict", model, "-i", "input=" + _files["x.npy"], "-o", _files["out"]);

        exitCode.ShouldBe(0, error);
        (int compareExit, string comparison, _) = GoldenFiles.Cli("compare", _files["expected.npy"], Path.Combine(_files["out"], "prediction.npy"), "--atol", "1e-9", "--rtol", "1e-12");
        compareExit.ShouldBe(0, comparison);
    }
}
