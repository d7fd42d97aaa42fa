using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// Layers that only change a blob's shape and keep its elements in row-major order (copy, reshape, flatten,
/// expandDims, squeeze, and permute/transpose when they move only size-1 dimensions), so a state passes through
/// them unchanged.
/// </summary>
internal static class ShapeOnlyLayers
{
    /// <summary>True for the layer types that can only change a shape (whether they keep the order depends on it).</summary>
    public static bool IsShapeOnly(NeuralNetworkLayer layer) => layer.LayerCase is NeuralNetworkLayer.LayerOneofCase.Copy
        or NeuralNetworkLayer.LayerOneofCase.Reshape or NeuralNetworkLayer.LayerOneofCase.Flatten
        or NeuralNetworkLayer.LayerOneofCase.Permute or NeuralNetworkLayer.LayerOneofCase.Transpose
        or NeuralNetworkLayer.LayerOneofCase.ExpandDims or NeuralNetworkLayer.LayerOneofCase.Squeeze
        or NeuralNetworkLayer.LayerOneofCase.FlattenTo2D or NeuralNetworkLayer.LayerOneofCase.ReshapeStatic
        or NeuralNetworkLayer.LayerOneofCase.RankPreservingReshape;

    /// <summary>The output shape when <paramref name="layer"/> passes its single input through in order; else null.</summary>
    public static BlobShape? PassThrough(NeuralNetworkLayer layer, BlobShape input)
    {
        if (layer.Input.Count != 1 || layer.Output.Count != 1)
        {
            return null;
        }

        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.Copy:
                return input;
            case NeuralNetworkLayer.LayerOneofCase.Reshape:
                return LegacyReshape(input, layer.Reshape);
            case NeuralNetworkLayer.LayerOneofCase.Flatten:
                return LegacyFlatten(input, layer.Flatten.Mode == FlattenLayerParams.Types.FlattenOrder.ChannelLast);
            case NeuralNetworkLayer.LayerOneofCase.Permute:
                return LegacyPermute(input, layer.Permute.Axis);
            case NeuralNetworkLayer.LayerOneofCase.Transpose:
                return Transpose(input, layer.Transpose.Axes.Select(a => (long)a).ToList());
            case NeuralNetworkLayer.LayerOneofCase.ExpandDims:
                return ExpandDims(input, layer.ExpandDims.Axes);
            case NeuralNetworkLayer.LayerOneofCase.Squeeze:
                return Squeeze(input, layer.Squeeze.Axes, layer.Squeeze.SqueezeAll);
            case NeuralNetworkLayer.LayerOneofCase.FlattenTo2D:
                return FlattenTo2D(input, layer.FlattenTo2D.Axis);
            case NeuralNetworkLayer.LayerOneofCase.ReshapeStatic:
                return Reshape(input, layer.ReshapeStatic.TargetShape, zeroCopiesInput: false);
            case NeuralNetworkLayer.LayerOneofCase.RankPreservingReshape:
                return Reshape(input, layer.RankPreservingReshape.TargetShape, zeroCopiesInput: true);
            default:
                return null;
        }
    }

    /// <summary>Rank 5 in, rank 5 out: <c>[S, B, C, H, W]</c> to <c>[S or S', B, C', H', W']</c> (target rank 3 or 4).</summary>
    private static BlobShape? LegacyReshape(BlobShape input, ReshapeLayerParams reshape)
    {
        IList<long> target = reshape.TargetShape;
        if (target.Count is not (3 or 4) || target.Any(d => d <= 0))
        {
            return null;
        }

        // Channel-last order interleaves C, H and W, which is harmless only when at most one of them is not 1.
        if (reshape.Mode == ReshapeLayerParams.Types.ReshapeOrder.ChannelLast && (!AtMostOneNonUnit(Tail(input, 3)) || !AtMostOneNonUnit(target.Skip(target.Count - 3))))
        {
            return null;
        }

        long sequence = target.Count == 4 ? target[0] : (input.HasDimensions && input.Dimensions!.Count == 5 ? input.Dimensions[0] : 1);
        int offset = target.Count - 3;
        BlobShape output = BlobShape.Of(new[] { sequence, 1L, target[offset], target[offset + 1], target[offset + 2] });
        return output.Count == input.Count ? output : null;
    }

    private static BlobShape? LegacyFlatten(BlobShape input, bool channelLast)
    {
        if (!input.HasDimensions || input.Dimensions!.Count != 5 || (channelLast && !AtMostOneNonUnit(Tail(input, 3))))
        {
            return null;
        }

        IReadOnlyList<long> d = input.Dimensions;
        return BlobShape.Of(new[] { d[0], d[1], d[2] * d[3] * d[4], 1L, 1L });
    }

    /// <summary>Legacy permute reorders <c>[S, C, H, W]</c> of a rank-5 blob and keeps the batch axis.</summary>
    private static BlobShape? LegacyPermute(BlobShape input, IList<ulong> axis)
    {
        if (!input.HasDimensions || input.Dimensions!.Count != 5 || axis.Count != 4)
        {
            return null;
        }

        int[] positions = { 0, 2, 3, 4 };
        var order = new List<long> { 0, 1, 2, 3, 4 };
        for (int i = 0; i < 4; i++)
        {
            if (axis[i] > 3)
            {
                return null;
            }

            order[positions[i]] = positions[(int)axis[i]];
        }

        return Transpose(input, order);
    }

    /// <summary>A permutation keeps row-major order when the dimensions other than 1 keep their relative order.</summary>
    private static BlobShape? Transpose(BlobShape input, IReadOnlyList<long> axes)
    {
        if (!input.HasDimensions || axes.Count != input.Dimensions!.Count || axes.Distinct().Count() != axes.Count || axes.Any(a => a < 0 || a >= axes.Count))
        {
            return null;
        }

        long previous = -1;
        foreach (long source in axes)
        {
            if (input.Dimensions[(int)source] != 1)
            {
                if (source < previous)
                {
                    return null;
                }

                previous = source;
            }
        }

        return BlobShape.Of(axes.Select(a => input.Dimensions[(int)a]));
    }

    private static BlobShape? ExpandDims(BlobShape input, IList<long> axes)
    {
        if (!input.HasDimensions || axes.Count == 0)
        {
            return null;
        }

        int rank = input.Dimensions!.Count + axes.Count;
        var inserted = new HashSet<long>();
        foreach (long axis in axes)
        {
            long normalized = axis < 0 ? axis + rank : axis;
            if (normalized < 0 || normalized >= rank || !inserted.Add(normalized))
            {
                return null;
            }
        }

        var dims = new List<long>(rank);
        int next = 0;
        for (int i = 0; i < rank; i++)
        {
            dims.Add(inserted.Contains(i) ? 1 : input.Dimensions[next++]);
        }

        return BlobShape.Of(dims);
    }

    private static BlobShape? Squeeze(BlobShape input, IList<long> axes, bool squeezeAll)
    {
        if (!input.HasDimensions)
        {
            return null;
        }

        IReadOnlyList<long> dims = input.Dimensions!;
        var removed = new HashSet<int>();
        if (squeezeAll)
        {
            for (int i = 0; i < dims.Count; i++)
            {
                if (dims[i] == 1)
                {
                    removed.Add(i);
                }
            }
        }
        else
        {
            foreach (long axis in axes)
            {
                int normalized = input.Axis(axis);
                if (normalized < 0 || dims[normalized] != 1)
                {
                    return null;
                }

                removed.Add(normalized);
            }
        }

        var kept = dims.Where((_, i) => !removed.Contains(i)).ToList();
        return BlobShape.Of(kept.Count == 0 ? new[] { 1L } : kept);
    }

    private static BlobShape? FlattenTo2D(BlobShape input, long axis)
    {
        if (!input.HasDimensions)
        {
            return input.Count >= 0 ? BlobShape.CountOnly(input.Count) : null;
        }

        int rank = input.Dimensions!.Count;
        long normalized = axis < 0 ? axis + rank : axis;
        if (normalized < 0 || normalized > rank)
        {
            return null;
        }

        long outer = 1;
        for (int i = 0; i < normalized; i++)
        {
            outer *= input.Dimensions[i];
        }

        return BlobShape.Of(new[] { outer, input.Count / (outer == 0 ? 1 : outer) });
    }

    /// <summary>A static reshape: one -1 is inferred; with <paramref name="zeroCopiesInput"/>, 0 keeps the input's dimension.</summary>
    private static BlobShape? Reshape(BlobShape input, IList<long> target, bool zeroCopiesInput)
    {
        if (target.Count == 0 || input.Count < 0)
        {
            return null;
        }

        var dims = new List<long>(target.Count);
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < target.Count; i++)
        {
            long d = target[i];
            if (d == 0 && zeroCopiesInput && input.HasDimensions && i < input.Dimensions!.Count)
            {
                d = input.Dimensions[i];
            }

            if (d == -1 && inferred < 0)
            {
                inferred = i;
            }
            else if (d <= 0)
            {
                return null;
            }
            else
            {
                known *= d;
            }

            dims.Add(d);
        }

        if (inferred >= 0)
        {
            if (known == 0 || input.Count % known != 0)
            {
                return null;
            }

            dims[inferred] = input.Count / known;
        }

        BlobShape output = BlobShape.Of(dims);
        return output.Count == input.Count ? output : null;
    }

    private static IEnumerable<long> Tail(BlobShape shape, int count)
        => shape.Dimensions is { } dims && dims.Count >= count ? dims.Skip(dims.Count - count) : new long[] { -1, -1 };

    private static bool AtMostOneNonUnit(IEnumerable<long> dims) => dims.Count(d => d != 1) <= 1;
}
