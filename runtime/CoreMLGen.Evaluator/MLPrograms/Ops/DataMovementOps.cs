using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary><c>concat</c>, <c>split</c>, <c>slice_by_index</c>, <c>slice_by_size</c>, <c>gather</c> and <c>gather_along_axis</c>.</summary>
internal static class DataMovementOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["concat"] = Concat;
        builders["split"] = Split;
        builders["slice_by_index"] = SliceByIndex;
        builders["slice_by_size"] = SliceBySize;
        builders["gather"] = Gather;
        builders["gather_along_axis"] = GatherAlongAxis;
    }

    private static void Concat(OpContext context)
    {
        IReadOnlyList<MilValue> values = context.Inputs("values");
        MilValue first = values[0];
        int axis = context.Axis(context.Int("axis", 0), first.Rank);
        if (context.Bool("interleave", false))
        {
            throw context.Fail("interleaved concat is not supported.");
        }

        foreach (MilValue value in values.Where(v => v.Rank != first.Rank || v.Shape.Where((d, i) => i != axis && d != first.Shape[i]).Any()))
        {
            throw context.Fail("its input '" + value.Name + "' " + OpContext.Shape(value.Shape) + " does not match " + OpContext.Shape(first.Shape) + " outside axis " + axis.ToString(CultureInfo.InvariantCulture) + ".");
        }

        int[] shape = (int[])first.Shape.Clone();
        shape[axis] = values.Sum(v => v.Shape[axis]);
        MilValue y = context.Output(shape, first.Type);
        int[] targetStrides = TensorCopy.Strides(shape);
        var offsets = new int[values.Count];
        for (int i = 1; i < values.Count; i++)
        {
            offsets[i] = offsets[i - 1] + values[i - 1].Shape[axis] * targetStrides[axis];
        }

        context.Run(() =>
        {
            for (int i = 0; i < values.Count; i++)
            {
                TensorCopy.Run(values[i].Data, 0, TensorCopy.Strides(values[i].Shape), y.Data, offsets[i], targetStrides, values[i].Shape);
            }
        });
    }

    private static void Split(OpContext context)
    {
        MilValue x = context.Input("x");
        int axis = context.Axis(context.Int("axis", 0), x.Rank);
        int length = x.Shape[axis];
        int[] sizes;
        if (context.Has("split_sizes"))
        {
            sizes = context.Ints("split_sizes");
        }
        else
        {
            int parts = context.Int("num_splits", context.DeclaredOutputCount);
            int size = parts <= 0 ? 0 : (length + parts - 1) / parts;
            sizes = Enumerable.Range(0, Math.Max(parts, 0)).Select(i => Math.Min(size, Math.Max(length - i * size, 0))).ToArray();
        }

        if (sizes.Sum() != length || sizes.Any(s => s < 0) || sizes.Length != context.DeclaredOutputCount)
        {
            throw context.Fail("its sizes [" + string.Join(", ", sizes) + "] do not split the " + length.ToString(CultureInfo.InvariantCulture) + " entries of axis " + axis.ToString(CultureInfo.InvariantCulture) + " into its " + context.DeclaredOutputCount.ToString(CultureInfo.InvariantCulture) + " outputs.");
        }

        int[] sourceStrides = TensorCopy.Strides(x.Shape);
        int offset = 0;
        var parts2 = new List<(MilValue Part, int Offset)>();
        foreach (int size in sizes)
        {
            int[] shape = (int[])x.Shape.Clone();
            shape[axis] = size;
            parts2.Add((context.Output(shape, x.Type), offset));
            offset += size * sourceStrides[axis];
        }

        context.Run(() =>
        {
            foreach ((MilValue part, int from) in parts2)
            {
                TensorCopy.Run(x.Data, from, sourceStrides, part.Data, 0, TensorCopy.Strides(part.Shape), part.Shape);
            }
        });
    }

    // Python slicing per axis: negative indices count from the end, masks take the whole range, squeeze_mask drops the axis.
    private static void SliceByIndex(OpContext context)
    {
        MilValue x = context.Input("x");
        int rank = x.Rank;
        int[] begin = context.Ints("begin"), end = context.Ints("end");
        int[] stride = context.Ints("stride", SpatialWindow.Filled(rank, 1));
        bool[] beginMask = Mask(context, "begin_mask", rank), endMask = Mask(context, "end_mask", rank), squeezeMask = Mask(context, "squeeze_mask", rank);
        if (begin.Length != rank || end.Length != rank || stride.Length != rank)
        {
            throw context.Fail("its begin, end and stride must have one value per axis of " + OpContext.Shape(x.Shape) + ".");
        }

        var starts = new int[rank];
        var counts = new int[rank];
        for (int d = 0; d < rank; d++)
        {
            int n = x.Shape[d], s = stride[d];
            if (s == 0)
            {
                throw context.Fail("its stride on axis " + d.ToString(CultureInfo.InvariantCulture) + " is 0.");
            }

            int b = beginMask[d] ? (s > 0 ? 0 : n - 1) : Clamp(begin[d] < 0 ? begin[d] + n : begin[d], s > 0 ? 0 : -1, s > 0 ? n : n - 1);
            int e = endMask[d] ? (s > 0 ? n : -1) : Clamp(end[d] < 0 ? end[d] + n : end[d], s > 0 ? 0 : -1, s > 0 ? n : n - 1);
            if (squeezeMask[d])
            {
                e = b + (s > 0 ? 1 : -1);
            }

            starts[d] = b;
            counts[d] = s > 0 ? Math.Max(0, (e - b + s - 1) / s) : Math.Max(0, (b - e - s - 1) / -s);
        }

        Slice(context, x, starts, counts, stride, squeezeMask);
    }

    private static void SliceBySize(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] begin = context.Ints("begin"), size = context.Ints("size");
        if (begin.Length != x.Rank || size.Length != x.Rank)
        {
            throw context.Fail("its begin and size must have one value per axis of " + OpContext.Shape(x.Shape) + ".");
        }

        var starts = new int[x.Rank];
        var counts = new int[x.Rank];
        for (int d = 0; d < x.Rank; d++)
        {
            starts[d] = begin[d] < 0 ? begin[d] + x.Shape[d] : begin[d];
            counts[d] = size[d] == -1 ? x.Shape[d] - starts[d] : size[d];
            if (starts[d] < 0 || counts[d] < 0 || starts[d] + counts[d] > x.Shape[d])
            {
                throw context.Fail("it slices [" + starts[d].ToString(CultureInfo.InvariantCulture) + ", +" + counts[d].ToString(CultureInfo.InvariantCulture) + ") of axis " + d.ToString(CultureInfo.InvariantCulture) + " of " + OpContext.Shape(x.Shape) + ".");
            }
        }

        Slice(context, x, starts, counts, SpatialWindow.Filled(x.Rank, 1), new bool[x.Rank]);
    }

    private static void Slice(OpContext context, MilValue x, int[] starts, int[] counts, int[] stride, bool[] squeeze)
    {
        int[] inStrides = TensorCopy.Strides(x.Shape);
        int from = starts.Select((s, d) => counts[d] == 0 ? 0 : s * inStrides[d]).Sum();
        int[] sourceStrides = inStrides.Select((s, d) => s * stride[d]).ToArray();
        MilValue y = context.Output(counts.Where((c, d) => !squeeze[d]).ToArray(), x.Type);
        int[] targetStrides = TensorCopy.Strides(counts);
        context.Run(() => TensorCopy.Run(x.Data, from, sourceStrides, y.Data, 0, targetStrides, counts));
    }

    // gather(x, indices, axis, batch_dims = B): the first B axes of x and indices are shared batch axes, and
    // out[b, pre, idx..., post] = x[b, pre, indices[b, idx...], post]; negative indices count from the end.
    private static void Gather(OpContext context)
    {
        MilValue x = context.Input("x"), indices = context.Input("indices");
        int axis = context.Axis(context.Int("axis", 0), x.Rank);
        int batchDims = context.Int("batch_dims", 0);
        if (batchDims < 0)
        {
            batchDims += indices.Rank;
        }

        if (batchDims < 0 || batchDims > axis || batchDims > indices.Rank || !x.Shape.Take(batchDims).SequenceEqual(indices.Shape.Take(batchDims)))
        {
            throw context.Fail("its batch_dims " + context.Int("batch_dims", 0).ToString(CultureInfo.InvariantCulture) + " does not name leading axes shared by x "
                + OpContext.Shape(x.Shape) + " and indices " + OpContext.Shape(indices.Shape) + " before axis " + axis.ToString(CultureInfo.InvariantCulture) + ".");
        }

        int batches = MilValue.ElementCount(x.Shape.Take(batchDims).ToArray());
        int outer = MilValue.ElementCount(x.Shape.Skip(batchDims).Take(axis - batchDims).ToArray()), length = x.Shape[axis], inner = MilValue.ElementCount(x.Shape.Skip(axis + 1).ToArray());
        int[] shape = x.Shape.Take(axis).Concat(indices.Shape.Skip(batchDims)).Concat(x.Shape.Skip(axis + 1)).ToArray();
        MilValue y = context.Output(shape, x.Type);
        int count = batches == 0 ? 0 : indices.Count / batches;
        string where = context.Location;
        context.Run(() =>
        {
            for (int b = 0; b < batches; b++)
            {
                for (int o = 0; o < outer; o++)
                {
                    int slice = (b * outer) + o;
                    for (int i = 0; i < count; i++)
                    {
                        int index = Index(indices.Data[(b * count) + i], length, where);
                        Array.Copy(x.Data, ((slice * length) + index) * inner, y.Data, ((slice * count) + i) * inner, inner);
                    }
                }
            }
        });
    }

    private static void GatherAlongAxis(OpContext context)
    {
        MilValue x = context.Input("x"), indices = context.Input("indices");
        int axis = context.Axis(context.Int("axis", 0), x.Rank);
        if (indices.Rank != x.Rank || indices.Shape.Where((d, i) => i != axis && d != x.Shape[i]).Any())
        {
            throw context.Fail("its indices " + OpContext.Shape(indices.Shape) + " must match x " + OpContext.Shape(x.Shape) + " outside the axis.");
        }

        MilValue y = context.Output(indices.Shape, x.Type);
        int inner = MilValue.ElementCount(x.Shape.Skip(axis + 1).ToArray()), length = x.Shape[axis], picked = indices.Shape[axis];
        string where = context.Location;
        context.Run(() =>
        {
            for (int i = 0; i < indices.Count; i++)
            {
                int post = i % inner, pre = i / inner / Math.Max(picked, 1);
                int index = Index(indices.Data[i], length, where);
                y.Data[i] = x.Data[(pre * length + index) * inner + post];
            }
        });
    }

    private static int Index(float value, int length, string where)
    {
        int index = (int)value;
        if (index < 0)
        {
            index += length;
        }

        return index >= 0 && index < length && index == (int)value + (value < 0 ? length : 0)
            ? index
            : throw new CoreMLException(where + ": the index " + value.ToString(CultureInfo.InvariantCulture) + " is outside an axis of " + length.ToString(CultureInfo.InvariantCulture) + " entries.");
    }

    private static bool[] Mask(OpContext context, string name, int rank)
    {
        if (!context.Has(name))
        {
            return new bool[rank];
        }

        int[] values = context.Ints(name);
        return values.Length == rank ? values.Select(v => v != 0).ToArray() : throw context.Fail("its " + name + " must have " + rank.ToString(CultureInfo.InvariantCulture) + " values.");
    }

    private static int Clamp(int value, int low, int high) => Math.Min(Math.Max(value, low), high);
}
