using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Spec.Tests.Descriptors;

public sealed class DescriptorWriterTests
{
    private static string Write(SpecBuilder spec) => DescriptorWriter.Write(Reads.Interface(spec));

    [Fact]
    public void Classifier_matches_the_example_in_the_format_document()
    {
        string text = Write(SpecBuilder.NeuralNetworkClassifier("walking", "running")
            .SpecVersion(1)
            .Metadata("Activity classifier")
            .UserDefined("com.github.apple.coremltools.version", "4.0")
            .Input("features", FeatureTypes.MultiArray(DataType.Double, 1, 20, 6))
            .Input("hiddenIn", FeatureTypes.MultiArray(DataType.Double, 200).Optional(), "LSTM hidden state")
            .Output("activityProbability", FeatureTypes.DictionaryWithStringKeys())
            .Output("activity", FeatureTypes.String())
            .Output("hiddenOut", FeatureTypes.MultiArray(DataType.Double, 200))
            .Predicts("activity", "activityProbability")
            .Layers(Layers.UniLstm("lstm", new[] { "features", "hiddenIn" }, new[] { "lstm_out", "hiddenOut" }, 6, 200, new Weights(1))));

        text.ShouldBe(
            "coremlgen-descriptor 2\n"
            + "model specVersion=1 kind=neuralNetworkClassifier updatable=false\n"
            + "metadata description=\"Activity classifier\" author=\"\" license=\"\" version=\"\"\n"
            + "userDefined key=\"com.github.apple.coremltools.version\" value=\"4.0\"\n"
            + "classifier predicted=\"activity\" probabilities=\"activityProbability\" labelType=string\n"
            + "classLabel value=\"walking\"\n"
            + "classLabel value=\"running\"\n"
            + "statePair input=\"hiddenIn\" output=\"hiddenOut\" foundBy=wiring layer=\"lstm\" layerType=uniDirectionalLSTM slots=h\n"
            + "input name=\"features\" description=\"\" optional=false type=multiArray dataType=double shape=1,20,6 flexibility=none\n"
            + "input name=\"hiddenIn\" description=\"LSTM hidden state\" optional=true type=multiArray dataType=double shape=200 flexibility=none\n"
            + "output name=\"activityProbability\" description=\"\" optional=false type=dictionary keyType=string\n"
            + "output name=\"activity\" description=\"\" optional=false type=string\n"
            + "output name=\"hiddenOut\" description=\"\" optional=false type=multiArray dataType=double shape=200 flexibility=none\n");
    }

    [Fact]
    public void Custom_layers_list_their_parameters_and_weights_after_them()
    {
        string text = Write(CustomLayerModels.AllParameterTypes());

        text.ShouldContain(
            "customLayer className=\"EveryParameter\" layer=\"everything_1\" description=\"A layer with every kind of parameter\" inputs=1 outputs=1 weights=float32:6,float16:4\n"
            + "customParameter name=\"count\" type=int value=\"3\"\n"
            + "customParameter name=\"enabled\" type=bool value=\"true\"\n"
            + "customParameter name=\"mode\" type=string value=\"fast \\\"exact\\\"\"\n"
            + "customParameter name=\"rate\" type=double value=\"0.25\"\n"
            + "customParameter name=\"seed\" type=long value=\"9000000000\"\n"
            + "input name=\"input\"");
    }

    [Fact]
    public void A_class_used_twice_gives_one_record_per_layer()
    {
        string text = Write(CustomLayerModels.SharedClass());

        text.ShouldContain(
            "customLayer className=\"Scale\" layer=\"scale_1\" description=\"Multiplies by factor\" inputs=1 outputs=1 weights=\"\"\n"
            + "customParameter name=\"factor\" type=double value=\"2\"\n"
            + "customLayer className=\"Scale\" layer=\"scale_2\" description=\"Multiplies by factor\" inputs=1 outputs=1 weights=\"\"\n"
            + "customParameter name=\"factor\" type=double value=\"0.5\"\n");
    }

    [Fact]
    public void State_pairs_record_how_they_were_found()
    {
        Write(RecurrentModels.Turi6()).ShouldContain(
            "statePair input=\"stateIn\" output=\"stateOut\" foundBy=wiring layer=\"lstm\" layerType=uniDirectionalLSTM slots=h,c\n");
        Write(RecurrentModels.UnifiedBidirectional()).ShouldContain(
            "statePair input=\"h0\" output=\"hn\" foundBy=wiring layer=\"lstm\" layerType=biDirectionalLSTM slots=h,hRev\n"
            + "statePair input=\"c0\" output=\"cn\" foundBy=wiring layer=\"lstm\" layerType=biDirectionalLSTM slots=c,cRev\n");
        Write(RecurrentModels.NameOnly()).ShouldContain(
            "statePair input=\"rnn_h_in\" output=\"rnn_h_out\" foundBy=name layer=\"\" layerType=none slots=\"\"\n");
    }

    [Fact]
    public void Pipeline_with_sub_models_images_and_sequences()
    {
        string text = Write(SpecBuilder.PipelineClassifier(
                ("features", SpecBuilder.VisionFeaturePrint()),
                ("inner", SpecBuilder.Pipeline(("a", SpecBuilder.NeuralNetwork(3)), ("b", SpecBuilder.GlmClassifier(7L, 9L)))))
            .SpecVersion(3)
            .Updatable()
            .Metadata("Snacks", "Kodeco", "Apache-2.0", "1.0")
            .UserDefined("b", "2")
            .UserDefined("a", "1")
            .Input("image", FeatureTypes.Image(299, 299, ColorSpace.Bgr).EnumeratedSizes((299, 299), (600, 400)))
            .Input("crop", FeatureTypes.Image(0, 0, ColorSpace.GrayscaleFloat16).SizeRange((64, -1), (32, 512)))
            .Input("tokens", FeatureTypes.SequenceOfString(0, -1).Optional())
            .Output("label", FeatureTypes.Int64())
            .Output("scores", FeatureTypes.DictionaryWithInt64Keys())
            .Predicts("label", "scores"));

        text.ShouldBe(
            "coremlgen-descriptor 2\n"
            + "model specVersion=3 kind=pipelineClassifier updatable=true\n"
            + "metadata description=\"Snacks\" author=\"Kodeco\" license=\"Apache-2.0\" version=\"1.0\"\n"
            + "userDefined key=\"a\" value=\"1\"\n"
            + "userDefined key=\"b\" value=\"2\"\n"
            + "classifier predicted=\"label\" probabilities=\"scores\" labelType=int64\n"
            + "classLabel value=\"7\"\n"
            + "classLabel value=\"9\"\n"
            + "subModel path=0 name=\"features\" kind=visionFeaturePrint specVersion=3\n"
            + "subModel path=1 name=\"inner\" kind=pipeline specVersion=1\n"
            + "subModel path=1.0 name=\"a\" kind=neuralNetwork specVersion=3\n"
            + "subModel path=1.1 name=\"b\" kind=glmClassifier specVersion=1\n"
            + "input name=\"image\" description=\"\" optional=false type=image width=299 height=299 colorSpace=bgr flexibility=enumerated sizes=299x299;600x400\n"
            + "input name=\"crop\" description=\"\" optional=false type=image width=0 height=0 colorSpace=grayscaleFloat16 flexibility=range widthRange=64..-1 heightRange=32..512\n"
            + "input name=\"tokens\" description=\"\" optional=true type=sequence elementType=string sizeRange=0..-1\n"
            + "output name=\"label\" description=\"\" optional=false type=int64\n"
            + "output name=\"scores\" description=\"\" optional=false type=dictionary keyType=int64\n");
    }

    [Fact]
    public void Multi_function_program_with_states_flexible_shapes_defaults_and_unknowns()
    {
        string text = Write(SpecBuilder.MlProgram(9)
            .Function("prefill", f => f
                .Input("ids", FeatureTypes.MultiArray(DataType.Int32, 1, 64).ShapeRange((1, 1), (1, -1)))
                .Input("mask", FeatureTypes.MultiArray(DataType.Float16, 1, 64).EnumeratedShapes(new long[] { 1, 64 }, new long[] { 1, 128 }))
                .Output("logits", FeatureTypes.MultiArray(DataType.Float32))
                .State("cache", FeatureTypes.State(DataType.Float16, 2, 64)))
            .Function("step", f => f
                .Input("temperature", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(0.7f))
                .Input("scale", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(double.NaN))
                .Input("count", FeatureTypes.MultiArray(DataType.Int8, 1).Optional().DefaultInt(-1))
                .Input("odd", FeatureTypes.MultiArray((DataType)4242, 1))
                .Output("mystery", FeatureTypes.Unset()))
            .DefaultFunction("step"));

        text.ShouldBe(
            "coremlgen-descriptor 2\n"
            + "model specVersion=9 kind=mlProgram updatable=false\n"
            + "metadata description=\"\" author=\"\" license=\"\" version=\"\"\n"
            + "function name=\"prefill\" default=false\n"
            + "input name=\"ids\" description=\"\" optional=false type=multiArray dataType=int32 shape=1,64 flexibility=range ranges=1..1,1..-1\n"
            + "input name=\"mask\" description=\"\" optional=false type=multiArray dataType=float16 shape=1,64 flexibility=enumerated shapes=1,64;1,128\n"
            + "output name=\"logits\" description=\"\" optional=false type=multiArray dataType=float32 shape=\"\" flexibility=none\n"
            + "state name=\"cache\" description=\"\" optional=false type=state dataType=float16 shape=2,64 flexibility=none\n"
            + "function name=\"step\" default=true\n"
            + "input name=\"temperature\" description=\"\" optional=true type=multiArray dataType=float32 shape=1 flexibility=none default=float:0.7\n"
            + "input name=\"scale\" description=\"\" optional=true type=multiArray dataType=double shape=1 flexibility=none default=double:nan\n"
            + "input name=\"count\" description=\"\" optional=true type=multiArray dataType=int8 shape=1 flexibility=none default=int:-1\n"
            + "input name=\"odd\" description=\"\" optional=false type=multiArray dataType=unknown:4242 shape=1 flexibility=none\n"
            + "output name=\"mystery\" description=\"\" optional=false type=unknown typeCase=0\n");
    }

    [Fact]
    public void Regressor_record_and_unknown_color_space()
    {
        string text = Write(SpecBuilder.GlmRegressor()
            .Input("photo", FeatureTypes.Image(8, 8, (ColorSpace)55))
            .Output("price", FeatureTypes.Double())
            .Predicts("price"));

        text.ShouldContain("\nregressor predicted=\"price\"\n");
        text.ShouldContain("colorSpace=unknown:55 flexibility=none\n");
    }

    [Fact]
    public void Free_text_is_quoted_and_escaped_into_pure_ascii()
    {
        string text = Write(SpecBuilder.NeuralNetwork()
            .Metadata("Line1\nLine2\r\tTab \"quoted\" back\\slash", "Jos\u00e9 \U0001F600", "\u0001\u007f", string.Empty)
            .Input("na\u00efve input", FeatureTypes.Double(), "caf\u00e9"));

        text.ShouldContain("metadata description=\"Line1\\nLine2\\r\\tTab \\\"quoted\\\" back\\\\slash\" author=\"Jos\\u00e9 \\ud83d\\ude00\" license=\"\\u0001\\u007f\" version=\"\"\n");
        text.ShouldContain("input name=\"na\\u00efve input\" description=\"caf\\u00e9\"");
        text.All(c => c < 0x7F && (c >= 0x20 || c == '\n')).ShouldBeTrue();
    }

    [Fact]
    public void Output_ends_with_a_newline_has_no_carriage_returns_and_is_deterministic()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).UserDefined("z", "1").UserDefined("y", "2");

        string first = Write(spec);
        string second = Write(spec);

        first.ShouldBe(second);
        first.ShouldEndWith("\n");
        first.ShouldNotContain("\r");
        first.Split('\n')[0].ShouldBe("coremlgen-descriptor 2");
    }

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Numbers_do_not_depend_on_the_current_culture(string culture)
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(5)
            .Input("a", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(-1234.5e-10))
            .Input("b", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(float.NegativeInfinity))
            .Input("c", FeatureTypes.MultiArray(DataType.Int32, 1).Optional().DefaultInt(-5))
            .Input("d", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(1e21));
        string invariant = Write(spec);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Write(spec).ShouldBe(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        invariant.ShouldContain("default=double:-1.2345E-07");
        invariant.ShouldContain("default=float:-inf");
        invariant.ShouldContain("default=int:-5");
        invariant.ShouldContain("default=double:1E+21");
    }

    [Fact]
    public void Float_defaults_use_the_shortest_round_trip_text()
    {
        Write(SpecBuilder.NeuralNetwork(5).Input("a", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(0.1f)))
            .ShouldContain("default=float:0.1\n");
        Write(SpecBuilder.NeuralNetwork(5).Input("a", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(0.1)))
            .ShouldContain("default=double:0.1\n");
        Write(SpecBuilder.NeuralNetwork(5).Input("a", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(float.PositiveInfinity)))
            .ShouldContain("default=float:inf\n");
    }

    [Fact]
    public void Top_level_features_come_before_function_blocks()
    {
        // Core ML forbids both at once, but a reader must still be able to tell them apart.
        string text = Write(SpecBuilder.MlProgram(9)
            .Input("top", FeatureTypes.Double())
            .Function("main", f => f.Input("inner", FeatureTypes.Double()))
            .DefaultFunction("main"));

        text.IndexOf("input name=\"top\"", System.StringComparison.Ordinal)
            .ShouldBeLessThan(text.IndexOf("function name=\"main\"", System.StringComparison.Ordinal));
    }
}
