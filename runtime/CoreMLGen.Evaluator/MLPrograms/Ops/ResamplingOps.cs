using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>upsample_nearest_neighbor</c> and <c>upsample_bilinear</c> of the last two axes (rank 3 or more): the output is
/// floor(size · scale_factor); as MIL documents for bilinear, the sampling grid follows the sizes (the scale recomputed
/// as in/out). Bilinear grids: <c>align_corners</c> (default true) i·(in − 1)/(out − 1); <c>half_pixel_centers</c>
/// (iOS 16, default ¬align_corners) (i + ½)·in/out − ½; neither i·in/out; clamped to [0, in − 1]. Nearest reads
/// floor(i·in/out).
/// </summary>
internal static class ResamplingOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["upsample_nearest_neighbor"] = c => Upsample(c, bilinear: false);
        builders["upsample_bilinear"] = c => Upsample(c, bilinear: true);
    }

    private static void Upsample(OpContext context, bool bilinear)
    {
        MilValue x = context.Input("x");
        if (x.Rank < 3)
        {
            throw context.Fail("its input " + OpContext.Shape(x.Shape) + " has rank below 3.");
        }

        int inH = x.Shape[^2], inW = x.Shape[^1];
        int outH = Scaled(context, "scale_factor_height", inH), outW = Scaled(context, "scale_factor_width", inW);
        bool alignCorners = bilinear && context.Bool("align_corners", true);
        bool halfPixel = bilinear && context.Bool("half_pixel_centers", !alignCorners);
        if (alignCorners && halfPixel)
        {
            throw context.Fail("it sets both align_corners and half_pixel_centers.");
        }

        int[] shape = (int[])x.Shape.Clone();
        shape[^2] = outH;
        shape[^1] = outW;
        MilValue y = context.Output(shape, x.Type);
        int planes = inH * inW == 0 ? 0 : x.Count / (inH * inW);
        Tap[] rows = Taps(inH, outH, bilinear, alignCorners, halfPixel), columns = Taps(inW, outW, bilinear, alignCorners, halfPixel);
        context.Run(() => Resample(x.Data, y.Data, planes, inH * inW, inW, rows, columns));
    }

    private static int Scaled(OpContext context, string parameter, int size)
    {
        float scale = context.Float(parameter, 1f);
        double output = Math.Floor((double)size * scale);
        return scale > 0 && output >= 1 && output <= int.MaxValue ? (int)output
            : throw context.Fail("its " + parameter + " " + scale.ToString(CultureInfo.InvariantCulture) + " gives no output from " + size.ToString(CultureInfo.InvariantCulture) + " values.");
    }

    // Where output index i samples the input along one axis: two neighbours and the weight of the second.
    private static Tap[] Taps(int input, int output, bool bilinear, bool alignCorners, bool halfPixel)
    {
        if (input == 0)
        {
            return Array.Empty<Tap>();
        }

        return Enumerable.Range(0, output).Select(i =>
        {
            if (!bilinear)
            {
                int nearest = (int)Math.Min((long)i * input / output, input - 1);
                return new Tap(nearest, nearest, 0f);
            }

            double grid = alignCorners ? (output > 1 ? i * (input - 1.0) / (output - 1) : 0)
                : halfPixel ? (i + 0.5) * input / output - 0.5
                : (double)i * input / output;
            grid = Math.Clamp(grid, 0, input - 1);
            int low = (int)Math.Floor(grid);
            return new Tap(low, Math.Min(low + 1, input - 1), (float)(grid - low));
        }).ToArray();
    }

    private static void Resample(float[] x, float[] y, int planes, int planeSize, int inW, Tap[] rows, Tap[] columns)
    {
        int o = 0;
        for (int p = 0; p < planes; p++)
        {
            int plane = p * planeSize;
            foreach (Tap row in rows)
            {
                int top = plane + row.Low * inW, bottom = plane + row.High * inW;
                foreach (Tap column in columns)
                {
                    float upper = Lerp(x[top + column.Low], x[top + column.High], column.Weight);
                    y[o++] = row.Weight == 0f ? upper : Lerp(upper, Lerp(x[bottom + column.Low], x[bottom + column.High], column.Weight), row.Weight);
                }
            }
        }
    }

    // An exact grid point reads one value (so infinities do not become NaN).
    private static float Lerp(float a, float b, float weight) => weight == 0f ? a : a + weight * (b - a);

    private readonly record struct Tap(int Low, int High, float Weight);
}
