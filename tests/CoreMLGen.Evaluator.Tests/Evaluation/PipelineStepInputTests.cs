using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using static CoreMLGen.Evaluator.Tests.Evaluation.LoadRefusalTests;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// A pipeline step declares its own inputs, which may disagree with what the pipeline declares and checks at the top:
/// the value reaching the step is checked against the step's declaration at predict time (issue 11, item 1: an image
/// whose BGR/RGB preprocessing met a buffer of another kind crashed the input binder).
/// </summary>
public sealed class PipelineStepInputTests
{
    // The pipeline takes a 2 × 1 image in one colour space; its only step declares another.
    private static ModelEvaluator ImagePipeline(ColorSpace pipelineSide, ColorSpace stepSide, long stepWidth = 2)
    {
        SpecBuilder step = ImageNetwork(stepSide)
            .With(m => m.Description.Input[0].Type.ImageType.Width = stepWidth)
            .With(m => m.NeuralNetwork.Preprocessing.Add(Scaler("image")));
        SpecBuilder spec = SpecBuilder.Pipeline(("scale", step))
            .Input("image", FeatureTypes.Image(2, 1, pipelineSide))
            .Output("y", step.Build().Description.Output[0].Type);
        return Load(spec);
    }

    private static FeatureValue Image(ImagePixelFormat format) => FeatureValue.FromImage(ImageBuffer.Create(2, 1, format));

    [Fact]
    public void A_color_image_reaching_a_step_that_declares_grayscale_is_a_type_mismatch()
    {
        // Was an IndexOutOfRangeException: three planes written into a one-plane blob.
        ModelEvaluator model = ImagePipeline(ColorSpace.Bgr, ColorSpace.Grayscale);

        var error = Should.Throw<FeatureTypeMismatchException>(() => Predict(model, ("image", Image(ImagePixelFormat.Bgra32))));

        error.FeatureName.ShouldBe("image");
        error.Message.ShouldContain("Grayscale");
        error.Message.ShouldContain("Bgra32");
    }

    [Fact]
    public void A_grayscale_image_reaching_a_step_that_declares_rgb_is_a_type_mismatch()
    {
        // Was an ArgumentOutOfRangeException: four bytes a pixel read from a one-byte-a-pixel row.
        ModelEvaluator model = ImagePipeline(ColorSpace.Grayscale, ColorSpace.Rgb);

        var error = Should.Throw<FeatureTypeMismatchException>(() => Predict(model, ("image", Image(ImagePixelFormat.Gray8))));

        error.FeatureName.ShouldBe("image");
        error.Message.ShouldContain("Gray8");
    }

    [Fact]
    public void An_image_of_another_size_than_the_step_declares_is_refused_naming_the_input()
    {
        ModelEvaluator model = ImagePipeline(ColorSpace.Bgr, ColorSpace.Bgr, stepWidth: 3);

        var error = Should.Throw<CoreMLException>(() => Predict(model, ("image", Image(ImagePixelFormat.Bgra32))));

        error.Message.ShouldBe("Input 'image' is a 2x1 image, but the model takes 3x1.");
    }

    [Fact]
    public void When_the_step_agrees_with_the_pipeline_the_image_is_scaled_as_declared()
    {
        ModelEvaluator model = ImagePipeline(ColorSpace.Rgb, ColorSpace.Rgb);
        var pixels = new byte[] { 10, 20, 30, 255, 40, 50, 60, 255 };

        MultiArray<float> y = Predict(model, ("image", FeatureValue.FromImage(ImageBuffer.Wrap(pixels, 2, 1, ImagePixelFormat.Rgba32)))).GetFeatureValue("y")!.GetMultiArray<float>();

        // Planes R, G, B: value × 0.5 plus the channel's bias (1, 2, 3), then relu.
        y.ToArray().ShouldBe(new float[] { 6, 21, 12, 27, 18, 33 });
    }

    [Fact]
    public void A_number_reaching_a_step_that_declares_a_multi_array_is_a_type_mismatch()
    {
        // The input binder once read such a value as an array without looking at its kind.
        SpecBuilder spec = SpecBuilder.Pipeline(("double", Doubler()))
            .Input("x", FeatureTypes.Double())
            .Output("y", FeatureTypes.MultiArray(DataType.Double, 3));

        var error = Should.Throw<FeatureTypeMismatchException>(() => Predict(Load(spec), ("x", FeatureValue.FromDouble(1))));

        error.FeatureName.ShouldBe("x");
        error.Message.ShouldContain("MultiArray");
        error.Message.ShouldContain("Double");
    }
}
