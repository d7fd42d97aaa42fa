using System;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>
/// The convolution kernel unrolls the windows of 256 output pixels at a time, so a tile may start or end inside an
/// output row, and a row's run inside a tile may lie wholly in the left or right padding. Planes of more than 256
/// output pixels with wide, unequal padding check those runs against direct loops.
/// </summary>
public sealed class ConvolutionTilingTests
{
    // 46 outputs a row: the tile boundary at pixel 256 leaves a run of row 5 wholly in the left padding; 66 a row: the
    // run after pixel 256 (row 3) lies wholly in the right padding; stride 2: the per-value path over such runs. 2
    // outputs multiply-add the unrolled rows, 5 go through the GEMM kernel.
    [Theory]
    [InlineData(33, 10, 1, 2)]
    [InlineData(33, 10, 1, 5)]
    [InlineData(0, 30, 1, 2)]
    [InlineData(0, 30, 1, 5)]
    [InlineData(33, 30, 2, 2)]
    [InlineData(33, 30, 2, 5)]
    public void Tiles_that_split_rows_match_direct_loops(int padLeft, int padRight, int stride, int outChannels)
    {
        var random = new Random(5);
        int channels = 2, height = 9, width = 5, kernel = 3;
        int outH = height, outW = (width + padLeft + padRight - kernel) / stride + 1;
        float[] x = MilRun.Random(random, 1, channels, height, width), w = MilRun.Random(random, outChannels, channels, kernel, kernel), b = MilRun.Random(random, outChannels);
        var spec = new MilSpecBuilder().Input("x", new[] { 1, channels, height, width }).Const("w", w, outChannels, channels, kernel, kernel).Const("b", b, outChannels)
            .Text("pt", "custom").Ints("s", 1, stride).Ints("p", 1, 1, padLeft, padRight)
            .Op("conv", "y", "x=x", "weight=w", "bias=b", "pad_type=pt", "strides=s", "pad=p").Output("y");
        var expected = new double[outChannels * outH * outW];
        for (int o = 0; o < outChannels; o++)
        {
            for (int i = 0; i < outH; i++)
            {
                for (int j = 0; j < outW; j++)
                {
                    double sum = b[o];
                    for (int c = 0; c < channels; c++)
                    {
                        for (int p = 0; p < kernel; p++)
                        {
                            for (int q = 0; q < kernel; q++)
                            {
                                int iy = i - 1 + p, ix = j * stride - padLeft + q;
                                if (iy >= 0 && iy < height && ix >= 0 && ix < width)
                                {
                                    sum += (double)w[((o * channels + c) * kernel + p) * kernel + q] * x[(c * height + iy) * width + ix];
                                }
                            }
                        }
                    }

                    expected[(o * outH + i) * outW + j] = sum;
                }
            }
        }

        Assert.True(outH * outW > 256, "the plane must span more than one tile");
        MilRun.AssertClose(expected, new[] { 1, outChannels, outH, outW }, MilRun.Predict(spec, "y", ("x", x, new[] { 1, channels, height, width })));
    }
}
