using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers;

/// <summary>A per-channel parameter (axis -3) that may also hold a single value shared by every channel.</summary>
internal sealed class ChannelParameter
{
    private ChannelParameter(float[] values) => Values = values;

    public float[] Values { get; }

    /// <summary>True when one value serves every channel.</summary>
    public bool IsShared => Values.Length == 1;

    public float At(int channel) => IsShared ? Values[0] : Values[channel];

    /// <summary>Decodes a weight of 1 or C values (C unknown until the input shape is known).</summary>
    public static ChannelParameter Decode(WeightParams? weights, string layerName, string layerType, string weightName)
    {
        long count = WeightDecoder.Count(weights, layerName, layerType, weightName);
        if (count < 1)
        {
            throw new ModelLoadException("Layer '" + layerName + "' (" + layerType + "): weight '" + weightName + "' holds no values; it needs 1 or one per channel.", layerName, layerType);
        }

        return new ChannelParameter(WeightDecoder.Decode(weights, count, 1, layerName, layerType, weightName));
    }

    /// <summary>A message when the channel count of an input of rank 3 or more does not match, or null.</summary>
    public string? Mismatch(int[] shape, string weightName)
    {
        if (IsShared)
        {
            return null;
        }

        int channels = shape[shape.Length - 3];
        return channels == Values.Length
            ? null
            : "'" + weightName + "' has " + Values.Length + " values, but the input has " + channels + " channels (axis -3 of [" + ShapeMath.Format(shape) + "]).";
    }

    /// <summary>The channel layout for applying these parameters to a blob of rank 3 or more (flat when all are shared).</summary>
    public static ChannelLayout LayoutFor(int[] shape, ChannelParameter first, ChannelParameter? second) =>
        first.IsShared && (second?.IsShared ?? true) ? ChannelLayout.Flat(ShapeMath.Product(shape)) : ChannelLayout.Of(shape);

    /// <summary>Calls <paramref name="apply"/> on each run of values that shares one channel.</summary>
    public static void ForEachChannelRun(ChannelLayout layout, ReadOnlySpan<float> x, Span<float> y, ChannelRun apply)
    {
        int offset = 0;
        for (int o = 0; o < layout.Outer; o++)
        {
            for (int c = 0; c < layout.Channels; c++, offset += layout.Inner)
            {
                apply(x.Slice(offset, layout.Inner), y.Slice(offset, layout.Inner), c);
            }
        }
    }

    /// <summary>Work on the values of one channel.</summary>
    public delegate void ChannelRun(ReadOnlySpan<float> x, Span<float> y, int channel);
}
