using System;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>pad, upsample_nearest_neighbor and upsample_bilinear against float64 loops written here.</summary>
public sealed class PadAndResampleOpTests
{
    [Theory]
    [InlineData("constant", new[] { 1, 2, 0, 3 })]
    [InlineData("reflect", new[] { 2, 1, 3, 0 })]
    [InlineData("replicate", new[] { 3, 2, 1, 4 })]
    [InlineData("constant", new[] { 0, 0, 1, 1, 2, 0 })]
    public void Pad_fills_the_last_axes_by_mode(string mode, int[] pad)
    {
        int[] shape = { 2, 3, 4 };
        float[] x = MilRun.Random(new Random(30), shape);
        var spec = new MilSpecBuilder().Input("x", shape).Ints("p", pad).Text("m", mode).Float("v", 2.5f)
            .Op("pad", "y", "x=x", "pad=p", "mode=m", "constant_val=v").Output("y");
        int first = shape.Length - pad.Length / 2;
        int[] outShape = shape.Select((d, i) => i < first ? d : d + pad[2 * (i - first)] + pad[2 * (i - first) + 1]).ToArray();
        var expected = new double[outShape.Aggregate(1, (p, d) => p * d)];
        for (int o = 0; o < expected.Length; o++)
        {
            int rest = o, source = 0, scale = 1;
            bool constant = false;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                int i = rest % outShape[d] - (d < first ? 0 : pad[2 * (d - first)]);
                rest /= outShape[d];
                int n = shape[d];
                if (i < 0 || i >= n)
                {
                    if (mode == "constant")
                    {
                        constant = true;
                    }

                    i = mode == "reflect" ? (i < 0 ? -i : 2 * n - 2 - i) : Math.Clamp(i, 0, n - 1);
                }

                source += i * scale;
                scale *= n;
            }

            expected[o] = constant ? 2.5 : x[source];
        }

        MilRun.AssertClose(expected, outShape, MilRun.Predict(spec, "y", ("x", x, shape)));
    }

    [Fact]
    public void Reflect_padding_past_the_edge_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2, 3 }).Ints("p", 0, 3).Text("m", "reflect")
            .Op("pad", "y", "x=x", "pad=p", "mode=m").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("reflect padding allows at most 2", error.Message);
    }

    [Theory]
    [InlineData(2f, 3f)]
    [InlineData(1.5f, 2.5f)]
    [InlineData(1f, 0.5f)]
    public void Upsample_nearest_reads_floor_of_i_times_in_over_out(float scaleH, float scaleW)
    {
        int[] shape = { 2, 3, 4 };
        float[] x = MilRun.Random(new Random(31), shape);
        var spec = new MilSpecBuilder().Input("x", shape).Float("sh", scaleH).Float("sw", scaleW)
            .Op("upsample_nearest_neighbor", "y", "x=x", "scale_factor_height=sh", "scale_factor_width=sw").Output("y");
        int oh = (int)Math.Floor(3 * scaleH), ow = (int)Math.Floor(4 * scaleW);
        var expected = new double[2 * oh * ow];
        for (int c = 0; c < 2; c++)
        {
            for (int i = 0; i < oh; i++)
            {
                for (int j = 0; j < ow; j++)
                {
                    expected[(c * oh + i) * ow + j] = x[(c * 3 + i * 3 / oh) * 4 + j * 4 / ow];
                }
            }
        }

        MilRun.AssertClose(expected, new[] { 2, oh, ow }, MilRun.Predict(spec, "y", ("x", x, shape)));
    }

    [Theory]
    [InlineData(true, false, 2f)]
    [InlineData(false, true, 2f)]
    [InlineData(false, false, 2f)]
    [InlineData(false, true, 1.5f)]
    [InlineData(true, false, 0.5f)]
    public void Upsample_bilinear_samples_the_documented_grid(bool alignCorners, bool halfPixel, float scale)
    {
        int[] shape = { 1, 2, 3, 4 };
        float[] x = MilRun.Random(new Random(32), shape);
        var spec = new MilSpecBuilder().Input("x", shape).Float("sh", scale).Float("sw", scale).Bool("ac", alignCorners).Bool("hp", halfPixel)
            .Op("upsample_bilinear", "y", "x=x", "scale_factor_height=sh", "scale_factor_width=sw", "align_corners=ac", "half_pixel_centers=hp").Output("y");
        int oh = (int)Math.Floor(3 * scale), ow = (int)Math.Floor(4 * scale);
        double Grid(int i, int input, int output)
        {
            double g = alignCorners ? (output > 1 ? i * (input - 1.0) / (output - 1) : 0) : halfPixel ? (i + 0.5) * input / output - 0.5 : (double)i * input / output;
            return Math.Min(Math.Max(g, 0), input - 1);
        }

        var expected = new double[2 * oh * ow];
        for (int c = 0; c < 2; c++)
        {
            for (int i = 0; i < oh; i++)
            {
                for (int j = 0; j < ow; j++)
                {
                    double gy = Grid(i, 3, oh), gx = Grid(j, 4, ow);
                    int y0 = (int)gy, x0 = (int)gx, y1 = Math.Min(y0 + 1, 2), x1 = Math.Min(x0 + 1, 3);
                    double fy = gy - y0, fx = gx - x0;
                    double At(int yy, int xx) => x[(c * 3 + yy) * 4 + xx];
                    expected[(c * oh + i) * ow + j] = (1 - fy) * ((1 - fx) * At(y0, x0) + fx * At(y0, x1)) + fy * ((1 - fx) * At(y1, x0) + fx * At(y1, x1));
                }
            }
        }

        MilRun.AssertClose(expected, new[] { 1, 2, oh, ow }, MilRun.Predict(spec, "y", ("x", x, shape)));
    }

    [Fact]
    public void Upsample_bilinear_defaults_to_align_corners()
    {
        int[] shape = { 1, 1, 2 };
        var spec = new MilSpecBuilder().Input("x", shape).Float("sw", 2.5f).Op("upsample_bilinear", "y", "x=x", "scale_factor_width=sw").Output("y");
        // Xin = 2, Xout = 5, align_corners: grid 0, 0.25, 0.5, 0.75, 1 (coremltools' documented example).
        MilRun.AssertClose(new[] { 0, 0.25, 0.5, 0.75, 1 }, new[] { 1, 1, 5 }, MilRun.Predict(spec, "y", ("x", new[] { 0f, 1f }, shape)));
    }
}
