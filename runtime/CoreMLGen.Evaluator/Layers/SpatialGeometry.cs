using System;
using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;

namespace CoreMLGen.Evaluation.Layers;

/// <summary>
/// The window arithmetic convolution and pooling share: kernel size, stride, dilation and the padding kind (valid with
/// border amounts, same with its asymmetry mode, or pooling's includeLastPixel), turned into output sizes and pads
/// from the formulas of the ValidPadding/SamePadding/ValidCompletePadding messages.
/// </summary>
internal sealed class SpatialGeometry
{
    private enum PaddingKind
    {
        Valid,
        Same,
        IncludeLastPixel,
    }

    private readonly PaddingKind _kind;
    private readonly int[] _validPads = new int[4]; // top, bottom, left, right
    private bool _topLeftHeavy;

    private SpatialGeometry(int[] kernel, int[] stride, int[] dilation, PaddingKind kind)
    {
        KernelHeight = kernel[0];
        KernelWidth = kernel[1];
        StrideHeight = stride[0];
        StrideWidth = stride[1];
        DilationHeight = dilation[0];
        DilationWidth = dilation[1];
        _kind = kind;
    }

    public int KernelHeight { get; }

    public int KernelWidth { get; }

    public int StrideHeight { get; }

    public int StrideWidth { get; }

    public int DilationHeight { get; }

    public int DilationWidth { get; }

    /// <summary>The geometry of a convolution layer (deconvolution uses the same fields; its output size is its own).</summary>
    public static SpatialGeometry ForConvolution(ConvolutionLayerParams p, Func<string, Exception> error)
    {
        var geometry = new SpatialGeometry(
            Pair(p.KernelSize, 3, "kernelSize", error),
            Pair(p.Stride, 1, "stride", error),
            p.IsDeconvolution ? new[] { 1, 1 } : Pair(p.DilationFactor, 1, "dilationFactor", error),
            Kind(p.ConvolutionPaddingTypeCase == ConvolutionLayerParams.ConvolutionPaddingTypeOneofCase.Same, p.ConvolutionPaddingTypeCase == ConvolutionLayerParams.ConvolutionPaddingTypeOneofCase.Valid, false, error));
        geometry.ReadPadding(p.Valid, p.Same, null, error);
        return geometry;
    }

    /// <summary>The geometry of a pooling layer (global pooling is handled by the caller: the kernel is the input).</summary>
    public static SpatialGeometry ForPooling(PoolingLayerParams p, Func<string, Exception> error)
    {
        var geometry = new SpatialGeometry(
            Pair(p.KernelSize, 3, "kernelSize", error),
            Pair(p.Stride, 1, "stride", error),
            new[] { 1, 1 },
            Kind(
                p.PoolingPaddingTypeCase == PoolingLayerParams.PoolingPaddingTypeOneofCase.Same,
                p.PoolingPaddingTypeCase == PoolingLayerParams.PoolingPaddingTypeOneofCase.Valid,
                p.PoolingPaddingTypeCase == PoolingLayerParams.PoolingPaddingTypeOneofCase.IncludeLastPixel,
                error));
        geometry.ReadPadding(p.Valid, p.Same, p.IncludeLastPixel, error);
        return geometry;
    }

    /// <summary>The effective (dilated) kernel extent along height.</summary>
    public int ExtentHeight => (KernelHeight - 1) * DilationHeight + 1;

    public int ExtentWidth => (KernelWidth - 1) * DilationWidth + 1;

    /// <summary>
    /// Output size and pads for one input size, or null when the window does not fit. Pads are the zero (or excluded)
    /// border before and after; for includeLastPixel the last window may run past the end pad and is clipped.
    /// </summary>
    public Plan? PlanFor(int inputHeight, int inputWidth)
    {
        Axis? h = PlanAxis(inputHeight, ExtentHeight, StrideHeight, _validPads[0], _validPads[1]);
        Axis? w = PlanAxis(inputWidth, ExtentWidth, StrideWidth, _validPads[2], _validPads[3]);
        return h is null || w is null ? null : new Plan(h.Value, w.Value);
    }

    /// <summary>
    /// A deconvolution's output size and crop along one axis. The full result has (input − 1)·stride + kernel values;
    /// valid padding crops its border amounts, same padding keeps input·stride values and crops the rest as the
    /// SamePadding asymmetry mode splits it. A requested size (outputShape) replaces the size, not the crop start.
    /// </summary>
    public Axis? PlanDeconvolution(int input, int requested, bool vertical)
    {
        int kernel = vertical ? KernelHeight : KernelWidth;
        int stride = vertical ? StrideHeight : StrideWidth;
        int natural = (input - 1) * stride + kernel;
        int output;
        int before;
        if (_kind == PaddingKind.Valid)
        {
            before = _validPads[vertical ? 0 : 2];
            output = requested > 0 ? requested : natural - before - _validPads[vertical ? 1 : 3];
        }
        else
        {
            output = requested > 0 ? requested : input * stride;
            int total = Math.Max(0, natural - output);
            before = _topLeftHeavy ? total - total / 2 : total / 2;
        }

        return output < 1 ? null : new Axis(output, before, Math.Max(0, natural - before - output));
    }

    private Axis? PlanAxis(int input, int extent, int stride, int validBefore, int validAfter)
    {
        switch (_kind)
        {
            case PaddingKind.Valid:
            {
                int padded = input + validBefore + validAfter;
                return padded < extent ? null : new Axis((padded - extent) / stride + 1, validBefore, validAfter);
            }

            case PaddingKind.Same:
            {
                int output = (input + stride - 1) / stride;
                int total = Math.Max(0, (output - 1) * stride + extent - input);
                int small = total / 2;
                return _topLeftHeavy ? new Axis(output, total - small, small) : new Axis(output, small, total - small);
            }

            default:
            {
                int pad = validBefore;
                int span = input + 2 * pad - extent;
                if (span < 0)
                {
                    return null;
                }

                int output = (span + stride - 1) / stride + 1;
                if (pad > 0 && (output - 1) * stride >= input + pad)
                {
                    output--;
                }

                // Without padding and with stride > kernel the formula adds a window wholly past the input; what Core ML
                // returns for it is undocumented, so it is refused rather than guessed.
                return (output - 1) * stride - pad >= input ? null : new Axis(output, pad, pad);
            }
        }
    }

    private void ReadPadding(ValidPadding? valid, SamePadding? same, PoolingLayerParams.Types.ValidCompletePadding? complete, Func<string, Exception> error)
    {
        switch (_kind)
        {
            case PaddingKind.Valid:
            {
                var borders = valid?.PaddingAmounts?.BorderAmounts_;
                if (borders is null || borders.Count == 0)
                {
                    return;
                }

                if (borders.Count != 2)
                {
                    throw error("valid padding has " + borders.Count + " border amounts; it needs 2 ([H, W]).");
                }

                _validPads[0] = Size(borders[0].StartEdgeSize, "padding", error);
                _validPads[1] = Size(borders[0].EndEdgeSize, "padding", error);
                _validPads[2] = Size(borders[1].StartEdgeSize, "padding", error);
                _validPads[3] = Size(borders[1].EndEdgeSize, "padding", error);
                return;
            }

            case PaddingKind.Same:
                if (!Enum.IsDefined(same!.AsymmetryMode))
                {
                    throw error("same padding has asymmetry mode " + (int)same.AsymmetryMode + ", which Core ML does not define.");
                }

                _topLeftHeavy = same.AsymmetryMode == SamePadding.Types.SamePaddingMode.TopLeftHeavy;
                return;

            default:
            {
                var amounts = complete!.PaddingAmounts;
                if (amounts.Count != 0 && amounts.Count != 2)
                {
                    throw error("includeLastPixel padding has " + amounts.Count + " amounts; it needs 2 ([H, W]).");
                }

                int ph = amounts.Count == 0 ? 0 : Size(amounts[0], "padding", error);
                int pw = amounts.Count == 0 ? 0 : Size(amounts[1], "padding", error);
                _validPads[0] = _validPads[1] = ph;
                _validPads[2] = _validPads[3] = pw;
                return;
            }
        }
    }

    private static PaddingKind Kind(bool same, bool valid, bool includeLastPixel, Func<string, Exception> error) =>
        same ? PaddingKind.Same
        : valid ? PaddingKind.Valid
        : includeLastPixel ? PaddingKind.IncludeLastPixel
        : throw error("has no padding type set (valid or same).");

    private static int[] Pair(IList<ulong> values, int fallback, string what, Func<string, Exception> error)
    {
        if (values.Count == 0)
        {
            return new[] { fallback, fallback };
        }

        if (values.Count != 2)
        {
            throw error(what + " has " + values.Count + " values; it needs 2 ([H, W]).");
        }

        int h = Size(values[0], what, error), w = Size(values[1], what, error);
        if (h < 1 || w < 1)
        {
            throw error(what + " is [" + values[0] + ", " + values[1] + "]; both must be at least 1.");
        }

        return new[] { h, w };
    }

    private static int Size(ulong value, string what, Func<string, Exception> error) =>
        value > 1_000_000 ? throw error(what + " value " + value + " is too large.") : (int)value;

    /// <summary>The math kernels' description of the vertical windows over an input of <paramref name="input"/> rows.</summary>
    public WindowAxis Vertical(int input, Axis axis) =>
        new(input, axis.Output, KernelHeight, StrideHeight, DilationHeight, axis.PadBefore, axis.PadAfter);

    /// <summary>The math kernels' description of the horizontal windows over an input of <paramref name="input"/> columns.</summary>
    public WindowAxis Horizontal(int input, Axis axis) =>
        new(input, axis.Output, KernelWidth, StrideWidth, DilationWidth, axis.PadBefore, axis.PadAfter);

    /// <summary>Output size and pads along one spatial axis.</summary>
    public readonly record struct Axis(int Output, int PadBefore, int PadAfter);

    /// <summary>Output sizes and pads for one input size.</summary>
    public readonly record struct Plan(Axis Height, Axis Width);
}
