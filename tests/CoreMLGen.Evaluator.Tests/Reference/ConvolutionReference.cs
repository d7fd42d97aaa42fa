using System;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Padding of one spatial axis written from the ValidPadding / SamePadding formulas of NeuralNetwork.proto.</summary>
internal readonly record struct AxisPadding(int Output, int Before, int After)
{
    public static AxisPadding Valid(int input, int extent, int stride, int before, int after) =>
        new((input + before + after - extent) / stride + 1, before, after);

    public static AxisPadding Same(int input, int extent, int stride, bool topLeftHeavy)
    {
        int output = (int)Math.Ceiling(input / (double)stride);
        int total = Math.Max(0, (output - 1) * stride + extent - input);
        return topLeftHeavy ? new AxisPadding(output, total - total / 2, total / 2) : new AxisPadding(output, total / 2, total - total / 2);
    }
}

/// <summary>Float64 direct convolution: y[n, o, i, j] = b[o] + Σ w[o, c, p, q]·x[n, g·Kc + c, i·s − pad + p·d, j·s − pad + q·d].</summary>
internal static class ConvolutionReference
{
    public static double[] Convolve(
        double[] x, int[] shape, double[] w, double[]? bias, int outputChannels, int groups,
        int kH, int kW, int sH, int sW, int dH, int dW, Func<int, int, int, AxisPadding> padH, Func<int, int, int, AxisPadding> padW, out int[] outShape)
    {
        int rank = shape.Length;
        int batch = shape.Take(rank - 3).Aggregate(1, (p, d) => p * d);
        int cin = shape[rank - 3], h = shape[rank - 2], wd = shape[rank - 1];
        int kc = cin / groups;
        AxisPadding ph = padH(h, (kH - 1) * dH + 1, sH);
        AxisPadding pw = padW(wd, (kW - 1) * dW + 1, sW);
        outShape = (int[])shape.Clone();
        outShape[rank - 3] = outputChannels;
        outShape[rank - 2] = ph.Output;
        outShape[rank - 1] = pw.Output;
        var y = new double[batch * outputChannels * ph.Output * pw.Output];
        int perGroup = outputChannels / groups;
        for (int n = 0; n < batch; n++)
        {
            for (int o = 0; o < outputChannels; o++)
            {
                int g = o / perGroup;
                for (int i = 0; i < ph.Output; i++)
                {
                    for (int j = 0; j < pw.Output; j++)
                    {
                        double sum = bias?[o] ?? 0;
                        for (int c = 0; c < kc; c++)
                        {
                            for (int p = 0; p < kH; p++)
                            {
                                for (int q = 0; q < kW; q++)
                                {
                                    int r = i * sH - ph.Before + p * dH;
                                    int s = j * sW - pw.Before + q * dW;
                                    if (r < 0 || r >= h || s < 0 || s >= wd)
                                    {
                                        continue;
                                    }

                                    sum += w[((o * kc + c) * kH + p) * kW + q] * x[((n * cin + g * kc + c) * h + r) * wd + s];
                                }
                            }
                        }

                        y[((n * outputChannels + o) * ph.Output + i) * pw.Output + j] = sum;
                    }
                }
            }
        }

        return y;
    }
}

/// <summary>
/// Float64 transposed convolution: the full result F[n, o, i·s + p, j·s + q] += w[c, o − g·Co, p, q]·x[n, c, i, j]
/// ((H − 1)·s + kH rows), then rows [cropTop, cropTop + outH) (zeros past the end) plus the bias.
/// </summary>
internal static class DeconvolutionReference
{
    public static double[] Deconvolve(
        double[] x, int[] shape, double[] w, double[]? bias, int outputChannels, int groups, int kH, int kW, int sH, int sW,
        int outH, int outW, int cropTop, int cropLeft, out int[] outShape)
    {
        int rank = shape.Length;
        int batch = shape.Take(rank - 3).Aggregate(1, (p, d) => p * d);
        int cin = shape[rank - 3], h = shape[rank - 2], wd = shape[rank - 1];
        int inPerGroup = cin / groups, outPerGroup = outputChannels / groups;
        outShape = (int[])shape.Clone();
        outShape[rank - 3] = outputChannels;
        outShape[rank - 2] = outH;
        outShape[rank - 1] = outW;
        var y = new double[batch * outputChannels * outH * outW];
        for (int n = 0; n < batch; n++)
        {
            for (int o = 0; o < outputChannels; o++)
            {
                for (int k = 0; k < outH * outW; k++)
                {
                    y[(n * outputChannels + o) * outH * outW + k] = bias?[o] ?? 0;
                }
            }

            for (int c = 0; c < cin; c++)
            {
                int g = c / inPerGroup;
                for (int i = 0; i < h; i++)
                {
                    for (int j = 0; j < wd; j++)
                    {
                        double v = x[((n * cin + c) * h + i) * wd + j];
                        for (int ol = 0; ol < outPerGroup; ol++)
                        {
                            for (int p = 0; p < kH; p++)
                            {
                                for (int q = 0; q < kW; q++)
                                {
                                    int r = i * sH + p - cropTop, s = j * sW + q - cropLeft;
                                    if (r >= 0 && r < outH && s >= 0 && s < outW)
                                    {
                                        int o = g * outPerGroup + ol;
                                        y[((n * outputChannels + o) * outH + r) * outW + s] += w[((c * outPerGroup + ol) * kH + p) * kW + q] * v;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return y;
    }
}
