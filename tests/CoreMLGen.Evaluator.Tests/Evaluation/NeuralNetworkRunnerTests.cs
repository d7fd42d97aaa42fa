using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

public class NeuralNetworkRunnerTests
{
    [Fact]
    public void Runs_a_custom_layer_and_returns_the_declared_type_and_shape()
    {
        ModelEvaluator model = Load(Doubler());

        IFeatureProvider output = Predict(model, ("x", Doubles(new[] { 1.0, -2.0, 3.5 })));

        MultiArray<double> y = output.GetFeatureValue("y")!.GetMultiArray<double>();
        y.Shape.ShouldBe(new[] { 3 });
        y.ToArray().ShouldBe(new[] { 2.0, -4.0, 7.0 });
        model.Inputs.Single().Name.ShouldBe("x");
        model.Outputs.Single().DataType.ShouldBe(MultiArrayDataType.Double);
    }

    [Fact]
    public void A_rank5_network_takes_a_whole_sequence_and_keeps_its_sequence_dimensions()
    {
        ModelEvaluator model = Load(Doubler());
        double[] values = Enumerable.Range(0, 12).Select(i => (double)i).ToArray();

        MultiArray<double> y = Predict(model, ("x", Doubles(values, 4, 1, 3))).GetFeatureValue("y")!.GetMultiArray<double>();

        y.Shape.ShouldBe(new[] { 4, 1, 3 });
        y.ToArray().ShouldBe(values.Select(v => 2 * v).ToArray());
    }

    [Fact]
    public void An_nd_network_keeps_the_declared_rank()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(4)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 2, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 2, 3))
            .ExactArrayMapping()
            .Layers(ScaleLayer("x", "y", 0.5));

        MultiArray<float> y = Predict(Load(spec), ("x", Floats(new float[] { 2, 4, 6, 8, 10, 12 }, 2, 3))).GetFeatureValue("y")!.GetMultiArray<float>();

        y.Shape.ShouldBe(new[] { 2, 3 });
        y.ToArray().ShouldBe(new float[] { 1, 2, 3, 4, 5, 6 });
    }

    [Fact]
    public void A_classifier_reports_the_best_label_and_every_probability()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetworkClassifier("cat", "dog", "bird")
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("label", FeatureTypes.String())
            .Output("probabilities", FeatureTypes.DictionaryWithStringKeys())
            .Predicts("label", "probabilities")
            .Layers(ScaleLayer("x", "scores", 1.0));

        IFeatureProvider output = Predict(Load(spec), ("x", Doubles(new[] { 0.2, 0.7, 0.1 })));

        output.GetFeatureValue("label")!.StringValue.ShouldBe("dog");
        IReadOnlyDictionary<string, double> probabilities = output.GetFeatureValue("probabilities")!.StringDictionaryValue;
        probabilities["cat"].ShouldBe(0.2, 1e-6);
        probabilities["bird"].ShouldBe(0.1, 1e-6);
    }

    [Fact]
    public void An_image_input_becomes_planar_channels_in_the_declared_order_after_the_scaler()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("image", FeatureTypes.Image(2, 1, ImageFeatureType.Types.ColorSpace.Bgr))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 3, 1, 2))
            .Layers(ScaleLayer("image", "y", 1.0))
            .With(m => m.NeuralNetwork.Preprocessing.Add(new NeuralNetworkPreprocessing
            {
                FeatureName = "image",
                Scaler = new NeuralNetworkImageScaler { ChannelScale = 0.5f, RedBias = 1, GreenBias = 2, BlueBias = 3 },
            }));
        // Two RGBA pixels: (10, 20, 30) and (40, 50, 60).
        var image = ImageBuffer.Wrap(new byte[] { 10, 20, 30, 255, 40, 50, 60, 255 }, 2, 1, ImagePixelFormat.Rgba32);

        MultiArray<float> y = Predict(Load(spec), ("image", FeatureValue.FromImage(image))).GetFeatureValue("y")!.GetMultiArray<float>();

        y.Shape.ShouldBe(new[] { 3, 1, 2 });
        // Planes B, G, R, each scaled by 0.5 plus its bias.
        y.ToArray().ShouldBe(new float[] { 18, 33, 12, 27, 6, 21 });
    }

    [Fact]
    public void A_missing_optional_input_is_zeros_or_the_declared_default()
    {
        var withDefault = FeatureTypes.MultiArray(DataType.Float32, 2).Optional();
        withDefault.MultiArrayType.FloatDefaultValue = 1.5f;
        SpecBuilder spec = SpecBuilder.NeuralNetwork(5)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Input("zero", FeatureTypes.MultiArray(DataType.Float32, 2).Optional())
            .Input("preset", withDefault)
            .Output("a", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Output("b", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Layers(ScaleLayer("zero", "a", 1.0, "s1"), ScaleLayer("preset", "b", 1.0, "s2"));

        IFeatureProvider output = Predict(Load(spec), ("x", Floats(new float[] { 1, 2 })));

        output.GetFeatureValue("a")!.GetMultiArray<float>().ToArray().ShouldBe(new float[] { 0, 0 });
        output.GetFeatureValue("b")!.GetMultiArray<float>().ToArray().ShouldBe(new float[] { 1.5f, 1.5f });
    }

    [Fact]
    public void NaN_in_an_input_propagates()
    {
        MultiArray<double> y = Predict(Load(Doubler()), ("x", Doubles(new[] { double.NaN, 1, 2 }))).GetFeatureValue("y")!.GetMultiArray<double>();

        double.IsNaN(y[0]).ShouldBeTrue();
        y[1].ShouldBe(2);
    }

    [Fact]
    public void Repeated_predictions_reuse_the_plan_and_give_the_same_answer()
    {
        var layer = new TestCustomLayers.Scale(new Dictionary<string, object> { ["factor"] = 3.0 });
        ModelEvaluator model = Load(Doubler(), TestCustomLayers.With("Scale", _ => layer));

        double[] first = Predict(model, ("x", Doubles(new[] { 1.0, 2, 3 }))).GetFeatureValue("y")!.GetMultiArray<double>().ToArray();
        double[] second = Predict(model, ("x", Doubles(new[] { 1.0, 2, 3 }))).GetFeatureValue("y")!.GetMultiArray<double>().ToArray();
        double[] longer = Predict(model, ("x", Doubles(new double[6], 2, 1, 3))).GetFeatureValue("y")!.GetMultiArray<double>().ToArray();

        second.ShouldBe(first);
        first.ShouldBe(new[] { 3.0, 6, 9 });
        longer.Length.ShouldBe(6);
        layer.Evaluations.ShouldBe(3);
    }

    [Fact]
    public void Custom_layers_get_their_parameters_and_weights_as_core_ml_passes_them()
    {
        TestCustomLayers.Scale? created = null;
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 1))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 1))
            .Layers(Layers.Custom("c", "Scale", new[] { "x" }, new[] { "y" }, new Dictionary<string, object> { ["factor"] = 1.0 }, "", Weights.Of(1.5f, -2f)));

        Load(spec, TestCustomLayers.With("Scale", p => created = new TestCustomLayers.Scale(p)));

        created.ShouldNotBeNull();
        created.Weights.Count.ShouldBe(1);
        created.Weights[0].ToArray().ShouldBe(BitConverter.GetBytes(1.5f).Concat(BitConverter.GetBytes(-2f)).ToArray());
    }

    [Fact]
    public void A_pipeline_runs_its_steps_in_order()
    {
        SpecBuilder first = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("mid", FeatureTypes.MultiArray(DataType.Double, 3))
            .Layers(ScaleLayer("x", "mid", 2.0));
        SpecBuilder second = SpecBuilder.NeuralNetwork(2)
            .Input("mid", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Double, 3))
            .Layers(ScaleLayer("mid", "y", 10.0));
        SpecBuilder pipeline = SpecBuilder.Pipeline(("first", first), ("second", second))
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3))
            .Output("y", FeatureTypes.MultiArray(DataType.Double, 3));

        double[] y = Predict(Load(pipeline), ("x", Doubles(new[] { 1.0, 2, 3 }))).GetFeatureValue("y")!.GetMultiArray<double>().ToArray();

        y.ShouldBe(new[] { 20.0, 40, 60 });
    }
}
