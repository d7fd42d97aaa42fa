using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class ConvolutionTests
{
    public static IEnumerable<object[]> Cases() =>
        from seed in Seeds.Concat(new[] { 99, 2024, 31337 })
        from padding in new[] { "valid", "validPadded", "sameBottomRight", "sameTopLeft" }
        from nd in new[] { false, true }
        select new object[] { seed, padding, nd };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheDirectFloat64Convolution(int seed, string padding, bool nd)
    {
        var random = new Random(seed);
        int groups = random.Next(1, 4), kc = random.Next(1, 4), perGroup = random.Next(1, 4);
        int outputChannels = groups * perGroup;
        int kH = random.Next(1, 4), kW = random.Next(1, 4), sH = random.Next(1, 3), sW = random.Next(1, 3);
        int dH = random.Next(1, 3), dW = random.Next(1, 3);
        int h = (kH - 1) * dH + 1 + random.Next(0, 5), w = (kW - 1) * dW + 1 + random.Next(0, 5);
        int[] shape = nd ? new[] { random.Next(1, 3), groups * kc, h, w } : new[] { random.Next(1, 3), random.Next(1, 3), groups * kc, h, w };
        bool hasBias = random.Next(2) == 0;
        int[] pads = Enumerable.Range(0, 4).Select(_ => padding == "validPadded" ? random.Next(0, 3) : 0).ToArray();

        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -1, 1);
        double[] weights = RandomValues(random, outputChannels * kc * kH * kW, -1, 1);
        double[] bias = RandomValues(random, outputChannels, -1, 1);
        var p = new ConvolutionLayerParams
        {
            OutputChannels = (ulong)outputChannels,
            KernelChannels = (ulong)kc,
            NGroups = (ulong)groups,
            HasBias = hasBias,
            Weights = Weights(weights),
            Bias = hasBias ? Weights(bias) : null,
        };
        p.KernelSize.Add(new[] { (ulong)kH, (ulong)kW });
        p.Stride.Add(new[] { (ulong)sH, (ulong)sW });
        p.DilationFactor.Add(new[] { (ulong)dH, (ulong)dW });
        Func<int, int, int, AxisPadding> padH, padW;
        if (padding.StartsWith("same", StringComparison.Ordinal))
        {
            bool topLeft = padding == "sameTopLeft";
            p.Same = new SamePadding { AsymmetryMode = topLeft ? SamePadding.Types.SamePaddingMode.TopLeftHeavy : SamePadding.Types.SamePaddingMode.BottomRightHeavy };
            padH = (input, extent, stride) => AxisPadding.Same(input, extent, stride, topLeft);
            padW = padH;
        }
        else
        {
            p.Valid = ValidPadding(pads);
            padH = (input, extent, stride) => AxisPadding.Valid(input, extent, stride, pads[0], pads[1]);
            padW = (input, extent, stride) => AxisPadding.Valid(input, extent, stride, pads[2], pads[3]);
        }

        double[] expected = ConvolutionReference.Convolve(x, shape, weights, hasBias ? bias : null, outputChannels, groups, kH, kW, sH, sW, dH, dW, padH, padW, out int[] outShape);
        RunAndCompare(Layer("conv", l => l.Convolution = p), nd, expected, outShape, "conv seed " + seed + " " + padding, BlobOf(shape, x));
    }

    [Fact]
    public void WeightsMayComeAsASecondInputInNdMode()
    {
        var random = new Random(11);
        int[] shape = { 2, 4, 5, 6 };
        double[] x = RandomValues(random, 2 * 4 * 5 * 6, -1, 1);
        double[] weights = RandomValues(random, 6 * 2 * 3 * 2, -1, 1);
        var p = new ConvolutionLayerParams { OutputChannels = 6, KernelChannels = 2, NGroups = 2, Valid = new ValidPadding() };
        p.KernelSize.Add(new ulong[] { 3, 2 });
        p.Stride.Add(new ulong[] { 2, 1 });
        Func<int, int, int, AxisPadding> valid = (input, extent, stride) => AxisPadding.Valid(input, extent, stride, 0, 0);
        double[] expected = ConvolutionReference.Convolve(x, shape, weights, null, 6, 2, 3, 2, 2, 1, 1, 1, valid, valid, out int[] outShape);
        RunAndCompare(Layer("conv", l => l.Convolution = p, "x", "w"), true, expected, outShape, "weight input", BlobOf(shape, x), BlobOf(new[] { 6, 2, 3, 2 }, weights));
    }

    [Fact]
    public void Float16WeightsAreDecoded()
    {
        var random = new Random(12);
        int[] shape = { 1, 1, 2, 4, 4 };
        double[] x = RandomValues(random, 32, -1, 1);
        double[] weights = RandomValues(random, 3 * 2 * 2 * 2, -1, 1).Select(v => (double)(float)(Half)v).ToArray();
        var p = new ConvolutionLayerParams { OutputChannels = 3, KernelChannels = 2, Same = new SamePadding() };
        p.KernelSize.Add(new ulong[] { 2, 2 });
        byte[] half = weights.SelectMany(v => BitConverter.GetBytes((Half)v)).ToArray();
        p.Weights = new WeightParams { Float16Value = Google.Protobuf.ByteString.CopyFrom(half) };
        Func<int, int, int, AxisPadding> same = (input, extent, stride) => AxisPadding.Same(input, extent, stride, false);
        double[] expected = ConvolutionReference.Convolve(x, shape, weights, null, 3, 1, 2, 2, 1, 1, 1, 1, same, same, out int[] outShape);
        RunAndCompare(Layer("conv", l => l.Convolution = p), false, expected, outShape, "float16", BlobOf(shape, x));
    }

    [Fact]
    public void PerChannelQuantizedWeightsAreDecoded()
    {
        var random = new Random(13);
        int[] shape = { 1, 1, 2, 4, 4 };
        double[] x = RandomValues(random, 32, -1, 1);
        byte[] q = Enumerable.Range(0, 2 * 2 * 3 * 3).Select(_ => (byte)random.Next(256)).ToArray();
        float[] scale = { 0.01f, 0.02f }, bias = { -1f, -2f };
        // Linear quantization: w = q·scale[o] + bias[o] per output channel (the weight's outermost axis).
        double[] weights = q.Select((v, i) => (double)(v * scale[i / 18] + bias[i / 18])).ToArray();
        var p = new ConvolutionLayerParams { OutputChannels = 2, KernelChannels = 2, Valid = new ValidPadding() };
        var quantization = new QuantizationParams { NumberOfBits = 8, LinearQuantization = new LinearQuantizationParams() };
        quantization.LinearQuantization.Scale.Add(scale);
        quantization.LinearQuantization.Bias.Add(bias);
        p.Weights = new WeightParams { RawValue = Google.Protobuf.ByteString.CopyFrom(q), Quantization = quantization };
        Func<int, int, int, AxisPadding> valid = (input, extent, stride) => AxisPadding.Valid(input, extent, stride, 0, 0);
        double[] expected = ConvolutionReference.Convolve(x, shape, weights, null, 2, 1, 3, 3, 1, 1, 1, 1, valid, valid, out int[] outShape);
        RunAndCompare(Layer("conv", l => l.Convolution = p), false, expected, outShape, "quantized", BlobOf(shape, x));
    }

    [Fact]
    public void AnEmptyPaddedInputGivesTheBias()
    {
        var p = new ConvolutionLayerParams { OutputChannels = 2, KernelChannels = 1, HasBias = true, Weights = Weights(new double[18]), Bias = Weights(new double[] { 0.5, -1 }) };
        p.Valid = ValidPadding(new[] { 2, 2, 1, 1 });
        Blob y = KernelHarness.Run(Layer("conv", l => l.Convolution = p), true, new Blob(1, 1, 0, 2))[0];
        y.Shape.ShouldBe(new[] { 1, 2, 2, 2 });
        y.Span.ToArray().ShouldBe(new[] { 0.5f, 0.5f, 0.5f, 0.5f, -1f, -1f, -1f, -1f });
    }

    [Fact]
    public void DefaultsAreA3x3KernelWithStride1()
    {
        int[] shape = { 1, 1, 1, 5, 5 };
        double[] x = RandomValues(new Random(4), 25, -1, 1);
        double[] weights = RandomValues(new Random(5), 9, -1, 1);
        var p = new ConvolutionLayerParams { OutputChannels = 1, KernelChannels = 1, Valid = new ValidPadding(), Weights = Weights(weights) };
        Func<int, int, int, AxisPadding> valid = (input, extent, stride) => AxisPadding.Valid(input, extent, stride, 0, 0);
        double[] expected = ConvolutionReference.Convolve(x, shape, weights, null, 1, 1, 3, 3, 1, 1, 1, 1, valid, valid, out int[] outShape);
        outShape.ShouldBe(new[] { 1, 1, 1, 3, 3 });
        RunAndCompare(Layer("conv", l => l.Convolution = p), false, expected, outShape, "defaults", BlobOf(shape, x));
    }

    internal static ValidPadding ValidPadding(int[] pads)
    {
        var amounts = new BorderAmounts();
        amounts.BorderAmounts_.Add(new BorderAmounts.Types.EdgeSizes { StartEdgeSize = (ulong)pads[0], EndEdgeSize = (ulong)pads[1] });
        amounts.BorderAmounts_.Add(new BorderAmounts.Types.EdgeSizes { StartEdgeSize = (ulong)pads[2], EndEdgeSize = (ulong)pads[3] });
        return new ValidPadding { PaddingAmounts = amounts };
    }
}
