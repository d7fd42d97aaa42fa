using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers;

/// <summary>
/// The constant of a scale or bias layer, of shape [1], [C], [1, H, W] or [C, H, W]; kept with the shape it has when
/// it broadcasts against an input of rank 3 or more ([C] becomes [C, 1, 1]).
/// </summary>
internal sealed class ShapedConstant
{
    private ShapedConstant(float[] values, int[] broadcastShape)
    {
        Values = values;
        BroadcastShape = broadcastShape;
    }

    public float[] Values { get; }

    public int[] BroadcastShape { get; }

    public static ShapedConstant Decode(IList<ulong> shape, WeightParams? weights, string layerName, string layerType, string weightName)
    {
        int[] dims = shape.Select(d => d > int.MaxValue ? -1 : (int)d).ToArray();
        bool valid = (dims.Length == 1 || dims.Length == 3) && dims.All(d => d > 0);
        if (!valid)
        {
            throw new ModelLoadException("Layer '" + layerName + "' (" + layerType + "): the shape of '" + weightName + "' is [" + string.Join(", ", shape) + "]; it must be [1], [C], [1, H, W] or [C, H, W].", layerName, layerType);
        }

        int[] broadcast = dims.Length == 1 ? new[] { dims[0], 1, 1 } : dims;
        long count = dims.Aggregate(1L, (p, d) => p * d);
        float[] values = WeightDecoder.Decode(weights, count, 1, layerName, layerType, weightName);
        return new ShapedConstant(values, broadcast);
    }
}
