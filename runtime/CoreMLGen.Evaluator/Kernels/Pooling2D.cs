using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// 2-D pooling of planes: <c>planes</c> row-major [H, W] inputs give as many [outH, outW] outputs. Positions past the
/// padded border (possible when the last window overhangs it) never count. Global pooling is one window covering the
/// plane (kernel = input, no padding).
/// </summary>
internal static class Pooling2D
{
    public static void Apply(ReadOnlySpan<float> x, Span<float> y, int planes, WindowAxis height, WindowAxis width, PoolingKind kind, bool excludePadding)
    {
        int inH = height.Input, inW = width.Input;
        int outH = height.Output, outW = width.Output;
        for (int plane = 0; plane < planes; plane++)
        {
            ReadOnlySpan<float> source = x.Slice(plane * inH * inW, inH * inW);
            Span<float> target = y.Slice(plane * outH * outW, outH * outW);
            for (int oh = 0; oh < outH; oh++)
            {
                height.Range(oh, out int h0, out int h1, out int hPadded);
                for (int ow = 0; ow < outW; ow++)
                {
                    width.Range(ow, out int w0, out int w1, out int wPadded);
                    target[oh * outW + ow] = Pool(source, inW, h0, h1, w0, w1, excludePadding ? -1 : hPadded * wPadded, kind);
                }
            }
        }
    }

    // paddedCount < 0: divide an average by the input values only.
    private static float Pool(ReadOnlySpan<float> source, int width, int h0, int h1, int w0, int w1, int paddedCount, PoolingKind kind)
    {
        int count = (h1 - h0) * (w1 - w0);
        if (count <= 0)
        {
            return 0f;
        }

        if (kind == PoolingKind.Max)
        {
            float max = float.NegativeInfinity;
            for (int h = h0; h < h1; h++)
            {
                for (int w = w0; w < w1; w++)
                {
                    float v = source[h * width + w];
                    if (float.IsNaN(v))
                    {
                        return v;
                    }

                    if (v > max)
                    {
                        max = v;
                    }
                }
            }

            return max;
        }

        bool squares = kind == PoolingKind.L2;
        double sum = 0;
        for (int h = h0; h < h1; h++)
        {
            for (int w = w0; w < w1; w++)
            {
                double v = source[h * width + w];
                sum += squares ? v * v : v;
            }
        }

        return squares ? (float)Math.Sqrt(sum) : (float)(sum / (paddedCount < 0 ? count : paddedCount));
    }
}
