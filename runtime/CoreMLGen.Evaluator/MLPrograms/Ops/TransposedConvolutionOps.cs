using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>conv_transpose</c> over 1 or 2 spatial dimensions: weight [C_in, C_out / groups, *K], strides, dilations,
/// groups, pad types valid / custom / same and <c>output_shape</c>. The math is the evaluator's
/// <see cref="Convolution2D.Transposed"/> (shared with the neural network deconvolution layer).
/// </summary>
internal static class TransposedConvolutionOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["conv_transpose"] = ConvTranspose;
    }

    private static void ConvTranspose(OpContext context)
    {
        MilValue x = context.Input("x"), weight = context.Constant("weight");
        int spatial = SpatialWindow.SpatialRank(context, x, weight);

        int groups = context.Int("groups", 1);
        int batch = x.Shape[0], inputChannels = x.Shape[1], outputChannels = weight.Shape[1] * Math.Max(groups, 1);
        if (groups < 1 || weight.Shape[0] != inputChannels || inputChannels % groups != 0)
        {
            throw context.Fail("its " + inputChannels.ToString(CultureInfo.InvariantCulture) + " input channels, weight " + OpContext.Shape(weight.Shape)
                + " ([C_in, C_out / groups, *K]) and groups " + groups.ToString(CultureInfo.InvariantCulture) + " do not agree.");
        }

        WindowAxis[] axes = Geometry(context, x.Shape.Skip(2).ToArray(), weight.Shape.Skip(2).ToArray(), batch, outputChannels);
        WindowAxis height = spatial == 2 ? axes[0] : new WindowAxis(1, 1, 1, 1, 1, 0, 0), width = axes[spatial - 1];
        MilValue y = context.Output(new[] { batch, outputChannels }.Concat(axes.Select(a => a.Output)).ToArray());
        float[] weights = weight.Span.ToArray(), biasValues = context.Vector("bias", outputChannels) ?? Array.Empty<float>();
        float[] columns = new float[Convolution2D.TransposedColumns(outputChannels, groups, height, width)];
        context.Run(() => Convolution2D.Transposed(x.Span, weights, biasValues, y.Span, batch, inputChannels, outputChannels, groups, height, width, columns));
    }

    // Per axis the uncropped output is (in − 1)·stride + extent; valid keeps it, custom crops pad[2i] before and
    // pad[2i+1] after, same keeps in·stride values (the crop split with its smaller half before, as conv's same
    // pads); output_shape replaces the size, not the crop start.
    private static WindowAxis[] Geometry(OpContext context, int[] input, int[] kernel, int batch, int outputChannels)
    {
        int rank = input.Length;
        (int[] strides, int[] dilations, int[] pad, string padType) = SpatialWindow.Parameters(context, rank);
        int[]? requested = RequestedSize(context, rank, batch, outputChannels);

        var axes = new WindowAxis[rank];
        for (int d = 0; d < rank; d++)
        {
            int stride = strides[d], dilation = dilations[d];
            if (stride < 1 || dilation < 1 || kernel[d] < 1 || pad[2 * d] < 0 || pad[2 * d + 1] < 0)
            {
                throw context.Fail("its strides, dilations and kernel sizes must be positive and its pads not negative.");
            }

            int natural = (input[d] - 1) * stride + dilation * (kernel[d] - 1) + 1;
            int output, before;
            switch (padType)
            {
                case "valid":
                    before = 0;
                    output = natural;
                    break;
                case "custom":
                    before = pad[2 * d];
                    output = natural - pad[2 * d] - pad[2 * d + 1];
                    break;
                case "same":
                    output = requested?[d] ?? input[d] * stride;
                    before = Math.Max(natural - output, 0) / 2;
                    break;
                default:
                    throw context.Fail("its pad_type '" + padType + "' is not valid, custom or same.");
            }

            output = requested?[d] ?? output;
            if (output < 1)
            {
                throw context.Fail("its padding crops away the whole output of spatial dimension " + d.ToString(CultureInfo.InvariantCulture) + ".");
            }

            axes[d] = new WindowAxis(input[d], output, kernel[d], stride, dilation, before, Math.Max(natural - before - output, 0));
        }

        return axes;
    }

    // output_shape is [N, C_out, *D_out] (as coremltools documents it) or only the spatial sizes.
    private static int[]? RequestedSize(OpContext context, int rank, int batch, int outputChannels)
    {
        if (!context.Has("output_shape"))
        {
            return null;
        }

        int[] shape = context.Ints("output_shape");
        if (shape.Length == rank + 2 && shape[0] == batch && shape[1] == outputChannels)
        {
            return shape.Skip(2).ToArray();
        }

        return shape.Length == rank ? shape
            : throw context.Fail("its output_shape " + OpContext.Shape(shape) + " is neither [" + batch.ToString(CultureInfo.InvariantCulture) + ", "
                + outputChannels.ToString(CultureInfo.InvariantCulture) + ", *D_out] nor the " + rank.ToString(CultureInfo.InvariantCulture) + " spatial sizes.");
    }
}
