using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>conv_transpose against a float64 scatter loop written here (every input value spread over its window).</summary>
public sealed class TransposedConvolutionOpTests
{
    [Theory]
    [InlineData("valid", 1, 1, 1, 0, 0, 0)]
    [InlineData("valid", 2, 1, 1, 0, 0, 0)]
    [InlineData("custom", 2, 1, 2, 1, 0, 0)]
    [InlineData("custom", 3, 2, 1, 1, 2, 0)]
    [InlineData("same", 2, 1, 1, 0, 0, 0)]
    [InlineData("same", 3, 1, 2, 0, 0, 0)]
    [InlineData("custom", 2, 1, 1, 1, 1, 1)]
    public void Conv_transpose_2d_matches_a_scatter_loop(string padType, int stride, int dilation, int groups, int padBegin, int padEnd, int extraOutput)
    {
        var random = new Random(20);
        int[] xShape = { 2, 4, 3, 5 };
        int perGroup = 3, outChannels = perGroup * groups, k = 3;
        float[] x = MilRun.Random(random, xShape), w = MilRun.Random(random, 4, perGroup, k, k), b = MilRun.Random(random, outChannels);
        (int Out, int Begin) Axis(int input)
        {
            int natural = (input - 1) * stride + dilation * (k - 1) + 1;
            if (padType == "same")
            {
                return (input * stride, Math.Max(natural - input * stride, 0) / 2);
            }

            int begin = padType == "custom" ? padBegin : 0, end = padType == "custom" ? padEnd : 0;
            return (natural - begin - end + extraOutput, begin);
        }

        (int oh, int ph) = Axis(3);
        (int ow, int pw) = Axis(5);
        var spec = new MilSpecBuilder().Input("x", xShape).Const("w", w, 4, perGroup, k, k).Const("b", b, outChannels)
            .Text("pt", padType).Ints("s", stride, stride).Ints("d", dilation, dilation).Int("g", groups).Ints("p", padBegin, padEnd, padBegin, padEnd);
        var inputs = new List<string> { "x=x", "weight=w", "bias=b", "pad_type=pt", "strides=s", "dilations=d", "groups=g", "pad=p" };
        if (extraOutput > 0)
        {
            spec.Ints("os", 2, outChannels, oh, ow);
            inputs.Add("output_shape=os");
        }

        spec.Op("conv_transpose", "y", inputs.ToArray()).Output("y");
        double[] expected = Scatter(x, xShape, w, b, groups, perGroup, k, stride, dilation, (oh, ph), (ow, pw));
        MilRun.AssertClose(expected, new[] { 2, outChannels, oh, ow }, MilRun.Predict(spec, "y", ("x", x, xShape)));
    }

    [Fact]
    public void Conv_transpose_1d_is_a_2d_one_of_height_1()
    {
        var random = new Random(21);
        int[] xShape = { 1, 2, 4 };
        float[] x = MilRun.Random(random, xShape), w = MilRun.Random(random, 2, 3, 2);
        var spec = new MilSpecBuilder().Input("x", xShape).Const("w", w, 2, 3, 2).Ints("s", 2)
            .Op("conv_transpose", "y", "x=x", "weight=w", "strides=s").Output("y");
        double[] expected = Scatter(x, new[] { 1, 2, 1, 4 }, w, new float[3], 1, 3, 1, 2, 1, (1, 0), (8, 0), kernelWidth: 2);
        MilRun.AssertClose(expected, new[] { 1, 3, 8 }, MilRun.Predict(spec, "y", ("x", x, xShape)));
    }

    [Fact]
    public void A_weight_whose_channels_disagree_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 1, 4, 3, 3 }).Const("w", new float[3 * 2 * 4], 3, 2, 2, 2)
            .Op("conv_transpose", "y", "x=x", "weight=w").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("'conv_transpose'", error.Message);
        Assert.Contains("input channels", error.Message);
    }

    // y[n, oc, ih·s + kh·d − ph, iw·s + kw·d − pw] += w[ic, oc − g·perGroup, kh, kw] · x[n, ic, ih, iw] for ic in group g.
    private static double[] Scatter(float[] x, int[] xShape, float[] w, float[] b, int groups, int perGroup, int kernelHeight, int stride, int dilation, (int Out, int Pad) h, (int Out, int Pad) wAxis, int kernelWidth = 0)
    {
        int kw = kernelWidth == 0 ? kernelHeight : kernelWidth, kh = kernelWidth == 0 ? kernelHeight : 1;
        int strideH = kernelWidth == 0 ? stride : 1;
        int batch = xShape[0], channels = xShape[1], inH = xShape[2], inW = xShape[3], outChannels = perGroup * groups;
        var y = new double[batch * outChannels * h.Out * wAxis.Out];
        for (int n = 0; n < batch; n++)
        {
            for (int oc = 0; oc < outChannels; oc++)
            {
                for (int p = 0; p < h.Out * wAxis.Out; p++)
                {
                    y[(n * outChannels + oc) * h.Out * wAxis.Out + p] = b[oc];
                }
            }

            for (int ic = 0; ic < channels; ic++)
            {
                int g = ic / (channels / groups);
                for (int i = 0; i < inH; i++)
                {
                    for (int j = 0; j < inW; j++)
                    {
                        double v = x[((n * channels + ic) * inH + i) * inW + j];
                        for (int o = 0; o < perGroup; o++)
                        {
                            for (int p = 0; p < kh; p++)
                            {
                                for (int q = 0; q < kw; q++)
                                {
                                    int oy = i * strideH + p * dilation - h.Pad, ox = j * stride + q * dilation - wAxis.Pad;
                                    if (oy >= 0 && oy < h.Out && ox >= 0 && ox < wAxis.Out)
                                    {
                                        int oc = g * perGroup + o;
                                        y[((n * outChannels + oc) * h.Out + oy) * wAxis.Out + ox] += v * w[((ic * perGroup + o) * kh + p) * kw + q];
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
