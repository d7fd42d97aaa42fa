using System;
using System.Globalization;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// The geometry of one spatial dimension of a convolution or pooling window: MIL's pad types (<c>valid</c>,
/// <c>custom</c> with explicit begin/end amounts, <c>same</c> with the extra padding at the end, <c>same_lower</c> at
/// the beginning) and, for pooling, <c>ceil_mode</c>.
/// </summary>
internal readonly record struct SpatialWindow(int Input, int Kernel, int Stride, int Dilation, int PadBegin, int PadEnd, int Output)
{
    public static SpatialWindow[] Resolve(OpContext context, int[] input, int[] kernel, bool ceilMode = false)
    {
        int rank = input.Length;
        (int[] strides, int[] dilations, int[] pad, string padType) = Parameters(context, rank);
        var windows = new SpatialWindow[rank];
        for (int d = 0; d < rank; d++)
        {
            int stride = strides[d], dilation = dilations[d], extent = dilation * (kernel[d] - 1) + 1;
            if (stride < 1 || dilation < 1 || kernel[d] < 1 || pad[2 * d] < 0 || pad[2 * d + 1] < 0)
            {
                throw context.Fail("its strides, dilations and kernel sizes must be positive and its pads not negative.");
            }

            int begin, end;
            switch (padType)
            {
                case "valid":
                    begin = end = 0;
                    break;
                case "custom":
                    begin = pad[2 * d];
                    end = pad[2 * d + 1];
                    break;
                case "same":
                case "same_lower":
                    int output = (input[d] + stride - 1) / stride;
                    int total = Math.Max((output - 1) * stride + extent - input[d], 0);
                    begin = padType == "same" ? total / 2 : total - total / 2;
                    end = total - begin;
                    break;
                default:
                    throw context.Fail("its pad_type '" + padType + "' is not valid, custom, same or same_lower.");
            }

            int span = input[d] + begin + end - extent;
            if (span < 0)
            {
                throw context.Fail("its window (" + extent.ToString(CultureInfo.InvariantCulture) + ") is larger than the padded input (" + (input[d] + begin + end).ToString(CultureInfo.InvariantCulture) + ").");
            }

            int size = (ceilMode ? (span + stride - 1) / stride : span / stride) + 1;
            windows[d] = new SpatialWindow(input[d], kernel[d], stride, dilation, begin, end, size);
        }

        return windows;
    }

    /// <summary>strides, dilations, pad (begin/end per axis) and pad_type, checked against the spatial rank.</summary>
    public static (int[] Strides, int[] Dilations, int[] Pad, string PadType) Parameters(OpContext context, int rank)
    {
        int[] strides = context.Ints("strides", Filled(rank, 1));
        int[] dilations = context.Ints("dilations", Filled(rank, 1));
        int[] pad = context.Ints("pad", new int[2 * rank]);
        if (strides.Length != rank || dilations.Length != rank || pad.Length != 2 * rank)
        {
            throw context.Fail("its strides, dilations and pad must have " + rank.ToString(CultureInfo.InvariantCulture) + ", "
                + rank.ToString(CultureInfo.InvariantCulture) + " and " + (2 * rank).ToString(CultureInfo.InvariantCulture) + " values for " + rank.ToString(CultureInfo.InvariantCulture) + " spatial dimensions.");
        }

        return (strides, dilations, pad, context.Text("pad_type", "valid"));
    }

    /// <summary>The spatial rank (1 or 2) of a convolution's [N, C, *D] input and its weight of the same rank; refuses others.</summary>
    public static int SpatialRank(OpContext context, MilValue x, MilValue weight)
    {
        int spatial = x.Rank - 2;
        return spatial is >= 1 and <= 2 && weight.Rank == x.Rank ? spatial
            : throw context.Fail("it convolves a " + OpContext.Shape(x.Shape) + " input with a " + OpContext.Shape(weight.Shape)
                + " weight; 1 or 2 spatial dimensions ([N, C, W] or [N, C, H, W]) with a weight of the same rank are supported.");
    }

    /// <summary>The same window as the kernels' geometry.</summary>
    public WindowAxis Axis => new(Input, Output, Kernel, Stride, Dilation, PadBegin, PadEnd);

    /// <summary>The window of a missing (unit) dimension, used to run 1-D ops as 2-D ones.</summary>
    public static SpatialWindow Unit => new(1, 1, 1, 1, 0, 0, 1);

    public static int[] Filled(int count, int value)
    {
        var values = new int[count];
        Array.Fill(values, value);
        return values;
    }
}
