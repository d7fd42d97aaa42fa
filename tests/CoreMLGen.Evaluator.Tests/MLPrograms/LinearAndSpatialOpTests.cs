using System;
using System.Linq;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>linear, matmul, conv and pooling against float64 loops written here.</summary>
public sealed class LinearAndSpatialOpTests
{
    [Fact]
    public void Linear_multiplies_the_last_axis_by_the_weight_rows()
    {
        var random = new Random(10);
        float[] x = MilRun.Random(random, 2, 3, 5), w = MilRun.Random(random, 4, 5), b = MilRun.Random(random, 4);
        var spec = new MilSpecBuilder().Input("x", new[] { 2, 3, 5 }).Const("w", w, 4, 5).Const("b", b, 4)
            .Op("linear", "y", "x=x", "weight=w", "bias=b").Output("y");
        var expected = new double[6 * 4];
        for (int r = 0; r < 6; r++)
        {
            for (int o = 0; o < 4; o++)
            {
                double sum = b[o];
                for (int k = 0; k < 5; k++)
                {
                    sum += (double)x[r * 5 + k] * w[o * 5 + k];
                }

                expected[r * 4 + o] = sum;
            }
        }

        MilRun.AssertClose(expected, new[] { 2, 3, 4 }, MilRun.Predict(spec, "y", ("x", x, new[] { 2, 3, 5 })));
    }

    [Theory]
    [InlineData(new[] { 2, 3, 4 }, new[] { 2, 4, 5 }, false, false)]
    [InlineData(new[] { 2, 4, 3 }, new[] { 5, 4 }, true, true)]
    [InlineData(new[] { 3, 1, 2, 4 }, new[] { 2, 4, 3 }, false, false)]
    [InlineData(new[] { 4 }, new[] { 2, 4, 3 }, false, false)]
    [InlineData(new[] { 2, 3, 4 }, new[] { 4 }, false, false)]
    [InlineData(new[] { 3, 4 }, new[] { 6, 4 }, false, true)]
    public void Matmul_honours_transposes_batch_broadcasting_and_rank_1(int[] xShape, int[] yShape, bool tx, bool ty)
    {
        var random = new Random(11);
        float[] x = MilRun.Random(random, xShape), y = MilRun.Random(random, yShape);
        var spec = new MilSpecBuilder().Input("x", xShape).Input("y", yShape).Bool("tx", tx).Bool("ty", ty)
            .Op("matmul", "z", "x=x", "y=y", "transpose_x=tx", "transpose_y=ty").Output("z");
        double[] expected = MatMul(x, xShape, y, yShape, tx, ty, out int[] shape);
        MilRun.AssertClose(expected, shape, MilRun.Predict(spec, "z", ("x", x, xShape), ("y", y, yShape)));
    }

    [Theory]
    [InlineData("valid", 1, 1, 1, 0, 0)]
    [InlineData("same", 1, 1, 1, 0, 0)]
    [InlineData("custom", 2, 1, 1, 1, 2)]
    [InlineData("custom", 1, 2, 2, 2, 1)]
    [InlineData("same", 2, 1, 2, 0, 0)]
    public void Conv2d_matches_direct_loops(string padType, int stride, int dilation, int groups, int padBegin, int padEnd)
    {
        var random = new Random(12);
        int[] xShape = { 2, 4, 7, 6 };
        int outChannels = 6, k = 3;
        float[] x = MilRun.Random(random, xShape), w = MilRun.Random(random, outChannels, 4 / groups, k, k), b = MilRun.Random(random, outChannels);
        var spec = new MilSpecBuilder().Input("x", xShape).Const("w", w, outChannels, 4 / groups, k, k).Const("b", b, outChannels)
            .Text("pt", padType).Ints("s", stride, stride).Ints("d", dilation, dilation).Int("g", groups).Ints("p", padBegin, padEnd, padBegin, padEnd)
            .Op("conv", "y", "x=x", "weight=w", "bias=b", "pad_type=pt", "strides=s", "dilations=d", "groups=g", "pad=p").Output("y");
        (int Out, int Begin) Axis(int input)
        {
            int extent = dilation * (k - 1) + 1;
            if (padType == "same")
            {
                int output = (input + stride - 1) / stride, total = Math.Max((output - 1) * stride + extent - input, 0);
                return (output, total / 2);
            }

            int pb = padType == "custom" ? padBegin : 0, pe = padType == "custom" ? padEnd : 0;
            return ((input + pb + pe - extent) / stride + 1, pb);
        }

        (int oh, int ph) = Axis(7);
        (int ow, int pw) = Axis(6);
        var expected = new double[2 * outChannels * oh * ow];
        int perGroup = outChannels / groups, cg = 4 / groups;
        for (int n = 0; n < 2; n++)
        {
            for (int o = 0; o < outChannels; o++)
            {
                for (int i = 0; i < oh; i++)
                {
                    for (int j = 0; j < ow; j++)
                    {
                        double sum = b[o];
                        for (int c = 0; c < cg; c++)
                        {
                            for (int p = 0; p < k; p++)
                            {
                                for (int q = 0; q < k; q++)
                                {
                                    int iy = i * stride - ph + p * dilation, ix = j * stride - pw + q * dilation;
                                    if (iy >= 0 && iy < 7 && ix >= 0 && ix < 6)
                                    {
                                        sum += (double)w[((o * cg + c) * k + p) * k + q] * x[((n * 4 + o / perGroup * cg + c) * 7 + iy) * 6 + ix];
                                    }
                                }
                            }
                        }

                        expected[((n * outChannels + o) * oh + i) * ow + j] = sum;
                    }
                }
            }
        }

        MilRun.AssertClose(expected, new[] { 2, outChannels, oh, ow }, MilRun.Predict(spec, "y", ("x", x, xShape)));
    }

    [Fact]
    public void Conv1d_is_a_2d_convolution_of_height_1()
    {
        var random = new Random(13);
        float[] x = MilRun.Random(random, 1, 3, 8), w = MilRun.Random(random, 2, 3, 3);
        var spec = new MilSpecBuilder().Input("x", new[] { 1, 3, 8 }).Const("w", w, 2, 3, 3).Text("pt", "custom").Ints("p", 1, 1)
            .Op("conv", "y", "x=x", "weight=w", "pad_type=pt", "pad=p").Output("y");
        var expected = new double[2 * 8];
        for (int o = 0; o < 2; o++)
        {
            for (int j = 0; j < 8; j++)
            {
                for (int c = 0; c < 3; c++)
                {
                    for (int q = 0; q < 3; q++)
                    {
                        int ix = j - 1 + q;
                        expected[o * 8 + j] += ix is >= 0 and < 8 ? (double)w[(o * 3 + c) * 3 + q] * x[c * 8 + ix] : 0;
                    }
                }
            }
        }

        MilRun.AssertClose(expected, new[] { 1, 2, 8 }, MilRun.Predict(spec, "y", ("x", x, new[] { 1, 3, 8 })));
    }

    [Theory]
    [InlineData("max_pool", false, false, 0)]
    [InlineData("avg_pool", false, false, 1)]
    [InlineData("avg_pool", true, false, 1)]
    [InlineData("max_pool", false, true, 0)]
    [InlineData("avg_pool", true, true, 0)]
    public void Pooling_matches_direct_loops(string op, bool excludePadding, bool ceilMode, int pad)
    {
        var random = new Random(14);
        int[] xShape = { 1, 2, 7, 5 };
        float[] x = MilRun.Random(random, xShape);
        var spec = new MilSpecBuilder().Input("x", xShape).Ints("k", 3, 2).Ints("s", 2, 2).Text("pt", "custom").Ints("p", pad, pad, pad, pad)
            .Bool("e", excludePadding).Bool("c", ceilMode);
        string[] inputs = { "x=x", "kernel_sizes=k", "strides=s", "pad_type=pt", "pad=p", "ceil_mode=c" };
        spec.Op(op, "y", op == "avg_pool" ? inputs.Append("exclude_padding_from_average=e").ToArray() : inputs).Output("y");
        int Out(int input, int kernel) => ((input + 2 * pad - kernel) + (ceilMode ? 1 : 0)) / 2 + 1;
        int oh = Out(7, 3), ow = Out(5, 2);
        var expected = new double[2 * oh * ow];
        for (int c = 0; c < 2; c++)
        {
            for (int i = 0; i < oh; i++)
            {
                for (int j = 0; j < ow; j++)
                {
                    double max = double.NegativeInfinity, sum = 0;
                    int inside = 0, counted = 0;
                    for (int p = 0; p < 3; p++)
                    {
                        for (int q = 0; q < 2; q++)
                        {
                            int iy = i * 2 - pad + p, ix = j * 2 - pad + q;
                            if (iy >= 0 && iy < 7 && ix >= 0 && ix < 5)
                            {
                                double v = x[(c * 7 + iy) * 5 + ix];
                                max = Math.Max(max, v);
                                sum += v;
                                inside++;
                            }

                            if (iy < 7 + pad && ix < 5 + pad)
                            {
                                counted++;
                            }
                        }
                    }

                    expected[(c * oh + i) * ow + j] = op == "max_pool" ? max : sum / (excludePadding ? inside : counted);
                }
            }
        }

        MilRun.AssertClose(expected, new[] { 1, 2, oh, ow }, MilRun.Predict(spec, "y", ("x", x, xShape)));
    }

    private static double[] MatMul(float[] x, int[] xShape, float[] y, int[] yShape, bool tx, bool ty, out int[] shape)
    {
        int[] xs = xShape.Length == 1 ? new[] { 1, xShape[0] } : xShape, ys = yShape.Length == 1 ? new[] { yShape[0], 1 } : yShape;
        tx &= xShape.Length > 1;
        ty &= yShape.Length > 1;
        int m = tx ? xs[^1] : xs[^2], k = tx ? xs[^2] : xs[^1], n = ty ? ys[^2] : ys[^1];
        int[] bx = xs[..^2], by = ys[..^2];
        int rank = Math.Max(bx.Length, by.Length);
        int[] batch = Enumerable.Range(0, rank).Select(i => Math.Max(i - (rank - bx.Length) >= 0 ? bx[i - (rank - bx.Length)] : 1, i - (rank - by.Length) >= 0 ? by[i - (rank - by.Length)] : 1)).ToArray();
        int batches = batch.Aggregate(1, (p, d) => p * d);
        var result = new double[batches * m * n];
        for (int bi = 0; bi < batches; bi++)
        {
            int ox = Offset(bi, batch, bx) * m * k, oy = Offset(bi, batch, by) * k * n;
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double sum = 0;
                    for (int p = 0; p < k; p++)
                    {
                        sum += (double)x[ox + (tx ? p * m + i : i * k + p)] * y[oy + (ty ? j * k + p : p * n + j)];
                    }

                    result[(bi * m + i) * n + j] = sum;
                }
            }
        }

        var outShape = batch.ToList();
        if (xShape.Length > 1)
        {
            outShape.Add(m);
        }

        if (yShape.Length > 1)
        {
            outShape.Add(n);
        }

        shape = outShape.ToArray();
        return result;
    }

    private static int Offset(int index, int[] batch, int[] own)
    {
        int offset = 0, stride = 1;
        for (int d = batch.Length - 1; d >= 0; d--)
        {
            int coordinate = index % batch[d];
            index /= batch[d];
            int k = d - (batch.Length - own.Length);
            if (k >= 0)
            {
                offset += (own[k] == 1 ? 0 : coordinate) * stride;
                stride *= own[k];
            }
        }

        return offset;
    }
}
