using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Models;

/// <summary>Specs with custom layers (spec 2+): classes shared between layers, every parameter type, weights, pipelines.</summary>
public static class CustomLayerModels
{
    /// <summary>Two layers of the class <c>Scale</c> (parameter <c>factor</c>, a double) in a row.</summary>
    public static SpecBuilder SharedClass()
        => SpecBuilder.NeuralNetwork(2)
            .Input("input", Array(4))
            .Output("output", Array(4))
            .Layers(
                Layers.Custom("scale_1", "Scale", new[] { "input" }, new[] { "scaled_1" }, new Dictionary<string, object> { ["factor"] = 2.0 }, "Multiplies by factor"),
                Layers.Custom("scale_2", "Scale", new[] { "scaled_1" }, new[] { "output" }, new Dictionary<string, object> { ["factor"] = 0.5 }, "Multiplies by factor"));

    /// <summary>One layer with a parameter of each type Core ML allows, and float32 and float16 weights.</summary>
    public static SpecBuilder AllParameterTypes()
    {
        var half = new WeightParams { Float16Value = Google.Protobuf.ByteString.CopyFrom(new byte[] { 0x00, 0x3C, 0x00, 0x40, 0x00, 0xC0, 0x00, 0x00 }) };
        return SpecBuilder.NeuralNetwork(2)
            .Input("input", Array(6))
            .Output("output", Array(6))
            .Layers(Layers.Custom(
                "everything_1",
                "EveryParameter",
                new[] { "input" },
                new[] { "output" },
                new Dictionary<string, object>
                {
                    ["count"] = 3,
                    ["seed"] = 9_000_000_000L,
                    ["rate"] = 0.25,
                    ["mode"] = "fast \"exact\"",
                    ["enabled"] = true,
                },
                "A layer with every kind of parameter",
                Weights.Of(1, 2, 3, 4, 5, 6),
                half));
    }

    /// <summary>A pipeline whose second model has a custom layer.</summary>
    public static SpecBuilder InPipeline()
        => SpecBuilder.Pipeline(
                ("first", SpecBuilder.NeuralNetwork(2).Input("input", Array(4)).Output("middle", Array(4)).Layers(Layers.Copy("copy", "input", "middle"))),
                ("second", SpecBuilder.NeuralNetwork(2).Input("middle", Array(4)).Output("output", Array(4))
                    .Layers(Layers.Custom("swish_1", "Swish", new[] { "middle" }, new[] { "output" }, new Dictionary<string, object> { ["beta"] = 1.0 }))))
            .SpecVersion(2)
            .Input("input", Array(4))
            .Output("output", Array(4));

    private static FeatureType Array(params long[] shape) => FeatureTypes.MultiArray(DataType.Float32, shape);
}
