using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary><c>avg_pool</c> (padding counted or excluded) and <c>max_pool</c> over 1 or 2 spatial dimensions.</summary>
internal static class PoolingOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["avg_pool"] = c => Pool(c, average: true);
        builders["max_pool"] = c => Pool(c, average: false);
    }

    private static void Pool(OpContext context, bool average)
    {
        MilValue x = context.Input("x");
        int spatial = x.Rank - 2;
        if (spatial < 1 || spatial > 2)
        {
            throw context.Fail("it pools a " + OpContext.Shape(x.Shape) + " input; 1 or 2 spatial dimensions are supported.");
        }

        int[] kernel = context.Ints("kernel_sizes");
        if (kernel.Length != spatial)
        {
            throw context.Fail("its kernel_sizes has " + kernel.Length + " values for " + spatial + " spatial dimensions.");
        }

        bool excludePadding = context.Bool("exclude_padding_from_average", false);
        SpatialWindow[] windows = SpatialWindow.Resolve(context, x.Shape.Skip(2).ToArray(), kernel, context.Bool("ceil_mode", false));
        SpatialWindow h = spatial == 2 ? windows[0] : SpatialWindow.Unit, w = windows[spatial - 1];
        int planes = x.Shape[0] * x.Shape[1];
        MilValue y = context.Output(x.Shape.Take(2).Concat(windows.Select(v => v.Output)).ToArray());
        context.Run(() =>
        {
            for (int plane = 0; plane < planes; plane++)
            {
                int inBase = plane * h.Input * w.Input, outBase = plane * h.Output * w.Output;
                for (int oy = 0; oy < h.Output; oy++)
                {
                    for (int ox = 0; ox < w.Output; ox++)
                    {
                        float accumulator = average ? 0f : float.NegativeInfinity;
                        int inside = 0, padded = 0;
                        for (int i = 0; i < h.Kernel; i++)
                        {
                            int iy = oy * h.Stride - h.PadBegin + i;
                            for (int j = 0; j < w.Kernel; j++)
                            {
                                int ix = ox * w.Stride - w.PadBegin + j;
                                bool within = iy >= 0 && iy < h.Input && ix >= 0 && ix < w.Input;
                                // A ceil_mode window may run past the padded input: those positions count for nothing.
                                bool inPadding = iy >= -h.PadBegin && iy < h.Input + h.PadEnd && ix >= -w.PadBegin && ix < w.Input + w.PadEnd;
                                if (within)
                                {
                                    float v = x.Data[inBase + iy * w.Input + ix];
                                    accumulator = average ? accumulator + v : (float.IsNaN(v) || v > accumulator ? v : accumulator);
                                    inside++;
                                }
                                else if (inPadding)
                                {
                                    padded++;
                                }
                            }
                        }

                        int divisor = excludePadding ? inside : inside + padded;
                        y.Data[outBase + oy * w.Output + ox] = average ? (divisor == 0 ? 0f : accumulator / divisor) : accumulator;
                    }
                }
            }
        });
    }
}
