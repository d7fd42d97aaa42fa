using CoreMLGen.Spec.Interface;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class MlProgramReadingTests
{
    [Fact]
    public void Single_function_ml_program_uses_top_level_features()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.MlProgram(7)
            .Input("x", FeatureTypes.MultiArray(DataType.Float16, 1, 8).ShapeRange((1, -1), (8, 8)))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 1, 8)));

        model.Kind.ShouldBe(ModelKinds.MlProgram);
        model.SpecVersion.ShouldBe(7);
        model.Functions.ShouldBeEmpty();
        model.IsMultiFunction.ShouldBeFalse();
        model.Inputs.ShouldHaveSingleItem().Name.ShouldBe("x");
        model.Outputs.ShouldHaveSingleItem().Name.ShouldBe("y");
    }

    [Fact]
    public void Stateful_ml_program_lists_its_states()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.MlProgram(9)
            .Input("token", FeatureTypes.MultiArray(DataType.Int32, 1, 1))
            .Output("logits", FeatureTypes.MultiArray(DataType.Float16, 1, 32000))
            .State("keyCache", FeatureTypes.State(DataType.Float16, 1, 32, 128))
            .State("valueCache", FeatureTypes.State(DataType.Float16, 1, 32, 128)));

        model.States.Count.ShouldBe(2);
        model.States[1].Name.ShouldBe("valueCache");
        model.States[1].Type.Kind.ShouldBe(FeatureValueKind.State);
    }

    [Fact]
    public void Multi_function_model_reads_each_function_and_marks_the_default()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.MlProgram(9)
            .Function("encode", f => f
                .Input("text", FeatureTypes.MultiArray(DataType.Int32, 1, 64))
                .Output("embedding", FeatureTypes.MultiArray(DataType.Float16, 1, 512)))
            .Function("decode", f => f
                .Input("embedding", FeatureTypes.MultiArray(DataType.Float16, 1, 512))
                .Output("text", FeatureTypes.MultiArray(DataType.Int32, 1, 64))
                .State("cache", FeatureTypes.State(DataType.Float16, 1, 512)))
            .DefaultFunction("decode"));

        model.IsMultiFunction.ShouldBeTrue();
        model.Inputs.ShouldBeEmpty();
        model.Functions.Count.ShouldBe(2);
        model.Functions[0].Name.ShouldBe("encode");
        model.Functions[0].IsDefault.ShouldBeFalse();
        model.Functions[0].Inputs.ShouldHaveSingleItem().Name.ShouldBe("text");
        model.Functions[1].IsDefault.ShouldBeTrue();
        model.Functions[1].States.ShouldHaveSingleItem().Name.ShouldBe("cache");
        model.Functions[1].Outputs.ShouldHaveSingleItem().Name.ShouldBe("text");
    }

    [Fact]
    public void Without_a_default_function_name_no_function_is_default()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.MlProgram(9)
            .Function("main", f => f.Input("x", FeatureTypes.Double())));

        model.Functions.ShouldHaveSingleItem().IsDefault.ShouldBeFalse();
    }
}
