using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// 2-D convolution and transposed convolution over row-major [N, C, H, W] arrays, grouped, with an optional bias per
/// output channel. Both unroll through a caller-supplied column buffer (im2col / col2im) so nothing is allocated.
/// </summary>
internal static class Convolution2D
{
    /// <summary>Values of column scratch <see cref="Forward"/> needs.</summary>
    public static int ForwardColumns(int kernelChannels, WindowAxis height, WindowAxis width) =>
        kernelChannels * height.Kernel * width.Kernel * height.Output * width.Output;

    /// <summary>
    /// y[n, oc] = bias[oc] + Σ over the group's kernelChannels input channels and the kernel taps of w · x, with
    /// zeros in the padding. Weights are [outputChannels, kernelChannels, kH, kW]; the input has
    /// kernelChannels · groups channels.
    /// </summary>
    public static void Forward(
        ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> y,
        int batch, int kernelChannels, int outputChannels, int groups, WindowAxis height, WindowAxis width, Span<float> columns)
    {
        int inH = height.Input, inW = width.Input;
        int pixels = height.Output * width.Output;
        int kernelSize = kernelChannels * height.Kernel * width.Kernel;
        int outputsPerGroup = outputChannels / groups;
        columns = columns.Slice(0, kernelSize * pixels);
        for (int n = 0; n < batch; n++)
        {
            for (int g = 0; g < groups; g++)
            {
                int inputOffset = ((n * groups) + g) * kernelChannels * inH * inW;
                Unroll(x.Slice(inputOffset, kernelChannels * inH * inW), kernelChannels, height, width, columns);
                for (int k = 0; k < outputsPerGroup; k++)
                {
                    int oc = g * outputsPerGroup + k;
                    Span<float> row = y.Slice(((n * outputChannels) + oc) * pixels, pixels);
                    row.Fill(bias.IsEmpty ? 0f : bias[oc]);
                    ReadOnlySpan<float> w = weights.Slice(oc * kernelSize, kernelSize);
                    for (int c = 0; c < kernelSize; c++)
                    {
                        TensorPrimitives.MultiplyAdd(columns.Slice(c * pixels, pixels), w[c], row, row);
                    }
                }
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

    // im2col: row (c, i, j) holds, for every output pixel, the input value under kernel tap (i, j) of channel c (0 in the padding).
    private static void Unroll(ReadOnlySpan<float> x, int channels, WindowAxis height, WindowAxis width, Span<float> columns)
    {
        int inH = height.Input, inW = width.Input, outH = height.Output, outW = width.Output;
        int pixels = outH * outW;
        int row = 0;
        for (int c = 0; c < channels; c++)
        {
            ReadOnlySpan<float> plane = x.Slice(c * inH * inW, inH * inW);
            for (int i = 0; i < height.Kernel; i++)
            {
                for (int j = 0; j < width.Kernel; j++, row++)
                {
                    Span<float> column = columns.Slice(row * pixels, pixels);
                    for (int oh = 0; oh < outH; oh++)
                    {
                        int ih = oh * height.Stride - height.PadBefore + i * height.Dilation;
                        Span<float> line = column.Slice(oh * outW, outW);
                        if ((uint)ih >= (uint)inH)
                        {
                            line.Clear();
                            continue;
                        }

                        ReadOnlySpan<float> source = plane.Slice(ih * inW, inW);
                        for (int ow = 0; ow < outW; ow++)
                        {
                            int iw = ow * width.Stride - width.PadBefore + j * width.Dilation;
                            line[ow] = (uint)iw < (uint)inW ? source[iw] : 0f;
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
