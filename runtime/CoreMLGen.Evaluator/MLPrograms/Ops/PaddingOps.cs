using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>pad</c>: the last N axes (pad has 2N values, before/after per axis) padded in mode <c>constant</c>
/// (<c>constant_val</c>), <c>reflect</c> (mirrored without repeating the edge, at most size − 1) or <c>replicate</c>
/// (the edge repeated, at most size). Each output position's source is resolved once at compile time.
/// </summary>
internal static class PaddingOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["pad"] = Pad;
    }

    private static void Pad(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] pad = context.Ints("pad");
        string mode = context.Text("mode", "constant");
        float value = context.Float("constant_val", 0f);
        if (pad.Length % 2 != 0 || pad.Length / 2 > x.Rank || pad.Any(p => p < 0))
        {
            throw context.Fail("its pad [" + string.Join(", ", pad) + "] must hold a non-negative before/after pair for each of the last axes of " + OpContext.Shape(x.Shape) + ".");
        }

        if (mode is not ("constant" or "reflect" or "replicate"))
        {
            throw context.Fail("its mode '" + mode + "' is not constant, reflect or replicate.");
        }

        int first = x.Rank - pad.Length / 2;
        int[] shape = (int[])x.Shape.Clone();
        var sources = new int[x.Rank][];
        for (int d = 0; d < x.Rank; d++)
        {
            int before = d >= first ? pad[2 * (d - first)] : 0, after = d >= first ? pad[2 * (d - first) + 1] : 0;
            int limit = mode == "reflect" ? x.Shape[d] - 1 : mode == "replicate" ? x.Shape[d] : int.MaxValue;
            if (before > limit || after > limit || (mode != "constant" && x.Shape[d] == 0 && before + after > 0))
            {
                throw context.Fail("it pads axis " + d.ToString(CultureInfo.InvariantCulture) + " of " + OpContext.Shape(x.Shape) + " by "
                    + before.ToString(CultureInfo.InvariantCulture) + " and " + after.ToString(CultureInfo.InvariantCulture) + "; " + mode + " padding allows at most " + limit.ToString(CultureInfo.InvariantCulture) + ".");
            }

            shape[d] = x.Shape[d] + before + after;
            sources[d] = Enumerable.Range(-before, shape[d]).Select(i => Source(i, x.Shape[d], mode)).ToArray();
        }

        MilValue y = context.Output(shape, x.Type);
        int[] strides = TensorCopy.Strides(x.Shape);
        context.Run(() => Fill(x.Data, y.Data, shape, sources, strides, value));
    }

    // The input index an output index reads along one axis, or −1 for the constant.
    private static int Source(int i, int size, string mode)
    {
        if (i >= 0 && i < size)
        {
            return i;
        }

        return mode switch
        {
            "reflect" => i < 0 ? -i : 2 * (size - 1) - i,
            "replicate" => i < 0 ? 0 : size - 1,
            _ => -1,
        };
    }

    private static void Fill(float[] x, float[] y, int[] shape, int[][] sources, int[] strides, float value)
    {
        int rank = shape.Length, count = MilValue.ElementCount(shape);
        var index = new int[rank];
        for (int o = 0; o < count; o++)
        {
            int offset = 0;
            for (int d = 0; d < rank && offset >= 0; d++)
            {
                int s = sources[d][index[d]];
                offset = s < 0 ? -1 : offset + s * strides[d];
            }

            y[o] = offset < 0 ? value : x[offset];
            for (int d = rank - 1; d >= 0; d--)
            {
                if (++index[d] < shape[d])
                {
                    break;
                }

                index[d] = 0;
            }
        }
    }
}
