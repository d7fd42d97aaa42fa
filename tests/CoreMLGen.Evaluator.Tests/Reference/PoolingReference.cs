using System;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>
/// Float64 pooling: MAX ignores padding, AVERAGE divides by the window's size inside the padded input (or by the real
/// values only with excludePadding), L2 is √Σx² (padding counts as 0).
/// </summary>
internal static class PoolingReference
{
    /// <summary>The includeLastPixel output size (ValidCompletePadding formula, symmetric pad).</summary>
    public static int IncludeLastPixelOutput(int input, int kernel, int stride, int pad)
    {
        int output = (int)Math.Ceiling((input + 2 * pad - kernel) / (double)stride) + 1;
        if (pad > 0 && (output - 1) * stride >= input + pad)
        {
            output--;
        }

        return output;
    }

    public static double[] Pool(string type, double[] x, int[] shape, int kH, int kW, int sH, int sW, AxisPadding ph, AxisPadding pw, bool excludePadding, out int[] outShape)
    {
        int rank = shape.Length;
        int planes = shape.Take(rank - 2).Aggregate(1, (p, d) => p * d);
        int h = shape[rank - 2], w = shape[rank - 1];
        outShape = (int[])shape.Clone();
        outShape[rank - 2] = ph.Output;
        outShape[rank - 1] = pw.Output;
        var y = new double[planes * ph.Output * pw.Output];
        for (int n = 0; n < planes; n++)
        {
            for (int i = 0; i < ph.Output; i++)
            {
                for (int j = 0; j < pw.Output; j++)
                {
                    double max = double.NegativeInfinity, sum = 0, squares = 0;
                    int real = 0, padded = 0;
                    for (int p = 0; p < kH; p++)
                    {
                        for (int q = 0; q < kW; q++)
                        {
                            int r = i * sH - ph.Before + p;
                            int s = j * sW - pw.Before + q;
                            bool insidePadded = r >= -ph.Before && r < h + ph.After && s >= -pw.Before && s < w + pw.After;
                            padded += insidePadded ? 1 : 0;
                            if (r < 0 || r >= h || s < 0 || s >= w)
                            {
                                continue;
                            }

                            double v = x[(n * h + r) * w + s];
                            real++;
                            max = Math.Max(max, v);
                            sum += v;
                            squares += v * v;
                        }
                    }

                    y[(n * ph.Output + i) * pw.Output + j] = type switch
                    {
                        "MAX" => max,
                        "AVERAGE" => sum / (excludePadding ? real : padded),
                        _ => Math.Sqrt(squares),
                    };
                }
            }
        }

        return y;
    }
}
