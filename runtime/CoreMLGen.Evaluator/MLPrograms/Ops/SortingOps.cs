using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>topk</c> (values and int32 indices of the k largest, or smallest with ascending; iOS 16's sort and
/// return_indices) and <c>argsort</c> along one axis (default descending). Equal values keep their order (the lower
/// index first); NaN sorts below every number.
/// </summary>
internal static class SortingOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["topk"] = TopK;
        builders["argsort"] = ArgSort;
    }

    private static void TopK(OpContext context)
    {
        MilValue x = context.Input("x");
        int axis = context.Axis(context.Int("axis", -1), x.Rank);
        int k = context.Int("k", 1), length = x.Shape[axis];
        if (k < 1 || k > length)
        {
            throw context.Fail("its k " + k.ToString(CultureInfo.InvariantCulture) + " is not between 1 and the " + length.ToString(CultureInfo.InvariantCulture) + " entries of axis " + axis.ToString(CultureInfo.InvariantCulture) + ".");
        }

        bool ascending = context.Bool("ascending", false), indicesToo = context.Bool("return_indices", true);
        int[] shape = (int[])x.Shape.Clone();
        shape[axis] = k;
        MilValue values = context.Output(shape, x.Type);
        MilValue? indices = indicesToo ? context.Output(shape, DataType.Int32) : null;
        Sorter sorter = new(x.Shape, axis, ascending);
        context.Run(() => sorter.Run(x.Data, k, values.Data, indices?.Data));
    }

    private static void ArgSort(OpContext context)
    {
        MilValue x = context.Input("x");
        int axis = context.Axis(context.Int("axis", -1), x.Rank);
        MilValue indices = context.Output(x.Shape, DataType.Int32);
        Sorter sorter = new(x.Shape, axis, context.Bool("ascending", false));
        context.Run(() => sorter.Run(x.Data, x.Shape[axis], null, indices.Data));
    }

    // Sorts every line along the axis ([outer, length, inner] view) and writes its first `keep` entries.
    private sealed class Sorter
    {
        private readonly int _outer;
        private readonly int _length;
        private readonly int _inner;
        private readonly bool _ascending;
        private readonly int[] _order;
        private readonly float[] _line;
        private readonly Comparison<int> _compare;

        public Sorter(int[] shape, int axis, bool ascending)
        {
            _outer = MilValue.ElementCount(shape.Take(axis).ToArray());
            _length = shape[axis];
            _inner = MilValue.ElementCount(shape.Skip(axis + 1).ToArray());
            _ascending = ascending;
            _order = new int[_length];
            _line = new float[_length];
            _compare = Compare;
        }

        public void Run(float[] x, int keep, float[]? values, float[]? indices)
        {
            for (int o = 0; o < _outer; o++)
            {
                for (int i = 0; i < _inner; i++)
                {
                    for (int j = 0; j < _length; j++)
                    {
                        _line[j] = x[(o * _length + j) * _inner + i];
                        _order[j] = j;
                    }

                    Array.Sort(_order, _compare);
                    for (int j = 0; j < keep; j++)
                    {
                        int target = (o * keep + j) * _inner + i;
                        if (values is not null)
                        {
                            values[target] = _line[_order[j]];
                        }

                        if (indices is not null)
                        {
                            indices[target] = _order[j];
                        }
                    }
                }
            }
        }

        private int Compare(int a, int b)
        {
            int byValue = _line[a].CompareTo(_line[b]);
            return byValue != 0 ? (_ascending ? byValue : -byValue) : a.CompareTo(b);
        }
    }
}
