using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// Regression tests for the load-time refusals the fuzzer called for (issue 11, "crashes and wrong acceptance" 1 and 2):
/// each spec is the smallest that crashed the evaluator or loaded a model it could never run, and each test checks the
/// refusal is a <see cref="ModelLoadException"/> naming the model, the pipeline step where there is one, and the feature.
/// </summary>
public sealed class LoadRefusalTests
{
    // A pipeline input "x" [3] (double) → step "double" (the Doubler network) → "y".
    private static SpecBuilder PipelineAround(SpecBuilder step) =>
        SpecBuilder.Pipeline(("double", step))
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Double, 3));

    private static ModelLoadException Refused(SpecBuilder spec) => Should.Throw<ModelLoadException>(() => Load(spec));

    [Fact]
    public void A_pipeline_step_input_without_a_type_is_refused_naming_the_step_and_the_input()
    {
        // Was a NullReferenceException in PipelineRunner (input.Type.IsOptional on a null type).
        SpecBuilder step = Doubler().With(m => m.Description.Input[0].Type = null);

        ModelLoadException error = Refused(PipelineAround(step));

        error.Message.ShouldStartWith("test.mlmodel, pipeline step 'double': input 'x' has no type.");
    }

    [Fact]
    public void A_pipeline_step_output_without_a_type_is_refused_naming_the_step_and_the_output()
    {
        SpecBuilder step = Doubler().With(m => m.Description.Output[0].Type = FeatureTypes.Unset());

        ModelLoadException error = Refused(PipelineAround(step));

        error.Message.ShouldStartWith("test.mlmodel, pipeline step 'double': output 'y' has no type.");
    }

    [Fact]
    public void A_model_input_without_a_type_is_refused_naming_it()
    {
        ModelLoadException error = Refused(Doubler().With(m => m.Description.Input[0].Type = null));

        error.Message.ShouldBe("test.mlmodel: input 'x' has no type.");
    }

    [Fact]
    public void A_pipeline_classifier_without_its_pipeline_is_refused()
    {
        // Was a NullReferenceException: PipelineClassifier.Pipeline unset.
        SpecBuilder spec = SpecBuilder.PipelineClassifier(("double", Doubler()))
            .With(m => m.PipelineClassifier.Pipeline = null)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("label", FeatureTypes.String())
            .Predicts("label");

        Refused(spec).Message.ShouldBe("test.mlmodel: the pipeline model has no pipeline (no steps) set.");
    }

    [Fact]
    public void A_pipeline_regressor_without_its_pipeline_is_refused()
    {
        SpecBuilder spec = SpecBuilder.PipelineRegressor(("double", Doubler()))
            .With(m => m.PipelineRegressor.Pipeline = null)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.Double())
            .Predicts("y");

        Refused(spec).Message.ShouldBe("test.mlmodel: the pipeline model has no pipeline (no steps) set.");
    }

    [Fact]
    public void Two_preprocessing_entries_for_one_input_are_refused()
    {
        // Was an ArgumentException (duplicate key) from ToDictionary in the network runner.
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr).With(m =>
        {
            m.NeuralNetwork.Preprocessing.Add(Scaler("image"));
            m.NeuralNetwork.Preprocessing.Add(Scaler("image"));
        });

        Refused(spec).Message.ShouldBe("test.mlmodel: input 'image' has two preprocessing entries; Core ML applies one per input.");
    }

    [Fact]
    public void An_unnamed_and_a_named_preprocessing_entry_for_the_only_input_are_two_entries()
    {
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr).With(m =>
        {
            m.NeuralNetwork.Preprocessing.Add(Scaler(""));
            m.NeuralNetwork.Preprocessing.Add(Scaler("image"));
        });

        Refused(spec).Message.ShouldContain("input 'image' has two preprocessing entries");
    }

    [Fact]
    public void A_preprocessing_entry_for_an_input_the_model_lacks_is_refused()
    {
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr).With(m => m.NeuralNetwork.Preprocessing.Add(Scaler("picture")));

        Refused(spec).Message.ShouldBe("test.mlmodel: a preprocessing entry names input 'picture', which the model does not have.");
    }

    [Fact]
    public void An_unnamed_preprocessing_entry_with_several_inputs_is_refused()
    {
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr)
            .Input("other", FeatureTypes.Image(2, 1, ColorSpace.Bgr))
            .With(m => m.NeuralNetwork.Preprocessing.Add(Scaler("")));

        Refused(spec).Message.ShouldContain("a preprocessing entry names no input, and the model has 2 inputs");
    }

    [Fact]
    public void Image_preprocessing_on_a_multi_array_input_is_refused()
    {
        SpecBuilder spec = Doubler().With(m => m.NeuralNetwork.Preprocessing.Add(Scaler("x")));

        Refused(spec).Message.ShouldBe("test.mlmodel: input 'x' has Scaler preprocessing, which applies to images, but it is declared as MultiArrayType.");
    }

    [Fact]
    public void A_mean_image_of_the_wrong_size_is_refused()
    {
        // 2 × 1 BGR needs 3 × 1 × 2 = 6 values.
        var mean = new NeuralNetworkMeanImage();
        mean.MeanImage.AddRange(new float[] { 1, 2, 3, 4 });
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr).With(m => m.NeuralNetwork.Preprocessing.Add(new NeuralNetworkPreprocessing { FeatureName = "image", MeanImage = mean }));

        Refused(spec).Message.ShouldBe("test.mlmodel: input 'image' has a mean image of 4 values; the declared image needs channels × height × width = 6.");
    }

    [Fact]
    public void An_image_output_is_refused_because_the_evaluator_produces_none()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("image", FeatureTypes.Image(2, 1, ColorSpace.Bgr))
            .Output("picture", FeatureTypes.Image(2, 1, ColorSpace.Bgr))
            .Layers(Layers.Relu("relu", "image", "picture"));

        Refused(spec).Message.ShouldBe("test.mlmodel: output 'picture' is an image; the managed evaluator produces no image outputs (only Core ML on Apple platforms does).");
    }

    [Fact]
    public void An_image_output_of_a_pipeline_step_is_refused_naming_the_step()
    {
        SpecBuilder step = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.Image(3, 1, ColorSpace.Grayscale))
            .Layers(Layers.Relu("relu", "x", "y"));

        Refused(PipelineAround(step)).Message.ShouldStartWith("test.mlmodel, pipeline step 'double': output 'y' is an image;");
    }

    [Theory]
    [InlineData(new long[] { -3 }, "has a negative dimension in its shape [-3].")]
    [InlineData(new long[] { 1, -1, 3 }, "has a negative dimension in its shape [1, -1, 3].")]
    [InlineData(new long[] { 2147483648L }, "has a shape [2147483648] with more than 2^31 - 1 elements")]
    [InlineData(new long[] { 65536, 65536 }, "has a shape [65536, 65536] with more than 2^31 - 1 elements")]
    [InlineData(new long[] { 4294967299L }, "has a shape [4294967299] with more than 2^31 - 1 elements")]
    public void A_declared_shape_that_is_negative_or_overflows_int_is_refused(long[] shape, string problem)
    {
        // 4294967299 = 2^32 + 3 wrapped to 3 through an int cast and then predicted as if it were 3.
        SpecBuilder spec = Doubler().With(m => { m.Description.Input[0].Type.MultiArrayType.Shape.Clear(); m.Description.Input[0].Type.MultiArrayType.Shape.AddRange(shape); });

        Refused(spec).Message.ShouldStartWith("test.mlmodel: input 'x' " + problem);
    }

    [Fact]
    public void A_negative_enumerated_shape_is_refused()
    {
        SpecBuilder spec = Doubler().With(m =>
        {
            var enumerated = new ArrayFeatureType.Types.EnumeratedShapes();
            enumerated.Shapes.Add(new ArrayFeatureType.Types.Shape { Shape_ = { 3 } });
            enumerated.Shapes.Add(new ArrayFeatureType.Types.Shape { Shape_ = { -2 } });
            m.Description.Output[0].Type.MultiArrayType.EnumeratedShapes = enumerated;
        });

        Refused(spec).Message.ShouldBe("test.mlmodel: output 'y' has a negative dimension in its enumerated shape [-2].");
    }

    [Fact]
    public void A_shape_range_whose_upper_bound_is_below_its_lower_bound_is_refused()
    {
        SpecBuilder spec = Doubler().With(m =>
        {
            var range = new ArrayFeatureType.Types.ShapeRange();
            range.SizeRanges.Add(FeatureTypes.Range(5, 2));
            m.Description.Input[0].Type.MultiArrayType.ShapeRange = range;
        });

        Refused(spec).Message.ShouldStartWith("test.mlmodel: input 'x' has an invalid size range [5..2]");
    }

    [Theory]
    [InlineData(-2, 1, "has a negative dimension in its size (height, width, 4 bytes a pixel) [1, -2, 4].")]
    [InlineData(2, -1, "has a negative dimension in its size (height, width, 4 bytes a pixel) [-1, 2, 4].")]
    [InlineData(2147483648L, 1, "has a size (height, width, 4 bytes a pixel) [1, 2147483648, 4] with more than 2^31 - 1 elements")]
    [InlineData(40000, 40000, "has a size (height, width, 4 bytes a pixel) [40000, 40000, 4] with more than 2^31 - 1 elements")]
    public void An_image_size_that_is_negative_or_overflows_int_is_refused(long width, long height, string problem)
    {
        SpecBuilder spec = ImageNetwork(ColorSpace.Bgr).With(m => { m.Description.Input[0].Type.ImageType.Width = width; m.Description.Input[0].Type.ImageType.Height = height; });

        Refused(spec).Message.ShouldStartWith("test.mlmodel: input 'image' " + problem);
    }

    [Fact]
    public void Huge_length_prefixes_are_a_load_error_naming_the_model()
    {
        // specificationVersion 4, then a description claiming 2^31 - 1 bytes (Google.Protobuf's own exception before).
        byte[] bytes = { 0x08, 0x04, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 };

        string message = Should.Throw<ModelLoadException>(() => ModelEvaluator.Load(bytes, "huge.mlmodel")).Message;

        message.ShouldStartWith("Cannot load huge.mlmodel: ");
        message.ShouldContain("CMLG2003: 'huge.mlmodel' is not a Core ML model");
    }

    /// <summary>image (2 × 1, the given colour space) → relu → y [channels, 1, 2]; rank-5 mapping.</summary>
    internal static SpecBuilder ImageNetwork(ColorSpace colorSpace) =>
        SpecBuilder.NeuralNetwork(2)
            .Input("image", FeatureTypes.Image(2, 1, colorSpace))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, colorSpace == ColorSpace.Grayscale ? 1 : 3, 1, 2))
            .Layers(Layers.Relu("relu", "image", "y"));

    internal static NeuralNetworkPreprocessing Scaler(string input) =>
        new() { FeatureName = input, Scaler = new NeuralNetworkImageScaler { ChannelScale = 0.5f, RedBias = 1, GreenBias = 2, BlueBias = 3, GrayBias = 4 } };
}
