using System;
using System.IO;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

public class BadInputTests
{
    [Fact]
    public void A_missing_required_input_names_it()
    {
        var error = Should.Throw<FeatureMissingException>(() => Predict(Load(Doubler())));

        error.FeatureName.ShouldBe("x");
        error.Message.ShouldContain("'x'");
    }

    [Fact]
    public void A_wrong_element_type_names_both_types()
    {
        var error = Should.Throw<FeatureTypeMismatchException>(() => Predict(Load(Doubler()), ("x", Floats(new float[] { 1, 2, 3 }))));

        error.FeatureName.ShouldBe("x");
        error.Message.ShouldContain("Double");
        error.Message.ShouldContain("Float32");
    }

    [Fact]
    public void A_wrong_kind_of_value_is_a_type_mismatch()
    {
        Should.Throw<FeatureTypeMismatchException>(() => Predict(Load(Doubler()), ("x", FeatureValue.FromDouble(1))));
    }

    [Theory]
    [InlineData(new[] { 4 })]
    [InlineData(new[] { 3, 1 })]
    [InlineData(new[] { 2, 2, 2, 2 })]
    public void A_wrong_shape_is_refused_before_any_layer_runs(int[] shape)
    {
        var layer = new TestCustomLayers.Scale(new System.Collections.Generic.Dictionary<string, object> { ["factor"] = 1.0 });
        ModelEvaluator model = Load(Doubler(), TestCustomLayers.With("Scale", _ => layer));
        var values = new double[MultiArrayShape.ElementCount(shape)];

        var error = Should.Throw<CoreMLException>(() => Predict(model, ("x", Doubles(values, shape))));

        error.Message.ShouldContain("Input 'x' has shape");
        error.Message.ShouldContain("[3]");
        layer.Evaluations.ShouldBe(0);
    }

    [Fact]
    public void An_unsupported_layer_is_a_load_error_naming_the_layer_and_its_type()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Layers(Layers.Layer("normalize_me", new[] { "x" }, new[] { "y" }, l => l.Lrn = new LRNLayerParams { LocalSize = 3 }));

        var error = Should.Throw<ModelLoadException>(() => Load(spec));

        error.LayerName.ShouldBe("normalize_me");
        error.LayerType.ShouldBe("lrn");
        error.Message.ShouldContain("normalize_me");
        error.Message.ShouldContain("lrn");
    }

    [Fact]
    public void Truncated_weights_are_a_load_error_naming_the_model_and_the_layer()
    {
        var dense = new InnerProductLayerParams { InputChannels = 3, OutputChannels = 2, Weights = Weights.Of(1, 2, 3, 4, 5) };
        SpecBuilder spec = SpecBuilder.NeuralNetwork(1)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Layers(Layers.Layer("dense_1", new[] { "x" }, new[] { "y" }, l => l.InnerProduct = dense));

        var error = Should.Throw<ModelLoadException>(() => Load(spec));

        error.LayerName.ShouldBe("dense_1");
        error.LayerType.ShouldBe("innerProduct");
        error.Message.ShouldStartWith("test.mlmodel: ");
        error.Message.ShouldContain("5");
        error.Message.ShouldContain("6");
    }

    [Fact]
    public void A_custom_layer_without_an_implementation_is_a_load_error_that_says_how_to_register_one()
    {
        var error = Should.Throw<ModelLoadException>(() => Load(Doubler(), new EvaluatorOptions()));

        error.LayerName.ShouldBe("scale");
        error.Message.ShouldContain("'Scale'");
        error.Message.ShouldContain("EvaluatorOptions.CustomLayers");
    }

    [Fact]
    public void A_layer_reading_an_unknown_blob_is_a_load_error()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Layers(ScaleLayer("nowhere", "y"));

        Should.Throw<ModelLoadException>(() => Load(spec)).Message.ShouldContain("'nowhere'");
    }

    [Fact]
    public void An_output_no_layer_writes_is_a_load_error()
    {
        SpecBuilder spec = Doubler().Output("z", FeatureTypes.MultiArray(DataType.Double, 3));

        Should.Throw<ModelLoadException>(() => Load(spec)).Message.ShouldContain("'z'");
    }

    [Fact]
    public void Corrupt_bytes_are_a_load_error()
    {
        byte[] bytes = Doubler().ToBytes();
        Array.Resize(ref bytes, bytes.Length / 2);

        Should.Throw<ModelLoadException>(() => ModelEvaluator.Load(bytes, "half.mlmodel", ScaleOptions())).Message.ShouldContain("half.mlmodel");
    }

    [Fact]
    public void A_missing_file_or_resource_is_a_load_error()
    {
        Should.Throw<ModelLoadException>(() => ModelEvaluator.Load(Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid() + ".mlmodel")));
        Should.Throw<ModelLoadException>(() => ModelEvaluator.LoadResource(typeof(BadInputTests).Assembly, "CoreMLGen.Models/Nothing.mlmodel"))
            .Message.ShouldContain("CoreMLGenEmbedModelSpecs");
    }

    [Fact]
    public void Unsupported_model_types_are_load_errors_naming_the_type()
    {
        SpecBuilder spec = SpecBuilder.VisionFeaturePrint()
            .Input("image", FeatureTypes.Image(299, 299, ImageFeatureType.Types.ColorSpace.Bgr))
            .Output("features", FeatureTypes.MultiArray(DataType.Double, 2048));

        Should.Throw<ModelLoadException>(() => Load(spec)).Message.ShouldContain("visionFeaturePrint");
    }

    [Fact]
    public void Packages_load_through_their_manifest()
    {
        string folder = Path.Combine(Path.GetTempPath(), "coremlgen-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            string package = new PackageBuilder().Spec(Doubler()).WriteTo(Path.Combine(folder, "Doubler.mlpackage"));

            ModelEvaluator model = ModelEvaluator.Load(package, ScaleOptions());

            model.ModelName.ShouldBe("Doubler.mlpackage");
            Predict(model, ("x", Doubles(new[] { 1.0, 1, 1 }))).GetFeatureValue("y")!.GetMultiArray<double>().ToArray().ShouldBe(new[] { 2.0, 2, 2 });
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
