using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Networks;

/// <summary>Lists every custom layer of a model (pipelines and nested networks included) with its parameters and weights.</summary>
internal static class CustomLayerCollector
{
    public static IReadOnlyList<CustomLayer> Collect(Model model)
        => NetworkCollector.Collect(model)
            .SelectMany(network => network.Layers)
            .Where(layer => layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.Custom)
            .Select(layer => new CustomLayer(
                layer.Custom.ClassName,
                layer.Name,
                layer.Custom.Description,
                layer.Input.Count,
                layer.Output.Count,
                layer.Custom.Parameters.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => Parameter(p.Key, p.Value)),
                layer.Custom.Weights.Select(Weight)))
            .ToList();

    private static CustomLayerParameter Parameter(string name, CustomLayerParams.Types.CustomLayerParamValue? value) => value?.ValueCase switch
    {
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.DoubleValue => new(name, CustomParameterKind.Double, value.DoubleValue),
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.StringValue => new(name, CustomParameterKind.String, value.StringValue),
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.IntValue => new(name, CustomParameterKind.Int, value.IntValue),
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.LongValue => new(name, CustomParameterKind.Long, value.LongValue),
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.BoolValue => new(name, CustomParameterKind.Bool, value.BoolValue),
        _ => new(name, CustomParameterKind.None, null),
    };

    /// <summary>The storage and value count of a weight; the spec treats the storage fields as a oneof.</summary>
    private static CustomLayerWeight Weight(WeightParams weight)
    {
        if (weight.FloatValue.Count > 0)
        {
            return new CustomLayerWeight(WeightStorage.Float32, weight.FloatValue.Count);
        }

        if (weight.Float16Value.Length > 0)
        {
            return new CustomLayerWeight(WeightStorage.Float16, weight.Float16Value.Length / 2);
        }

        if (weight.RawValue.Length > 0)
        {
            ulong bits = weight.Quantization?.NumberOfBits ?? 0;
            long count = bits is > 0 and <= 64 ? (long)((ulong)weight.RawValue.Length * 8 / bits) : weight.RawValue.Length;
            return new CustomLayerWeight(WeightStorage.Quantized, count);
        }

        return weight.Int8RawValue.Length > 0
            ? new CustomLayerWeight(WeightStorage.Int8, weight.Int8RawValue.Length)
            : new CustomLayerWeight(WeightStorage.Empty, 0);
    }
}
