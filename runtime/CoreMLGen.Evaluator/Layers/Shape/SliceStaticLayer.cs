using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// sliceStatic: numpy's <c>x[b0:e0:s0, b1:e1:s1, ...]</c>. Negative indices count from the end, out-of-range ones are
/// clamped (as numpy does), a begin or end mask means "from the start / to the end" in the stride's direction, and
/// a squeeze mask takes the single index beginIds[i] and drops that dimension. An empty result is a shape error.
/// </summary>
internal sealed class SliceStaticLayer : DataMovementLayer
{
    private readonly long[] beginIds;
    private readonly long[] endIds;
    private readonly long[] strides;
    private readonly bool[] beginMasks;
    private readonly bool[] endMasks;
    private readonly bool[] squeezeMasks;

    public SliceStaticLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 1, 1, 1)
    {
        SliceStaticLayerParams slice = layer.SliceStatic;
        int rank = slice.BeginIds.Count;
        if (rank == 0 || slice.EndIds.Count != rank || slice.Strides.Count != rank)
        {
            throw LoadError("has " + Text(slice.BeginIds.Count) + " beginIds, " + Text(slice.EndIds.Count) + " endIds and " + Text(slice.Strides.Count) + " strides; they must be equal in number and not empty.");
        }

        beginIds = slice.BeginIds.ToArray();
        endIds = slice.EndIds.ToArray();
        strides = slice.Strides.ToArray();
        if (strides.Any(s => s == 0 || s > int.MaxValue || s < -int.MaxValue))
        {
            throw LoadError("has a stride of 0 or one out of range: [" + string.Join(", ", strides.Select(s => Text(s))) + "].");
        }

        beginMasks = Masks(slice.BeginMasks, rank, "beginMasks");
        endMasks = Masks(slice.EndMasks, rank, "endMasks");
        squeezeMasks = Masks(slice.SqueezeMasks, rank, "squeezeMasks");
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        if (input.Length != beginIds.Length)
        {
            throw ShapeError("has parameters for rank " + Text(beginIds.Length) + " but the input is [" + ShapeMath.Format(input) + "].");
        }

        var begin = new int[input.Length];
        var step = new int[input.Length];
        var lengths = new int[input.Length];
        var output = new List<int>(input.Length);
        for (int d = 0; d < input.Length; d++)
        {
            long n = input[d];
            if (squeezeMasks[d])
            {
                long index = beginIds[d] < 0 ? beginIds[d] + n : beginIds[d];
                if (index < 0 || index >= n)
                {
                    throw ShapeError("squeezed index " + Text(beginIds[d]) + " is out of range for dimension " + Text(d) + " of the input [" + ShapeMath.Format(input) + "].");
                }

                begin[d] = (int)index;
                step[d] = 1;
                lengths[d] = 1;
                continue;
            }

            long s = strides[d];
            long first, last;
            if (s > 0)
            {
                first = beginMasks[d] ? 0 : Clamp(beginIds[d], n, 0, n);
                last = endMasks[d] ? n : Clamp(endIds[d], n, 0, n);
            }
            else
            {
                first = beginMasks[d] ? n - 1 : Clamp(beginIds[d], n, -1, n - 1);
                last = endMasks[d] ? -1 : Clamp(endIds[d], n, -1, n - 1);
            }

            long length = s > 0 ? (last - first + s - 1) / s : (first - last - s - 1) / -s;
            if (length <= 0)
            {
                throw ShapeError("the slice of dimension " + Text(d) + " of the input [" + ShapeMath.Format(input) + "] is empty.");
            }

            begin[d] = (int)first;
            step[d] = (int)s;
            lengths[d] = (int)length;
            output.Add((int)length);
        }

        if (output.Count == 0)
        {
            output.Add(1);
        }

        return SliceWindow.Plan(inputShapes[0], begin, step, lengths, output.ToArray());
    }

    // numpy: a negative index counts from the end, then the index is clamped to the walkable range.
    private static long Clamp(long index, long n, long low, long high)
    {
        long resolved = index < 0 ? index + n : index;
        return Math.Min(Math.Max(resolved, low), high);
    }

    private bool[] Masks(IList<bool> masks, int rank, string name)
    {
        if (masks.Count == 0)
        {
            return new bool[rank];
        }

        if (masks.Count != rank)
        {
            throw LoadError("has " + Text(masks.Count) + " " + name + " for " + Text(rank) + " beginIds.");
        }

        return masks.ToArray();
    }
}
