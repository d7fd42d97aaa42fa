using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>conv</c> over 1 or 2 spatial dimensions (groups, strides, dilations, every pad type): the input window of every
/// output position is gathered into a row (im2col) and multiplied by the weights, packed once at load, with the shared GEMM.
/// </summary>
internal static class ConvolutionOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["conv"] = Conv;
    }

    private static void Conv(OpContext context)
    {
        MilValue x = context.Input("x"), weight = context.Constant("weight");
        int spatial = SpatialWindow.SpatialRank(context, x, weight);

        int groups = context.Int("groups", 1);
        int batch = x.Shape[0], channels = x.Shape[1], outChannels = weight.Shape[0], groupChannels = weight.Shape[1];
        if (groups < 1 || channels != groupChannels * groups || outChannels % groups != 0)
        {
            throw context.Fail("its " + channels.ToString(CultureInfo.InvariantCulture) + " input channels, weight " + OpContext.Shape(weight.Shape)
                + " and groups " + groups.ToString(CultureInfo.InvariantCulture) + " do not agree.");
        }

        // A 1-D convolution is a 2-D one of height 1.
        int[] inputSpatial = x.Shape.Skip(2).ToArray(), kernel = weight.Shape.Skip(2).ToArray();
        SpatialWindow[] windows = SpatialWindow.Resolve(context, inputSpatial, kernel);
        SpatialWindow height = spatial == 2 ? windows[0] : SpatialWindow.Unit, width = windows[spatial - 1];
        int outPerGroup = outChannels / groups, window = groupChannels * height.Kernel * width.Kernel;
        int positions = height.Output * width.Output, inPlane = height.Input * width.Input;
        MatrixProducts[] products = Enumerable.Range(0, groups)
            .Select(g => MatrixProducts.FromOutputRows(weight.Span.Slice(g * outPerGroup * window, outPerGroup * window), outPerGroup, window))
            .ToArray();
        MilValue y = context.Output(new[] { batch, outChannels }.Concat(windows.Select(w => w.Output)).ToArray());
        float[] biasValues = context.Vector("bias", outChannels) ?? new float[outChannels];
        float[] columns = new float[positions * window], product = new float[positions * outPerGroup];
        context.Run(() =>
        {
            for (int n = 0; n < batch; n++)
            {
                for (int g = 0; g < groups; g++)
                {
                    Gather(x.Data, (n * channels + g * groupChannels) * inPlane, groupChannels, height, width, columns);
                    products[g].Multiply(columns, window, 1, positions, product, outPerGroup, ReadOnlySpan<float>.Empty);
                    int outBase = (n * outChannels + g * outPerGroup) * positions;
                    for (int o = 0; o < outPerGroup; o++)
                    {
                        float b = biasValues[g * outPerGroup + o];
                        for (int p = 0; p < positions; p++)
                        {
                            y.Data[outBase + o * positions + p] = product[p * outPerGroup + o] + b;
                        }
                    }
                }
            }
        });
    }

    // columns[p, (c, i, j)] = x[c, oy·stride − pad + i·dilation, ox·stride − pad + j·dilation], 0 outside the input.
    private static void Gather(float[] x, int start, int channels, SpatialWindow h, SpatialWindow w, float[] columns)
    {
        int window = channels * h.Kernel * w.Kernel, plane = h.Input * w.Input;
        for (int oy = 0; oy < h.Output; oy++)
        {
            for (int ox = 0; ox < w.Output; ox++)
            {
                int row = (oy * w.Output + ox) * window, column = 0;
                for (int c = 0; c < channels; c++)
                {
                    for (int i = 0; i < h.Kernel; i++)
                    {
                        int iy = oy * h.Stride - h.PadBegin + i * h.Dilation;
                        for (int j = 0; j < w.Kernel; j++, column++)
                        {
                            int ix = ox * w.Stride - w.PadBegin + j * w.Dilation;
                            columns[row + column] = iy >= 0 && iy < h.Input && ix >= 0 && ix < w.Input ? x[start + c * plane + iy * w.Input + ix] : 0f;
                        }
                    }
                }
            }
        }
    }
}
