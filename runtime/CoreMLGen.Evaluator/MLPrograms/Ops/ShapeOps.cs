using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>Ops that only change a shape (<c>reshape</c>, <c>squeeze</c>, <c>expand_dims</c>: no copy) and <c>transpose</c>.</summary>
internal static class ShapeOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["reshape"] = Reshape;
        builders["squeeze"] = Squeeze;
        builders["expand_dims"] = ExpandDims;
        builders["transpose"] = Transpose;
    }

    // -1 takes what is left; 0 keeps the input's dimension at that position.
    private static void Reshape(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] requested = context.Ints("shape");
        int[] shape = requested.Select((d, i) => d == 0 && i < x.Rank ? x.Shape[i] : d).ToArray();
        int unknown = Array.IndexOf(shape, -1);
        if (shape.Count(d => d == -1) > 1 || shape.Any(d => d < -1))
        {
            throw context.Fail("its shape " + OpContext.Shape(requested) + " has more than one -1 or a negative dimension.");
        }

        if (unknown >= 0)
        {
            int known = MilValue.ElementCount(shape.Where(d => d != -1).ToArray());
            if (known == 0 || x.Count % known != 0)
            {
                throw context.Fail("its shape " + OpContext.Shape(requested) + " does not divide the " + x.Count.ToString(CultureInfo.InvariantCulture) + " elements of " + OpContext.Shape(x.Shape) + ".");
            }

            shape[unknown] = x.Count / known;
        }

        context.Alias(x, shape);
    }

    private static void Squeeze(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] axes = context.Has("axes")
            ? context.Ints("axes").Select(a => context.Axis(a, x.Rank)).ToArray()
            : Enumerable.Range(0, x.Rank).Where(i => x.Shape[i] == 1).ToArray();
        foreach (int axis in axes.Where(a => x.Shape[a] != 1))
        {
            throw context.Fail("it squeezes axis " + axis.ToString(CultureInfo.InvariantCulture) + " of " + OpContext.Shape(x.Shape) + ", which is not 1.");
        }

        context.Alias(x, x.Shape.Where((d, i) => !axes.Contains(i)).ToArray());
    }

    private static void ExpandDims(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] requested = context.Ints("axes");
        int rank = x.Rank + requested.Length;
        int[] axes = requested.Select(a => context.Axis(a, rank)).ToArray();
        if (axes.Distinct().Count() != axes.Length)
        {
            throw context.Fail("its axes [" + string.Join(", ", requested) + "] repeat.");
        }

        var shape = new int[rank];
        int next = 0;
        for (int i = 0; i < rank; i++)
        {
            shape[i] = axes.Contains(i) ? 1 : x.Shape[next++];
        }

        context.Alias(x, shape);
    }

    private static void Transpose(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] perm = context.Ints("perm").Select(p => context.Axis(p, x.Rank, "permutation entry")).ToArray();
        if (perm.Length != x.Rank || perm.Distinct().Count() != perm.Length)
        {
            throw context.Fail("its perm [" + string.Join(", ", context.Ints("perm")) + "] is not a permutation of the " + x.Rank.ToString(CultureInfo.InvariantCulture) + " axes of " + OpContext.Shape(x.Shape) + ".");
        }

        int[] shape = perm.Select(p => x.Shape[p]).ToArray();
        MilValue y = context.Output(shape);
        int[] inStrides = TensorCopy.Strides(x.Shape);
        int[] sourceStrides = perm.Select(p => inStrides[p]).ToArray(), targetStrides = TensorCopy.Strides(shape);
        context.Run(() => TensorCopy.Run(x.Data, 0, sourceStrides, y.Data, 0, targetStrides, shape));
    }
}
