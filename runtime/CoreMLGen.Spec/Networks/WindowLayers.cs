using System;
using System.Collections.Generic;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// Layers that cut a blob into windows (slice, split; on the way from a model input to a recurrent layer) or join
/// blobs (concat; on the way from a recurrent layer to a model output). A window is a contiguous run of elements:
/// the cut axis must have only size-1 dimensions before it, so each piece is a plain offset into the whole.
/// </summary>
internal static class WindowLayers
{
    /// <summary>
    /// For a slicing or splitting layer, the piece written to output <paramref name="outputIndex"/>: its offset in
    /// the input (in elements) and its shape. Null when the layer does not cut contiguous pieces.
    /// </summary>
    public static (long Offset, BlobShape Shape)? Select(NeuralNetworkLayer layer, int outputIndex, BlobShape input)
    {
        if (layer.Input.Count != 1 || !input.HasDimensions)
        {
            return null;
        }

        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.Slice when layer.Output.Count == 1:
                SliceLayerParams slice = layer.Slice;
                if (slice.Stride > 1)
                {
                    return null;
                }

                long axis = slice.Axis switch
                {
                    SliceLayerParams.Types.SliceAxis.HeightAxis => -2,
                    SliceLayerParams.Types.SliceAxis.WidthAxis => -1,
                    _ => -3,
                };
                return Cut(input, input.Axis(axis), slice.StartIndex, slice.EndIndex);
            case NeuralNetworkLayer.LayerOneofCase.SliceStatic when layer.Output.Count == 1:
                return SliceStatic(input, layer.SliceStatic);
            case NeuralNetworkLayer.LayerOneofCase.Split:
                return EqualPiece(input, input.Axis(-3), layer.Output.Count, outputIndex);
            case NeuralNetworkLayer.LayerOneofCase.SplitND:
                SplitNDLayerParams split = layer.SplitND;
                int splitAxis = input.Axis(split.Axis);
                if (split.SplitSizes.Count == 0)
                {
                    return EqualPiece(input, splitAxis, layer.Output.Count, outputIndex);
                }

                if (split.SplitSizes.Count != layer.Output.Count || splitAxis < 0)
                {
                    return null;
                }

                long start = 0;
                for (int i = 0; i < outputIndex; i++)
                {
                    start += (long)split.SplitSizes[i];
                }

                return Cut(input, splitAxis, start, start + (long)split.SplitSizes[outputIndex]);
            default:
                return null;
        }
    }

    /// <summary>
    /// For a concatenating layer, the offset (in elements) at which input <paramref name="inputIndex"/> lands in the
    /// output, and the output's shape. <paramref name="countOf"/> gives the element count of another input, or -1.
    /// </summary>
    public static (long Offset, BlobShape Shape)? Join(NeuralNetworkLayer layer, int inputIndex, BlobShape input, Func<string, long> countOf)
    {
        if (layer.Output.Count != 1 || !input.HasDimensions)
        {
            return null;
        }

        int axis;
        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.Concat:
                axis = input.Axis(layer.Concat.SequenceConcat ? -5 : -3);
                break;
            case NeuralNetworkLayer.LayerOneofCase.ConcatND when !layer.ConcatND.Interleave:
                axis = input.Axis(layer.ConcatND.Axis);
                break;
            default:
                return null;
        }

        if (axis < 0 || input.Outer(axis) != 1 || input.Inner(axis) <= 0)
        {
            return null;
        }

        // Every input has the same dimensions except along the axis, so each one is a contiguous run of the output.
        long offset = 0, total = 0;
        for (int i = 0; i < layer.Input.Count; i++)
        {
            long count = i == inputIndex ? input.Count : countOf(layer.Input[i]);
            if (count < 0 || count % input.Inner(axis) != 0)
            {
                return null;
            }

            if (i < inputIndex)
            {
                offset += count;
            }

            total += count;
        }

        return (offset, input.WithDimension(axis, total / input.Inner(axis)));
    }

    private static (long, BlobShape)? SliceStatic(BlobShape input, SliceStaticLayerParams slice)
    {
        IReadOnlyList<long> dims = input.Dimensions!;
        if (slice.BeginIds.Count != dims.Count || slice.EndIds.Count != dims.Count)
        {
            return null;
        }

        // Exactly one axis may be cut; every other axis must be taken whole.
        int cutAxis = -1;
        long cutStart = 0, cutEnd = 0;
        for (int i = 0; i < dims.Count; i++)
        {
            long stride = i < slice.Strides.Count ? slice.Strides[i] : 1;
            if (stride != 1)
            {
                return null;
            }

            long begin = i < slice.BeginMasks.Count && slice.BeginMasks[i] ? 0 : Normalize(slice.BeginIds[i], dims[i]);
            long end = i < slice.EndMasks.Count && slice.EndMasks[i] ? dims[i] : Normalize(slice.EndIds[i], dims[i]);
            if (begin == 0 && end == dims[i])
            {
                continue;
            }

            if (cutAxis >= 0)
            {
                return null;
            }

            cutAxis = i;
            cutStart = begin;
            cutEnd = end;
        }

        (long, BlobShape)? piece = cutAxis < 0 ? (0, input) : Cut(input, cutAxis, cutStart, cutEnd);
        if (piece is not { } cut)
        {
            return null;
        }

        // Squeezed axes have size 1 after the cut, so dropping them keeps the order.
        var kept = new List<long>();
        for (int i = 0; i < dims.Count; i++)
        {
            bool squeezed = i < slice.SqueezeMasks.Count && slice.SqueezeMasks[i];
            if (!squeezed)
            {
                kept.Add(cut.Item2.Dimensions![i]);
            }
            else if (cut.Item2.Dimensions![i] != 1)
            {
                return null;
            }
        }

        return (cut.Item1, BlobShape.Of(kept.Count == 0 ? new[] { 1L } : kept));
    }

    private static (long, BlobShape)? EqualPiece(BlobShape input, int axis, int pieces, int index)
    {
        if (axis < 0 || pieces <= 0 || input.Dimensions![axis] % pieces != 0)
        {
            return null;
        }

        long size = input.Dimensions[axis] / pieces;
        return Cut(input, axis, index * size, (index + 1) * size);
    }

    private static (long, BlobShape)? Cut(BlobShape input, int axis, long start, long end)
    {
        if (axis < 0)
        {
            return null;
        }

        long size = input.Dimensions![axis];
        start = Normalize(start, size);
        end = Normalize(end, size);
        if (start < 0 || end > size || start >= end || input.Outer(axis) != 1)
        {
            return null;
        }

        long inner = input.Inner(axis);
        return inner < 0 ? null : (start * inner, input.WithDimension(axis, end - start));
    }

    /// <summary>Negative indices count from the end (-1 is the last element).</summary>
    private static long Normalize(long index, long size) => index < 0 ? index + size : index;
}
