using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// 2-D convolution and transposed convolution over row-major [N, C, H, W] arrays, grouped, with an optional bias per
/// output channel. The forward one unrolls tiles of windows (im2col) for the GEMM kernel; the transposed one scatters
/// through a column buffer (col2im). Both work in caller-supplied scratch, so nothing is allocated.
/// </summary>
internal static class Convolution2D
{
    // Output pixels per matrix product: their unrolled windows (kernel size × pixels) stay in the L2 cache.
    private const int PixelTile = 256;

    /// <summary>Values of scratch <see cref="Forward"/> needs: a tile of unrolled windows and of products.</summary>
    public static int ForwardColumns(ConvolutionWeights weights, WindowAxis height, WindowAxis width) =>
        Math.Min(PixelTile, height.Output * width.Output) * (weights.KernelSize + weights.OutputsPerGroup);

    /// <summary>
    /// y[n, oc] = bias[oc] + Σ over the group's kernelChannels input channels and the kernel taps of w · x, with
    /// zeros in the padding; the input has kernelChannels · groups channels. Per group and tile of output pixels, the
    /// windows are unrolled (im2col, one column per pixel) and multiplied, as the transposed left operand, by the packed
    /// weights with the GEMM kernel (<see cref="Gemm"/>); the tile's [pixels, outputs] product is then written to the
    /// [outputs, pixels] planes. Groups of fewer than 4 outputs (depthwise) multiply-add the unrolled rows instead.
    /// </summary>
    public static void Forward(
        ReadOnlySpan<float> x, ConvolutionWeights weights, ReadOnlySpan<float> bias, Span<float> y,
        int batch, int kernelChannels, int outputChannels, int groups, WindowAxis height, WindowAxis width, Span<float> scratch)
    {
        int inH = height.Input, inW = width.Input;
        int pixels = height.Output * width.Output;
        int kernelSize = weights.KernelSize, outputsPerGroup = weights.OutputsPerGroup;
        int tile = Math.Min(PixelTile, pixels);
        Span<float> columns = scratch.Slice(0, tile * kernelSize), products = scratch.Slice(tile * kernelSize, tile * outputsPerGroup);
        for (int n = 0; n < batch; n++)
        {
            for (int g = 0; g < groups; g++)
            {
                ReadOnlySpan<float> input = x.Slice(((n * groups) + g) * kernelChannels * inH * inW, kernelChannels * inH * inW);
                ReadOnlySpan<float> groupBias = bias.IsEmpty ? bias : bias.Slice(g * outputsPerGroup, outputsPerGroup);
                Span<float> planes = y.Slice(((n * outputChannels) + (g * outputsPerGroup)) * pixels, outputsPerGroup * pixels);
                for (int first = 0; first < pixels; first += tile)
                {
                    int count = Math.Min(tile, pixels - first);
                    UnrollTile(input, kernelChannels, height, width, first, count, tile, columns);
                    if (!weights.UsesProducts)
                    {
                        MultiplyAddRows(columns, tile, count, kernelSize, weights.Values.AsSpan(g * outputsPerGroup * kernelSize, outputsPerGroup * kernelSize), groupBias, planes, pixels, first);
                        continue;
                    }

                    Gemm.Multiply(columns, 1, tile, count, weights[g], products, outputsPerGroup, groupBias, accumulate: false);
                    for (int oc = 0; oc < outputsPerGroup; oc++)
                    {
                        Span<float> plane = planes.Slice((oc * pixels) + first, count);
                        for (int i = 0; i < count; i++)
                        {
                            plane[i] = products[(i * outputsPerGroup) + oc];
                        }
                    }
                }
            }
        }
    }

    // A group of few outputs: each output's tile is its bias plus one vector multiply-add per unrolled row.
    private static void MultiplyAddRows(ReadOnlySpan<float> columns, int tile, int count, int kernelSize, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> planes, int pixels, int first)
    {
        int outputs = planes.Length / pixels;
        for (int oc = 0; oc < outputs; oc++)
        {
            Span<float> plane = planes.Slice((oc * pixels) + first, count);
            plane.Fill(bias.IsEmpty ? 0f : bias[oc]);
            for (int k = 0; k < kernelSize; k++)
            {
                TensorPrimitives.MultiplyAdd(columns.Slice(k * tile, count), weights[(oc * kernelSize) + k], plane, plane);
            }
        }
    }

    /// <summary>Values of column scratch <see cref="Transposed"/> needs.</summary>
    public static int TransposedColumns(int outputChannels, int groups, WindowAxis height, WindowAxis width) =>
        outputChannels / groups * height.Kernel * width.Kernel * height.Input * width.Input;

    /// <summary>
    /// The transposed convolution (deconvolution): every input pixel scatters w · x into the output at
    /// <c>i · stride + tap · dilation − PadBefore</c>; what falls outside [0, Output) is cropped. Weights are
    /// [inputChannels, outputChannels / groups, kH, kW].
    /// </summary>
    public static void Transposed(
        ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> y,
        int batch, int inputChannels, int outputChannels, int groups, WindowAxis height, WindowAxis width, Span<float> columns)
    {
        int pixels = height.Input * width.Input, outPixels = height.Output * width.Output;
        int inPerGroup = inputChannels / groups, outPerGroup = outputChannels / groups;
        int taps = outPerGroup * height.Kernel * width.Kernel;
        columns = columns.Slice(0, taps * pixels);
        for (int n = 0; n < batch; n++)
        {
            for (int oc = 0; oc < outputChannels; oc++)
            {
                y.Slice((n * outputChannels + oc) * outPixels, outPixels).Fill(bias.IsEmpty ? 0f : bias[oc]);
            }

            for (int g = 0; g < groups; g++)
            {
                // columns[(oc, kh, kw), pixel] = Σ_ic w[ic, oc, kh, kw] · x[ic, pixel] over the group's input channels.
                columns.Clear();
                for (int i = 0; i < inPerGroup; i++)
                {
                    int ic = g * inPerGroup + i;
                    ReadOnlySpan<float> plane = x.Slice((n * inputChannels + ic) * pixels, pixels);
                    ReadOnlySpan<float> w = weights.Slice(ic * taps, taps);
                    for (int t = 0; t < taps; t++)
                    {
                        Span<float> row = columns.Slice(t * pixels, pixels);
                        TensorPrimitives.MultiplyAdd(plane, w[t], row, row);
                    }
                }

                Scatter(columns, y.Slice((n * outputChannels + g * outPerGroup) * outPixels, outPerGroup * outPixels), outPerGroup, height, width);
            }
        }
    }

    // im2col of a tile: row (c, i, j), `tile` values long, holds for output pixels first.. first + count − 1 the input
    // value under kernel tap (i, j) of channel c (0 in the padding). With stride 1 each output row's run is one copy.
    private static void UnrollTile(ReadOnlySpan<float> x, int channels, WindowAxis height, WindowAxis width, int first, int count, int tile, Span<float> columns)
    {
        int inH = height.Input, inW = width.Input, outW = width.Output;
        int row = 0;
        for (int c = 0; c < channels; c++)
        {
            ReadOnlySpan<float> plane = x.Slice(c * inH * inW, inH * inW);
            for (int i = 0; i < height.Kernel; i++)
            {
                for (int j = 0; j < width.Kernel; j++, row++)
                {
                    Span<float> column = columns.Slice(row * tile, count);
                    for (int p = 0; p < count;)
                    {
                        int oh = (first + p) / outW, ow0 = (first + p) % outW;
                        int run = Math.Min(outW - ow0, count - p);
                        Span<float> target = column.Slice(p, run);
                        p += run;
                        int ih = oh * height.Stride - height.PadBefore + i * height.Dilation;
                        if ((uint)ih >= (uint)inH)
                        {
                            target.Clear();
                            continue;
                        }

                        ReadOnlySpan<float> line = plane.Slice(ih * inW, inW);
                        int offset = j * width.Dilation - width.PadBefore;
                        if (width.Stride == 1)
                        {
                            // iw = ow + offset: zeros where it falls outside [0, inW), one copy in between.
                            int lo = Math.Clamp(-offset - ow0, 0, run), hi = Math.Clamp(inW - offset - ow0, lo, run);
                            target.Slice(0, lo).Clear();
                            if (hi > lo)
                            {
                                line.Slice(ow0 + lo + offset, hi - lo).CopyTo(target.Slice(lo));
                            }

                            target.Slice(hi).Clear();
                            continue;
                        }

                        for (int k = 0; k < run; k++)
                        {
                            int iw = (ow0 + k) * width.Stride + offset;
                            target[k] = (uint)iw < (uint)inW ? line[iw] : 0f;
                        }
                    }
                }
            }
        }
    }

    // col2im: adds each column row into the output at its kernel tap's offset, dropping what falls in the crop.
    private static void Scatter(ReadOnlySpan<float> columns, Span<float> output, int channels, WindowAxis height, WindowAxis width)
    {
        int inH = height.Input, inW = width.Input;
        int pixels = inH * inW, outPixels = height.Output * width.Output;
        int row = 0;
        for (int oc = 0; oc < channels; oc++)
        {
            Span<float> plane = output.Slice(oc * outPixels, outPixels);
            for (int kh = 0; kh < height.Kernel; kh++)
            {
                for (int kw = 0; kw < width.Kernel; kw++, row++)
                {
                    ReadOnlySpan<float> column = columns.Slice(row * pixels, pixels);
                    for (int ih = 0; ih < inH; ih++)
                    {
                        int oh = ih * height.Stride + kh * height.Dilation - height.PadBefore;
                        if ((uint)oh >= (uint)height.Output)
                        {
                            continue;
                        }

                        for (int iw = 0; iw < inW; iw++)
                        {
                            int ow = iw * width.Stride + kw * width.Dilation - width.PadBefore;
                            if ((uint)ow < (uint)width.Output)
                            {
                                plane[oh * width.Output + ow] += column[ih * inW + iw];
                            }
                        }
                    }
                }
            }
        }
    }
}
