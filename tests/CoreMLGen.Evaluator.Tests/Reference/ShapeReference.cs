using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>A float64 tensor for the shape references: row-major values and a shape.</summary>
internal sealed record RefTensor(double[] Data, int[] Shape)
{
    public static RefTensor Zeros(params int[] shape) => new(new double[Size(shape)], shape);

    public static int Size(int[] shape) => shape.Aggregate(1, (p, d) => p * d);

    public double this[int[] index]
    {
        get => Data[Offset(index)];
        set => Data[Offset(index)] = value;
    }

    public int Offset(int[] index)
    {
        int offset = 0;
        for (int d = 0; d < Shape.Length; d++)
        {
            offset = (offset * Shape[d]) + index[d];
        }

        return offset;
    }

    /// <summary>The multi-index of a row-major offset.</summary>
    public int[] Index(int offset)
    {
        var index = new int[Shape.Length];
        for (int d = Shape.Length - 1; d >= 0; d--)
        {
            index[d] = offset % Shape[d];
            offset /= Shape[d];
        }

        return index;
    }
}

/// <summary>
/// Straightforward float64 references of the shape layers, written from the spec's wording with explicit index
/// arithmetic (one output value at a time) and never calling the kernels.
/// </summary>
internal static class ShapeReference
{
    /// <summary>Concatenation along an axis; with interleave, input i's slice j lands at j*n + i.</summary>
    public static RefTensor Concat(IReadOnlyList<RefTensor> inputs, int axis, bool interleave = false)
    {
        int[] shape = (int[])inputs[0].Shape.Clone();
        shape[axis] = inputs.Sum(t => t.Shape[axis]);
        RefTensor output = RefTensor.Zeros(shape);
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            int position = index[axis];
            int which;
            if (interleave)
            {
                which = position % inputs.Count;
                position /= inputs.Count;
            }
            else
            {
                which = 0;
                while (position >= inputs[which].Shape[axis])
                {
                    position -= inputs[which].Shape[axis];
                    which++;
                }
            }

            index[axis] = position;
            output.Data[o] = inputs[which][index];
        }

        return output;
    }

    /// <summary>Consecutive parts of the given sizes along an axis.</summary>
    public static RefTensor[] Split(RefTensor input, int axis, int[] sizes)
    {
        var outputs = new RefTensor[sizes.Length];
        int start = 0;
        for (int i = 0; i < sizes.Length; i++)
        {
            var indices = new int[input.Shape.Length][];
            for (int d = 0; d < indices.Length; d++)
            {
                indices[d] = d == axis ? Enumerable.Range(start, sizes[i]).ToArray() : Enumerable.Range(0, input.Shape[d]).ToArray();
            }

            outputs[i] = Gather(input, indices);
            start += sizes[i];
        }

        return outputs;
    }

    /// <summary>The sub-tensor at the cross product of per-axis index lists: out[i0, i1, ...] = x[idx0[i0], idx1[i1], ...].</summary>
    public static RefTensor Gather(RefTensor input, int[][] indices)
    {
        RefTensor output = RefTensor.Zeros(indices.Select(list => list.Length).ToArray());
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            var source = new int[index.Length];
            for (int d = 0; d < index.Length; d++)
            {
                source[d] = indices[d][index[d]];
            }

            output.Data[o] = input[source];
        }

        return output;
    }

    /// <summary>The indices Python's <c>range(n)[begin:end:step]</c> selects (None = null).</summary>
    public static int[] PythonSlice(int n, int? begin, int? end, int step)
    {
        var all = Enumerable.Range(0, n).ToArray();
        int Normalize(int i, int low, int high) => Math.Clamp(i < 0 ? i + n : i, low, high);
        int first, last;
        if (step > 0)
        {
            first = begin is null ? 0 : Normalize(begin.Value, 0, n);
            last = end is null ? n : Normalize(end.Value, 0, n);
        }
        else
        {
            first = begin is null ? n - 1 : Normalize(begin.Value, -1, n - 1);
            last = end is null ? -1 : Normalize(end.Value, -1, n - 1);
        }

        var selected = new List<int>();
        for (int i = first; step > 0 ? i < last : i > last; i += step)
        {
            selected.Add(all[i]);
        }

        return selected.ToArray();
    }

    /// <summary>Output dimension i is input dimension perm[i].</summary>
    public static RefTensor Transpose(RefTensor input, int[] perm)
    {
        RefTensor output = RefTensor.Zeros(perm.Select(p => input.Shape[p]).ToArray());
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            var source = new int[index.Length];
            for (int i = 0; i < perm.Length; i++)
            {
                source[perm[i]] = index[i];
            }

            output.Data[o] = input[source];
        }

        return output;
    }

    /// <summary>The legacy rank-5 reshape, per batch item, as NeuralNetwork.proto's ReshapeLayerParams text describes it.</summary>
    public static RefTensor LegacyReshape(RefTensor input, int[] outputShape, bool channelLast)
    {
        int seq = input.Shape[0], batch = input.Shape[1], c = input.Shape[2], h = input.Shape[3], w = input.Shape[4];
        int seq2 = outputShape[0], c2 = outputShape[2], h2 = outputShape[3], w2 = outputShape[4];
        RefTensor output = RefTensor.Zeros(outputShape);
        for (int b = 0; b < batch; b++)
        {
            // Flatten this batch item in channel-first (s, c, h, w) or channel-last (s, h, w, c) order.
            var flat = new List<double>();
            for (int s = 0; s < seq; s++)
            {
                for (int i = 0; i < c * h * w; i++)
                {
                    (int ci, int hi, int wi) = Position(i, c, h, w, channelLast);
                    flat.Add(input[new[] { s, b, ci, hi, wi }]);
                }
            }

            // Fill the target in the same order.
            for (int s = 0; s < seq2; s++)
            {
                for (int i = 0; i < c2 * h2 * w2; i++)
                {
                    (int ci, int hi, int wi) = Position(i, c2, h2, w2, channelLast);
                    output[new[] { s, b, ci, hi, wi }] = flat[(s * c2 * h2 * w2) + i];
                }
            }
        }

        return output;
    }

    /// <summary>The legacy flatten of [..., C, H, W] to [..., C*H*W, 1, 1].</summary>
    public static RefTensor Flatten(RefTensor input, bool channelLast)
    {
        int rank = input.Shape.Length;
        int c = input.Shape[rank - 3], h = input.Shape[rank - 2], w = input.Shape[rank - 1];
        int[] shape = (int[])input.Shape.Clone();
        shape[rank - 3] = c * h * w;
        shape[rank - 2] = 1;
        shape[rank - 1] = 1;
        RefTensor output = RefTensor.Zeros(shape);
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            int k = index[rank - 3];
            int[] source = (int[])index.Clone();
            (source[rank - 3], source[rank - 2], source[rank - 1]) = Position(k, c, h, w, channelLast);

            output.Data[o] = input[source];
        }

        return output;
    }

    /// <summary>The (c, h, w) of the i-th value of a [C, H, W] block read in (C, H, W) order, or in (H, W, C) order for channel-last.</summary>
    public static (int C, int H, int W) Position(int i, int c, int h, int w, bool channelLast) =>
        channelLast ? (i % c, i / (w * c), i / c % w) : (i / (h * w), i / w % h, i % w);

    /// <summary>tile: out[i] = x[i mod shape] per dimension, reps padded with leading 1s.</summary>
    public static RefTensor Tile(RefTensor input, int[] reps)
    {
        int rank = input.Shape.Length;
        int[] full = Enumerable.Repeat(1, rank - reps.Length).Concat(reps).ToArray();
        RefTensor output = RefTensor.Zeros(input.Shape.Select((d, i) => d * full[i]).ToArray());
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            output.Data[o] = input[index.Select((i, d) => i % input.Shape[d]).ToArray()];
        }

        return output;
    }

    /// <summary>Padding of the last two dimensions; mode 0 constant, 1 reflection (edge not repeated), 2 replication.</summary>
    public static RefTensor Pad(RefTensor input, int top, int bottom, int left, int right, int mode, double value)
    {
        int rank = input.Shape.Length;
        int h = input.Shape[rank - 2], w = input.Shape[rank - 1];
        int[] shape = (int[])input.Shape.Clone();
        shape[rank - 2] = h + top + bottom;
        shape[rank - 1] = w + left + right;
        RefTensor output = RefTensor.Zeros(shape);
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            int y = index[rank - 2] - top, x = index[rank - 1] - left;
            bool inside = y >= 0 && y < h && x >= 0 && x < w;
            if (!inside && mode == 0)
            {
                output.Data[o] = value;
                continue;
            }

            if (mode == 1)
            {
                y = y < 0 ? -y : y >= h ? (2 * h) - 2 - y : y;
                x = x < 0 ? -x : x >= w ? (2 * w) - 2 - x : x;
            }
            else
            {
                y = Math.Clamp(y, 0, h - 1);
                x = Math.Clamp(x, 0, w - 1);
            }

            index[rank - 2] = y;
            index[rank - 1] = x;
            output.Data[o] = input[index];
        }

        return output;
    }

    /// <summary>constantPad: out[i] = x[i - before] where that is inside the input, else the value.</summary>
    public static RefTensor ConstantPad(RefTensor input, int[] before, int[] after, double value)
    {
        RefTensor output = RefTensor.Zeros(input.Shape.Select((d, i) => d + before[i] + after[i]).ToArray());
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] source = output.Index(o).Select((i, d) => i - before[d]).ToArray();
            bool inside = source.Select((i, d) => i >= 0 && i < input.Shape[d]).All(x => x);
            output.Data[o] = inside ? input[source] : value;
        }

        return output;
    }

    /// <summary>reorganizeData on the trailing [C, H, W]; mode 0 space-to-depth, 1 depth-to-space, 2 pixel shuffle.</summary>
    public static RefTensor Reorganize(RefTensor input, int mode, int b)
    {
        int rank = input.Shape.Length;
        int c = input.Shape[rank - 3], h = input.Shape[rank - 2], w = input.Shape[rank - 1];
        int[] shape = (int[])input.Shape.Clone();
        if (mode == 0)
        {
            (shape[rank - 3], shape[rank - 2], shape[rank - 1]) = (c * b * b, h / b, w / b);
        }
        else
        {
            (shape[rank - 3], shape[rank - 2], shape[rank - 1]) = (c / (b * b), h * b, w * b);
        }

        RefTensor output = RefTensor.Zeros(shape);
        for (int o = 0; o < output.Data.Length; o++)
        {
            int[] index = output.Index(o);
            int[] source = (int[])index.Clone();
            int oc = index[rank - 3], oh = index[rank - 2], ow = index[rank - 1];
            if (mode == 0)
            {
                // out[(i*b + j)*C + c, h, w] = in[c, h*b + i, w*b + j]
                int block = oc / c, i = block / b, j = block % b;
                (source[rank - 3], source[rank - 2], source[rank - 1]) = (oc % c, (oh * b) + i, (ow * b) + j);
            }
            else
            {
                int i = oh % b, j = ow % b, c2 = c / (b * b);
                int channel = mode == 1 ? (((i * b) + j) * c2) + oc : (oc * b * b) + (i * b) + j;
                (source[rank - 3], source[rank - 2], source[rank - 1]) = (channel, oh / b, ow / b);
            }

            output.Data[o] = input[source];
        }

        return output;
    }
}
