using CoreML.Specification;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class FeatureTypeReadingTests
{
    [Fact]
    public void Scalars_keep_name_description_and_kind()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork()
            .Input("count", FeatureTypes.Int64(), "How many")
            .Input("ratio", FeatureTypes.Double())
            .Input("text", FeatureTypes.String())
            .Output("out", FeatureTypes.Double()));

        model.Inputs.Count.ShouldBe(3);
        model.Inputs[0].Name.ShouldBe("count");
        model.Inputs[0].ShortDescription.ShouldBe("How many");
        model.Inputs[0].Type.ShouldBeSameAs(ScalarValueType.Int64);
        model.Inputs[1].Type.Kind.ShouldBe(FeatureValueKind.Double);
        model.Inputs[2].Type.Kind.ShouldBe(FeatureValueKind.String);
        model.Inputs[0].IsOptional.ShouldBeFalse();
    }

    [Theory]
    [InlineData(DataType.Float32, ArrayElementType.Float32)]
    [InlineData(DataType.Double, ArrayElementType.Double)]
    [InlineData(DataType.Int32, ArrayElementType.Int32)]
    [InlineData(DataType.Float16, ArrayElementType.Float16)]
    [InlineData(DataType.Int8, ArrayElementType.Int8)]
    [InlineData(DataType.InvalidArrayDataType, ArrayElementType.Invalid)]
    [InlineData((DataType)12345, ArrayElementType.Unknown)]
    public void MultiArray_data_types(DataType specType, ArrayElementType expected)
    {
        var array = (MultiArrayValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.MultiArray(specType, 1, 3))).Type;

        array.DataType.ShouldBe(expected);
        array.RawDataType.ShouldBe((int)specType);
        array.Shape.ShouldBe(new long[] { 1, 3 });
        array.Flexibility.Kind.ShouldBe(FlexibilityKind.None);
        array.DefaultValue.ShouldBeNull();
    }

    [Fact]
    public void MultiArray_without_declared_shape_has_an_empty_shape()
    {
        var array = (MultiArrayValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.MultiArray(DataType.Float32))).Type;

        array.Shape.ShouldBeEmpty();
    }

    [Fact]
    public void MultiArray_enumerated_shapes()
    {
        var array = (MultiArrayValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 1, 3).EnumeratedShapes(new long[] { 1, 3 }, new long[] { 1, 5 }))).Type;

        array.Flexibility.Kind.ShouldBe(FlexibilityKind.Enumerated);
        array.Flexibility.Shapes.Count.ShouldBe(2);
        array.Flexibility.Shapes[1].ShouldBe(new long[] { 1, 5 });
        array.Flexibility.Ranges.ShouldBeEmpty();
    }

    [Fact]
    public void MultiArray_shape_ranges_normalise_every_negative_upper_bound_to_unbounded()
    {
        var array = (MultiArrayValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 1, 64).ShapeRange((1, 1), (16, -1), (2, -7)))).Type;

        array.Flexibility.Kind.ShouldBe(FlexibilityKind.Range);
        array.Flexibility.Ranges.Count.ShouldBe(3);
        array.Flexibility.Ranges[0].ToString().ShouldBe("1..1");
        array.Flexibility.Ranges[1].IsUnbounded.ShouldBeTrue();
        array.Flexibility.Ranges[1].ToString().ShouldBe("16..-1");
        array.Flexibility.Ranges[2].UpperBound.ShouldBe(-1);
    }

    [Fact]
    public void Optional_multiArray_default_values()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork(5)
            .Input("a", FeatureTypes.MultiArray(DataType.Int32, 1).Optional().DefaultInt(-3))
            .Input("b", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(0.25f))
            .Input("c", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(double.NegativeInfinity)));

        model.Inputs[0].IsOptional.ShouldBeTrue();
        ArrayDefaultValue a = ((MultiArrayValueType)model.Inputs[0].Type).DefaultValue.ShouldNotBeNull();
        a.Kind.ShouldBe(ArrayDefaultValueKind.Int);
        a.IntValue.ShouldBe(-3);
        ArrayDefaultValue b = ((MultiArrayValueType)model.Inputs[1].Type).DefaultValue.ShouldNotBeNull();
        b.Kind.ShouldBe(ArrayDefaultValueKind.Float);
        b.FloatValue.ShouldBe(0.25f);
        ArrayDefaultValue c = ((MultiArrayValueType)model.Inputs[2].Type).DefaultValue.ShouldNotBeNull();
        c.Kind.ShouldBe(ArrayDefaultValueKind.Double);
        c.DoubleValue.ShouldBe(double.NegativeInfinity);
    }

    [Theory]
    [InlineData(ColorSpace.Grayscale, ImageColorSpace.Grayscale)]
    [InlineData(ColorSpace.Rgb, ImageColorSpace.Rgb)]
    [InlineData(ColorSpace.Bgr, ImageColorSpace.Bgr)]
    [InlineData(ColorSpace.GrayscaleFloat16, ImageColorSpace.GrayscaleFloat16)]
    [InlineData(ColorSpace.InvalidColorSpace, ImageColorSpace.Invalid)]
    [InlineData((ColorSpace)77, ImageColorSpace.Unknown)]
    public void Image_color_spaces(ColorSpace specColorSpace, ImageColorSpace expected)
    {
        var image = (ImageValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork().Input("image", FeatureTypes.Image(224, 160, specColorSpace))).Type;

        image.ColorSpace.ShouldBe(expected);
        image.RawColorSpace.ShouldBe((int)specColorSpace);
        image.Width.ShouldBe(224);
        image.Height.ShouldBe(160);
        image.Flexibility.Kind.ShouldBe(FlexibilityKind.None);
    }

    [Fact]
    public void Image_enumerated_sizes()
    {
        var image = (ImageValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork()
            .Input("image", FeatureTypes.Image(224, 224, ColorSpace.Rgb).EnumeratedSizes((224, 224), (300, 200)))).Type;

        image.Flexibility.Kind.ShouldBe(FlexibilityKind.Enumerated);
        image.Flexibility.Sizes.Count.ShouldBe(2);
        image.Flexibility.Sizes[1].Width.ShouldBe(300UL);
        image.Flexibility.Sizes[1].Height.ShouldBe(200UL);
    }

    [Fact]
    public void Image_size_ranges()
    {
        var image = (ImageValueType)Reads.SingleInput(SpecBuilder.NeuralNetwork()
            .Input("image", FeatureTypes.Image(64, 64, ColorSpace.Bgr).SizeRange((64, -1), (32, 512)))).Type;

        image.Flexibility.Kind.ShouldBe(FlexibilityKind.Range);
        image.Flexibility.WidthRange!.ToString().ShouldBe("64..-1");
        image.Flexibility.HeightRange!.ToString().ShouldBe("32..512");
    }

    [Fact]
    public void Dictionary_key_types()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork()
            .Input("in", FeatureTypes.Double())
            .Output("byName", FeatureTypes.DictionaryWithStringKeys())
            .Output("byId", FeatureTypes.DictionaryWithInt64Keys())
            .Output("unset", new FeatureType { DictionaryType = new DictionaryFeatureType() }));

        ((DictionaryValueType)model.Outputs[0].Type).KeyKind.ShouldBe(ScalarElementKind.String);
        ((DictionaryValueType)model.Outputs[1].Type).KeyKind.ShouldBe(ScalarElementKind.Int64);
        ((DictionaryValueType)model.Outputs[2].Type).KeyKind.ShouldBe(ScalarElementKind.Unknown);
    }

    [Fact]
    public void Sequence_element_types_and_size_ranges()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork()
            .Input("ids", FeatureTypes.SequenceOfInt64(1, -1))
            .Input("words", FeatureTypes.SequenceOfString(0, 10))
            .Input("bare", new FeatureType { SequenceType = new SequenceFeatureType() }));

        var ids = (SequenceValueType)model.Inputs[0].Type;
        ids.ElementKind.ShouldBe(ScalarElementKind.Int64);
        ids.SizeRange.ToString().ShouldBe("1..-1");
        var words = (SequenceValueType)model.Inputs[1].Type;
        words.ElementKind.ShouldBe(ScalarElementKind.String);
        words.SizeRange.ToString().ShouldBe("0..10");

        // An unset sizeRange means no constraint, not "exactly 0".
        var bare = (SequenceValueType)model.Inputs[2].Type;
        bare.ElementKind.ShouldBe(ScalarElementKind.Unknown);
        bare.SizeRange.ToString().ShouldBe("0..-1");
    }

    [Fact]
    public void State_features_carry_their_array_type()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.MlProgram(9)
            .Input("x", FeatureTypes.MultiArray(DataType.Float16, 1, 4))
            .Output("y", FeatureTypes.MultiArray(DataType.Float16, 1, 4))
            .State("accumulator", FeatureTypes.State(DataType.Float16, 1, 4), "Running sum"));

        ModelFeature state = model.States.ShouldHaveSingleItem();
        state.Name.ShouldBe("accumulator");
        state.ShortDescription.ShouldBe("Running sum");
        var type = state.Type.ShouldBeOfType<StateValueType>();
        type.Kind.ShouldBe(FeatureValueKind.State);
        type.ArrayType.DataType.ShouldBe(ArrayElementType.Float16);
        type.ArrayType.Shape.ShouldBe(new long[] { 1, 4 });
    }

    [Fact]
    public void State_without_array_type_reads_as_an_invalid_empty_array()
    {
        var state = (StateValueType)Reads.Interface(SpecBuilder.MlProgram(9)
            .Input("x", FeatureTypes.Double())
            .State("s", new FeatureType { StateType = new StateFeatureType() })).States[0].Type;

        state.ArrayType.DataType.ShouldBe(ArrayElementType.Invalid);
        state.ArrayType.Shape.ShouldBeEmpty();
    }

    [Fact]
    public void Unset_and_missing_types_read_as_unknown_case_zero()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork()
            .Input("unset", FeatureTypes.Unset())
            .With(spec => spec.Description.Input.Add(new FeatureDescription { Name = "noType" })));

        model.Inputs[0].Type.ShouldBeOfType<UnknownValueType>().TypeCase.ShouldBe(0);
        model.Inputs[1].Type.ShouldBeOfType<UnknownValueType>().TypeCase.ShouldBe(0);
        model.Inputs[1].IsOptional.ShouldBeFalse();
    }
}
