using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Models;

/// <summary>ML Programs of spec 9: declared state (<c>description.state</c>, MLState) and several functions.</summary>
public static class StatefulModels
{
    /// <summary>A decoder step with a key and a value cache kept in the model's state.</summary>
    public static SpecBuilder KvCache()
        => SpecBuilder.MlProgram(9)
            .Metadata("One decoding step with a key/value cache in the model's state.")
            .Input("inputIds", FeatureTypes.MultiArray(DataType.Int32, 1, 1), "The token")
            .Input("causalMask", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 1, 8), "Attention mask")
            .Output("logits", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 32), "Next-token scores")
            .State("keyCache", FeatureTypes.State(DataType.Float16, 1, 4, 8, 16), "Keys of earlier tokens")
            .State("valueCache", FeatureTypes.State(DataType.Float16, 1, 4, 8, 16), "Values of earlier tokens");

    /// <summary>Two functions: <c>encode</c> (the default) and <c>decode</c>, which keeps state.</summary>
    public static SpecBuilder MultiFunction()
        => SpecBuilder.MlProgram(9)
            .Metadata("An encoder and a stateful decoder in one model.")
            .Function("encode", f => f
                .Input("tokens", FeatureTypes.MultiArray(DataType.Int32, 1, 8))
                .Output("encoded", FeatureTypes.MultiArray(DataType.Float32, 1, 8, 16)))
            .Function("decode", f => f
                .Input("token", FeatureTypes.MultiArray(DataType.Int32, 1, 1))
                .Output("logits", FeatureTypes.MultiArray(DataType.Float32, 1, 32))
                .State("cache", FeatureTypes.State(DataType.Float16, 1, 8, 16)))
            .DefaultFunction("encode");
}
