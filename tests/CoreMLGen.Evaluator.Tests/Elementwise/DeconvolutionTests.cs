using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class DeconvolutionTests
{
    public static IEnumerable<object[]> Cases() =>
        from seed in Seeds.Concat(new[] { 99, 2024 })
        from padding in new[] { "valid", "validPadded", "validOutputShape", "sameBottomRight", "sameTopLeft", "sameOutputShape" }
        select new object[] { seed, padding };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheFloat64TransposedConvolution(int seed, string padding)
    {
        var random = new Random(seed);
        bool nd = seed % 2 == 0;
        int groups = random.Next(1, 3), inPerGroup = random.Next(1, 3), outPerGroup = random.Next(1, 4);
        int cin = groups * inPerGroup, cout = groups * outPerGroup;
        int kH = random.Next(1, 4), kW = random.Next(1, 4), sH = random.Next(1, 3), sW = random.Next(1, 3);
        int h = random.Next(1, 5), w = random.Next(1, 5);
        int[] shape = nd ? new[] { random.Next(1, 3), cin, h, w } : new[] { 1, random.Next(1, 3), cin, h, w };
        bool hasBias = random.Next(2) == 0;
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -1, 1);
        double[] weights = RandomValues(random, cin * outPerGroup * kH * kW, -1, 1);
        double[] bias = RandomValues(random, cout, -1, 1);
        var p = new ConvolutionLayerParams
        {
            IsDeconvolution = true,
            OutputChannels = (ulong)cout,
            KernelChannels = (ulong)cin,
            NGroups = (ulong)groups,
            HasBias = hasBias,
            Weights = Weights(weights),
            Bias = hasBias ? Weights(bias) : null,
        };
        p.KernelSize.Add(new[] { (ulong)kH, (ulong)kW });
        p.Stride.Add(new[] { (ulong)sH, (ulong)sW });
        int fullH = (h - 1) * sH + kH, fullW = (w - 1) * sW + kW;
        int outH, outW, top, left;
        if (padding.StartsWith("valid", StringComparison.Ordinal))
        {
            // BorderAmounts: H_out = (H_in − 1)·stride + kernel − (top + bottom).
            int[] pads = padding == "validPadded" ? new[] { random.Next(0, kH), random.Next(0, kH), random.Next(0, kW), random.Next(0, kW) } : new int[4];
            pads[1] = Math.Min(pads[1], fullH - pads[0] - 1);
            pads[3] = Math.Min(pads[3], fullW - pads[2] - 1);
            p.Valid = ConvolutionTests.ValidPadding(pads);
            (top, left) = (pads[0], pads[2]);
            (outH, outW) = (fullH - pads[0] - pads[1], fullW - pads[2] - pads[3]);
        }
        else
        {
            // SamePadding: H_out = H_in·stride; the rest is cropped, split by the asymmetry mode.
            bool topLeft = padding == "sameTopLeft";
            p.Same = new SamePadding { AsymmetryMode = topLeft ? SamePadding.Types.SamePaddingMode.TopLeftHeavy : SamePadding.Types.SamePaddingMode.BottomRightHeavy };
            (outH, outW) = (h * sH, w * sW);
            int totalH = Math.Max(0, fullH - outH), totalW = Math.Max(0, fullW - outW);
            (top, left) = topLeft ? (totalH - totalH / 2, totalW - totalW / 2) : (totalH / 2, totalW / 2);
        }

        if (padding.EndsWith("OutputShape", StringComparison.Ordinal))
        {
            // outputShape sets the size (e.g. an output_padding of one extra row); the crop start stays.
            (outH, outW) = (outH + 1, outW + random.Next(0, 2));
            p.OutputShape.Add(new[] { (ulong)outH, (ulong)outW });
            if (padding == "sameOutputShape")
            {
                int totalH = Math.Max(0, fullH - outH), totalW = Math.Max(0, fullW - outW);
                (top, left) = (totalH / 2, totalW / 2);
            }
        }

        double[] expected = DeconvolutionReference.Deconvolve(x, shape, weights, hasBias ? bias : null, cout, groups, kH, kW, sH, sW, outH, outW, top, left, out int[] outShape);
        RunAndCompare(Layer("deconv", l => l.Convolution = p), nd, expected, outShape, "deconv seed " + seed + " " + padding, BlobOf(shape, x));
    }

    [Fact]
    public void ADilatedDeconvolutionIsALoadError()
    {
        var p = new ConvolutionLayerParams { IsDeconvolution = true, OutputChannels = 1, KernelChannels = 1, Valid = new ValidPadding(), Weights = Weights(new double[9]) };
        p.DilationFactor.Add(new ulong[] { 2, 2 });
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("deconv", l => l.Convolution = p)));
        error.LayerName.ShouldBe("deconv");
        error.Message.ShouldContain("dilated");
    }

    [Fact]
    public void TruncatedDeconvolutionWeightsAreALoadError()
    {
        var p = new ConvolutionLayerParams { IsDeconvolution = true, OutputChannels = 2, KernelChannels = 3, Valid = new ValidPadding(), Weights = Weights(new double[3 * 2 * 9 - 1]) };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("deconv", l => l.Convolution = p))).Message.ShouldContain("weights");
    }

    [Fact]
    public void AWrongChannelCountIsAShapeError()
    {
        var p = new ConvolutionLayerParams { IsDeconvolution = true, OutputChannels = 2, KernelChannels = 3, Valid = new ValidPadding(), Weights = Weights(new double[3 * 2 * 9]) };
        var kernel = KernelHarness.Build(Layer("deconv", l => l.Convolution = p));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 2, 4, 4 } })).Message.ShouldContain("channels");
    }
}
