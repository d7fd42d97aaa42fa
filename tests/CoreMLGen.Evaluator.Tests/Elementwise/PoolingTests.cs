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

public sealed class PoolingTests
{
    public static IEnumerable<object[]> Cases() =>
        from type in new[] { PoolingLayerParams.Types.PoolingType.Max, PoolingLayerParams.Types.PoolingType.Average, PoolingLayerParams.Types.PoolingType.L2 }
        from padding in new[] { "valid", "validPadded", "sameBottomRight", "sameTopLeft", "includeLastPixel" }
        from exclude in new[] { false, true }
        from seed in Seeds
        select new object[] { type, padding, exclude, seed };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheFloat64Reference(PoolingLayerParams.Types.PoolingType type, string padding, bool exclude, int seed)
    {
        var random = new Random(seed);
        bool nd = seed % 2 == 0;
        int kH = random.Next(1, 4), kW = random.Next(1, 4), sH = random.Next(1, 3), sW = random.Next(1, 3);
        int h = kH + random.Next(0, 6), w = kW + random.Next(0, 6);
        int[] shape = nd ? new[] { random.Next(1, 3), random.Next(1, 4), h, w } : new[] { random.Next(1, 3), random.Next(1, 3), random.Next(1, 4), h, w };
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -2, 2);
        var p = new PoolingLayerParams { Type = type, AvgPoolExcludePadding = exclude };
        p.KernelSize.Add(new[] { (ulong)kH, (ulong)kW });
        p.Stride.Add(new[] { (ulong)sH, (ulong)sW });
        AxisPadding ph, pw;
        switch (padding)
        {
            case "valid":
            case "validPadded":
            {
                // Pads smaller than the kernel, so every window holds at least one real value.
                int[] pads = padding == "valid" ? new int[4] : new[] { random.Next(0, kH), random.Next(0, kH), random.Next(0, kW), random.Next(0, kW) };
                p.Valid = ConvolutionTests.ValidPadding(pads);
                ph = AxisPadding.Valid(h, kH, sH, pads[0], pads[1]);
                pw = AxisPadding.Valid(w, kW, sW, pads[2], pads[3]);
                break;
            }

            case "includeLastPixel":
            {
                // A stride above the kernel can put the last window wholly outside the input (refused; see below).
                (sH, sW) = (Math.Min(sH, kH), Math.Min(sW, kW));
                p.Stride.Clear();
                p.Stride.Add(new[] { (ulong)sH, (ulong)sW });
                int padH = random.Next(0, kH), padW = random.Next(0, kW);
                p.IncludeLastPixel = new PoolingLayerParams.Types.ValidCompletePadding();
                p.IncludeLastPixel.PaddingAmounts.Add(new[] { (ulong)padH, (ulong)padW });
                ph = new AxisPadding(PoolingReference.IncludeLastPixelOutput(h, kH, sH, padH), padH, padH);
                pw = new AxisPadding(PoolingReference.IncludeLastPixelOutput(w, kW, sW, padW), padW, padW);
                break;
            }

            default:
            {
                bool topLeft = padding == "sameTopLeft";
                p.Same = new SamePadding { AsymmetryMode = topLeft ? SamePadding.Types.SamePaddingMode.TopLeftHeavy : SamePadding.Types.SamePaddingMode.BottomRightHeavy };
                ph = AxisPadding.Same(h, kH, sH, topLeft);
                pw = AxisPadding.Same(w, kW, sW, topLeft);
                break;
            }
        }

        double[] expected = PoolingReference.Pool(type.ToString().ToUpperInvariant(), x, shape, kH, kW, sH, sW, ph, pw, exclude, out int[] outShape);
        RunAndCompare(Layer("pool", l => l.Pooling = p), nd, expected, outShape, type + " " + padding + " seed " + seed, BlobOf(shape, x));
    }

    [Theory]
    [InlineData(PoolingLayerParams.Types.PoolingType.Max)]
    [InlineData(PoolingLayerParams.Types.PoolingType.Average)]
    [InlineData(PoolingLayerParams.Types.PoolingType.L2)]
    public void GlobalPoolingCoversTheWholePlane(PoolingLayerParams.Types.PoolingType type)
    {
        var random = new Random(77);
        int[] shape = { 2, 1, 3, 4, 5 };
        double[] x = RandomValues(random, 120, -2, 2);
        // Converters leave kernelSize and stride [0, 0] on global pooling (as in the NeuralMcNeuralNet fixture).
        var p = new PoolingLayerParams { Type = type, GlobalPooling = true, Valid = new ValidPadding() };
        p.KernelSize.Add(new ulong[] { 0, 0 });
        p.Stride.Add(new ulong[] { 0, 0 });
        var none = new AxisPadding(1, 0, 0);
        double[] expected = PoolingReference.Pool(type.ToString().ToUpperInvariant(), x, shape, 4, 5, 1, 1, none, none, false, out int[] outShape);
        RunAndCompare(Layer("pool", l => l.Pooling = p), false, expected, outShape, "global " + type, BlobOf(shape, x));
    }

    [Theory]
    [InlineData(6, 3, 2, 1, 4)] // ceil((6 + 2 − 3) / 2) + 1 = 4; the last window starts at 5, inside H + pad = 7
    [InlineData(5, 2, 2, 1, 3)] // ceil(5 / 2) + 1 = 4, but 3·2 ≥ 5 + 1 drops the window that would start in the pad
    [InlineData(7, 3, 2, 0, 3)]
    public void IncludeLastPixelOutputSizes(int h, int kernel, int stride, int pad, int expected)
    {
        PoolingReference.IncludeLastPixelOutput(h, kernel, stride, pad).ShouldBe(expected);
        var p = new PoolingLayerParams { Type = PoolingLayerParams.Types.PoolingType.Max, IncludeLastPixel = new PoolingLayerParams.Types.ValidCompletePadding() };
        p.KernelSize.Add(new[] { (ulong)kernel, 1UL });
        p.Stride.Add(new[] { (ulong)stride, 1UL });
        p.IncludeLastPixel.PaddingAmounts.Add(new[] { (ulong)pad, 0UL });
        var kernelUnderTest = KernelHarness.Build(Layer("pool", l => l.Pooling = p));
        kernelUnderTest.InferOutputShapes(new[] { new[] { 1, 1, 1, h, 2 } })[0].ShouldBe(new[] { 1, 1, 1, expected, 2 });
    }

    [Fact]
    public void IncludeLastPixelRefusesAWindowWhollyOutsideTheInput()
    {
        // H = 4, kernel 1, stride 2, no pad: ceil(3 / 2) + 1 = 3 windows, the last starting at 4 = H.
        var p = new PoolingLayerParams { IncludeLastPixel = new PoolingLayerParams.Types.ValidCompletePadding() };
        p.KernelSize.Add(new[] { 1UL, 1UL });
        p.Stride.Add(new[] { 2UL, 1UL });
        var kernel = KernelHarness.Build(Layer("pool", l => l.Pooling = p));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 1, 4, 2 } })).Message.ShouldContain("includeLastPixel");
    }
}
