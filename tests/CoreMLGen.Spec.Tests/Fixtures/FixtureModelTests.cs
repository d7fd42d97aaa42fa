using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Fixtures;

/// <summary>The real third-party models in ../shared/fixtures/models read as /work/shared/fixtures/README.md describes them.</summary>
public sealed class FixtureModelTests
{
    public static IEnumerable<object[]> FixtureFileNames() => CoreMLGen.Testing.Fixtures.ModelFileNames();

    private static ModelInterface Read(string fileName)
    {
        ModelReadResult result = ModelReader.Read(CoreMLGen.Testing.Fixtures.Model(fileName));
        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors.Select(error => error.ToString())));
        result.Warnings.ShouldBeEmpty();
        return result.Interface!;
    }

    private static MultiArrayValueType Array(ModelFeature feature) => feature.Type.ShouldBeOfType<MultiArrayValueType>();

    [FixtureTheory]
    [MemberData(nameof(FixtureFileNames))]
    public void Every_fixture_reads_and_writes_a_pure_ascii_descriptor(string fileName)
    {
        ModelInterface model = Read(fileName);

        string text = DescriptorWriter.Write(model);
        text.ShouldStartWith("coremlgen-descriptor 2\n");
        text.All(c => c < 0x7F && (c >= 0x20 || c == '\n')).ShouldBeTrue();
        (model.Inputs.Count + model.Functions.Count).ShouldBeGreaterThan(0);
    }

    [FixtureFact]
    public void NeuralMcNeuralNet_is_a_spec_2_network_with_an_rgb_image_input()
    {
        ModelInterface model = Read("NeuralMcNeuralNet.mlmodel");

        model.SpecVersion.ShouldBe(2);
        model.Kind.ShouldBe(ModelKinds.NeuralNetwork);
        var image = model.Inputs.ShouldHaveSingleItem().Type.ShouldBeOfType<ImageValueType>();
        image.ColorSpace.ShouldBe(ImageColorSpace.Rgb);
        image.Width.ShouldBe(256);
        image.Height.ShouldBe(256);
        ModelFeature output = model.Outputs.ShouldHaveSingleItem();
        output.Name.ShouldBe("output");
        Array(output).DataType.ShouldBe(ArrayElementType.Double);
        Array(output).Shape.ShouldBe(new long[] { 10 });
    }

    [FixtureFact]
    public void GestureClassifierTuri50_is_a_classifier_with_optional_lstm_state()
    {
        ModelInterface model = Read("GestureClassifierTuri50.mlmodel");

        model.SpecVersion.ShouldBe(1);
        model.Kind.ShouldBe(ModelKinds.NeuralNetworkClassifier);
        model.Classifier!.LabelType.ShouldBe(ClassLabelType.String);
        model.Classifier.PredictedFeature.ShouldBe("activity");
        model.Classifier.ProbabilitiesFeature.ShouldBe("activityProbability");
        model.Classifier.ClassLabels.ShouldNotBeEmpty();
        ModelFeature features = model.Inputs.Single(input => input.Name == "features");
        Array(features).Shape.ShouldBe(new long[] { 1, 20, 6 });
        features.IsOptional.ShouldBeFalse();
        foreach (string name in new[] { "hiddenIn", "cellIn" })
        {
            ModelFeature state = model.Inputs.Single(input => input.Name == name);
            state.IsOptional.ShouldBeTrue();
            Array(state).Shape.ShouldBe(new long[] { 200 });
        }

        model.Outputs.Select(output => output.Name).ShouldContain("hiddenOut");
        model.Outputs.Select(output => output.Name).ShouldContain("cellOut");
        model.Outputs.Single(output => output.Name == "activityProbability").Type.ShouldBeOfType<DictionaryValueType>()
            .KeyKind.ShouldBe(ScalarElementKind.String);
        model.Outputs.Single(output => output.Name == "activity").Type.Kind.ShouldBe(FeatureValueKind.String);
    }

    [FixtureFact]
    public void Es2EnCharEncoder_has_optional_encoder_state_inputs()
    {
        ModelInterface model = Read("Es2EnCharEncoder.mlmodel");

        model.SpecVersion.ShouldBe(1);
        model.Kind.ShouldBe(ModelKinds.NeuralNetwork);
        Array(model.Inputs.Single(input => input.Name == "encodedSeq")).Shape.ShouldBe(new long[] { 101 });
        foreach (string name in new[] { "encoder_lstm_h_in", "encoder_lstm_c_in" })
        {
            ModelFeature state = model.Inputs.Single(input => input.Name == name);
            state.IsOptional.ShouldBeTrue();
            Array(state).Shape.ShouldBe(new long[] { 256 });
        }

        model.Outputs.Select(output => output.Name).ShouldContain("encoder_lstm_h_out");
        model.Outputs.Select(output => output.Name).ShouldContain("encoder_lstm_c_out");
    }

    [FixtureFact]
    public void Mnist_model_maps_784_doubles_to_10()
    {
        ModelInterface model = Read("mnist_model.mlmodel");

        model.SpecVersion.ShouldBe(1);
        model.Kind.ShouldBe(ModelKinds.NeuralNetwork);
        ModelFeature input = model.Inputs.ShouldHaveSingleItem();
        input.Name.ShouldBe("input1");
        Array(input).DataType.ShouldBe(ArrayElementType.Double);
        Array(input).Shape.ShouldBe(new long[] { 784 });
        ModelFeature output = model.Outputs.ShouldHaveSingleItem();
        output.Name.ShouldBe("output1");
        Array(output).Shape.ShouldBe(new long[] { 10 });
    }

    [FixtureFact]
    public void S4TF_model_has_an_output_without_declared_shape()
    {
        ModelInterface model = Read("S4TF_model.mlmodel");

        model.SpecVersion.ShouldBe(4);
        model.Kind.ShouldBe(ModelKinds.NeuralNetwork);
        Array(model.Inputs.Single(input => input.Name == "dense_input")).Shape.ShouldBe(new long[] { 1, 3 });
        Array(model.Outputs.Single(output => output.Name == "Identity")).Shape.ShouldBeEmpty();
    }

    [FixtureFact]
    public void HealthySnacks_is_a_pipeline_classifier_with_two_sub_models()
    {
        ModelInterface model = Read("HealthySnacks.mlmodel");

        model.SpecVersion.ShouldBe(3);
        model.Kind.ShouldBe(ModelKinds.PipelineClassifier);
        model.SubModels.Select(sub => sub.Kind).ShouldBe(new[] { ModelKinds.VisionFeaturePrint, ModelKinds.NeuralNetworkClassifier });
        model.SubModels.Select(sub => sub.PathText).ShouldBe(new[] { "0", "1" });
        model.Classifier!.LabelType.ShouldBe(ClassLabelType.String);
        model.Classifier.PredictedFeature.ShouldBe("label");
        model.Classifier.ProbabilitiesFeature.ShouldBe("labelProbability");
        model.Classifier.ClassLabels.ShouldContain("apple");
        var image = model.Inputs.Single(input => input.Name == "image").Type.ShouldBeOfType<ImageValueType>();
        image.ColorSpace.ShouldBe(ImageColorSpace.Bgr);
        image.Width.ShouldBe(299);
        image.Height.ShouldBe(299);
        model.Outputs.Single(output => output.Name == "labelProbability").Type.Kind.ShouldBe(FeatureValueKind.Dictionary);
        model.Outputs.Single(output => output.Name == "label").Type.Kind.ShouldBe(FeatureValueKind.String);
    }

    [FixtureFact]
    public void PlotCVPredict_is_a_glm_regressor()
    {
        ModelInterface model = Read("PlotCVPredict.mlmodel");

        model.SpecVersion.ShouldBe(1);
        model.Kind.ShouldBe(ModelKinds.GlmRegressor);
        model.Regressor!.PredictedFeature.ShouldBe("prediction");
        ModelFeature input = model.Inputs.ShouldHaveSingleItem();
        input.Name.ShouldBe("input");
        Array(input).DataType.ShouldBe(ArrayElementType.Double);
        Array(input).Shape.ShouldBe(new long[] { 13 });
        model.Outputs.ShouldHaveSingleItem().Type.Kind.ShouldBe(FeatureValueKind.Double);
    }

    [FixtureFact]
    public void A_fixture_wrapped_in_a_package_reads_the_same_as_the_file()
    {
        using var temp = new TempDirectory();
        string source = CoreMLGen.Testing.Fixtures.Model("GestureClassifierTuri50.mlmodel");
        string package = new CoreMLGen.Testing.Builders.PackageBuilder().Spec(File.ReadAllBytes(source)).WriteTo(temp.Combine("Gesture.mlpackage"));

        string fromPackage = DescriptorWriter.Write(ModelReader.Read(package).Interface!);

        fromPackage.ShouldBe(DescriptorWriter.Write(Read("GestureClassifierTuri50.mlmodel")));
    }

    [FixtureFact]
    public void GestureClassifierTuri50_states_are_paired_through_the_lstm_wiring()
        => Read("GestureClassifierTuri50.mlmodel").StatePairs.Select(Pair).ShouldBe(new[]
        {
            "hiddenIn -> hiddenOut Wiring uniDirectionalLSTM lstm_layer Hidden",
            "cellIn -> cellOut Wiring uniDirectionalLSTM lstm_layer Cell",
        });

    [FixtureFact]
    public void Es2EnCharEncoder_states_are_paired_through_the_lstm_wiring()
        => Read("Es2EnCharEncoder.mlmodel").StatePairs.Select(Pair).ShouldBe(new[]
        {
            "encoder_lstm_h_in -> encoder_lstm_h_out Wiring uniDirectionalLSTM encoder_lstm Hidden",
            "encoder_lstm_c_in -> encoder_lstm_c_out Wiring uniDirectionalLSTM encoder_lstm Cell",
        });

    [FixtureFact]
    public void NeuralMcNeuralNet_has_the_custom_layer_Swish_with_a_double_parameter()
    {
        ModelInterface model = Read("NeuralMcNeuralNet.mlmodel");

        CustomLayer layer = model.CustomLayers.ShouldHaveSingleItem();
        layer.ClassName.ShouldBe("Swish");
        layer.LayerName.ShouldBe("swish_1");
        layer.Description.ShouldBe("A fancy new activation function");
        layer.Weights.ShouldBeEmpty();
        CustomLayerParameter beta = layer.Parameters.ShouldHaveSingleItem();
        (beta.Name, beta.Kind, beta.Value).ShouldBe(("beta", CustomParameterKind.Double, (object)0.01));
        model.StatePairs.ShouldBeEmpty();
    }

    [FixtureTheory]
    [MemberData(nameof(FixtureFileNames))]
    public void Only_the_lstm_fixtures_have_state_pairs(string fileName)
    {
        ModelInterface model = Read(fileName);

        model.StatePairs.Count.ShouldBe(fileName is "GestureClassifierTuri50.mlmodel" or "Es2EnCharEncoder.mlmodel" ? 2 : 0);
    }

    private static string Pair(StatePair pair)
        => pair.InputName + " -> " + pair.OutputName + " " + pair.Source + " " + pair.LayerKind + " " + pair.LayerName + " " + string.Join("+", pair.Slots);
}
