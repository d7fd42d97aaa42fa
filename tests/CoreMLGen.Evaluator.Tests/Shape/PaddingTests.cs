using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class PaddingTests
{
    [Theory]
    [InlineData(0, new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 5, 6, 7, 8, 0, 0, 9, 10, 11, 12 })]
    [InlineData(1, new double[] { 11, 10, 9, 10, 11, 12, 7, 6, 5, 6, 7, 8, 3, 2, 1, 2, 3, 4, 7, 6, 5, 6, 7, 8, 11, 10, 9, 10, 11, 12 })]
    [InlineData(2, new double[] { 1, 1, 1, 2, 3, 4, 1, 1, 1, 2, 3, 4, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 9, 9, 10, 11, 12 })]
    public void Padding_matches_the_spec_example(int mode, double[] expected)
    {
        var input = new Blob(new[] { 1, 1, 1, 3, 4 }, Enumerable.Range(1, 12).Select(v => (float)v).ToArray());
        var layer = ShapeKit.Layer("pad", 1, 1, l => l.Padding = Padding(mode, 0, 2, 0, 2, 0));

        Blob[] outputs = ShapeKit.Run(layer, false, input);

        outputs[0].ShouldEqual(new RefTensor(expected, new[] { 1, 1, 1, 5, 6 }));
    }

    [Theory]
    [InlineData(1, 0, 5)]
    [InlineData(2, 1, 5)]
    [InlineData(3, 2, 5)]
    [InlineData(4, 0, 2)]
    [InlineData(5, 1, 3)]
    [InlineData(6, 2, 4)]
    public void Padding_pads_the_last_two_dimensions(int seed, int mode, int rank)
    {
        var random = new Random(seed);
        int[] shape = ShapeKit.RandomShape(random, rank, 1, 3);
        shape[rank - 2] = random.Next(3, 6);
        shape[rank - 1] = random.Next(3, 6);
        int[] pads = Enumerable.Range(0, 4).Select(_ => random.Next(0, 3)).ToArray();
        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("pad", 1, 1, l => l.Padding = Padding(mode, 1.5f, pads[0], pads[1], pads[2], pads[3]));

        Blob[] outputs = ShapeKit.Run(layer, rank != 5, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Pad(input.Reference, pads[0], pads[1], pads[2], pads[3], mode, 1.5f));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void ConstantPad_pads_every_dimension(int seed)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 5);
        int[] before = Enumerable.Range(0, rank).Select(_ => random.Next(0, 3)).ToArray();
        int[] after = Enumerable.Range(0, rank).Select(_ => random.Next(0, 3)).ToArray();
        var input = ShapeKit.Input(random, ShapeKit.RandomShape(random, rank));
        var pad = new ConstantPaddingLayerParams { Value = -2.5f };
        pad.PadAmounts.AddRange(Enumerable.Range(0, rank).SelectMany(d => new[] { (ulong)before[d], (ulong)after[d] }));
        var layer = ShapeKit.Layer("cpad", 1, 1, l => l.ConstantPad = pad);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.ConstantPad(input.Reference, before, after, -2.5));
    }

    [Theory]
    [InlineData(new[] { 20, 10 }, new ulong[] { 0, 1, 4, 0 }, false, new[] { 0, 4 }, new[] { 1, 0 })]
    [InlineData(new[] { 20, 10, 5 }, new ulong[] { 0, 0, 3, 4, 0, 9 }, false, new[] { 0, 3, 0 }, new[] { 0, 4, 9 })]
    [InlineData(new[] { 20, 10 }, new ulong[] { 0, 21, 14, 0 }, true, new[] { 0, 4 }, new[] { 1, 0 })]
    [InlineData(new[] { 20, 10, 5 }, new ulong[] { 0, 0, 17, 0, 0, 14 }, true, new[] { 0, 7, 0 }, new[] { 0, 0, 9 })]
    public void ConstantPad_matches_the_spec_examples(int[] shape, ulong[] amounts, bool toOutputSize, int[] before, int[] after)
    {
        var input = ShapeKit.Input(new Random(14), shape);
        var pad = new ConstantPaddingLayerParams { Value = 3, PadToGivenOutputSizeMode = toOutputSize };
        pad.PadAmounts.AddRange(amounts);
        var layer = ShapeKit.Layer("cpad", 1, 1, l => l.ConstantPad = pad);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.ConstantPad(input.Reference, before, after, 3));
    }

    internal static PaddingLayerParams Padding(int mode, float value, int top, int bottom, int left, int right)
    {
        var padding = new PaddingLayerParams { PaddingAmounts = new BorderAmounts() };
        padding.PaddingAmounts.BorderAmounts_.Add(new BorderAmounts.Types.EdgeSizes { StartEdgeSize = (ulong)top, EndEdgeSize = (ulong)bottom });
        padding.PaddingAmounts.BorderAmounts_.Add(new BorderAmounts.Types.EdgeSizes { StartEdgeSize = (ulong)left, EndEdgeSize = (ulong)right });
        switch (mode)
        {
            case 0:
                padding.Constant = new PaddingLayerParams.Types.PaddingConstant { Value = value };
                break;
            case 1:
                padding.Reflection = new PaddingLayerParams.Types.PaddingReflection();
                break;
            default:
                padding.Replication = new PaddingLayerParams.Types.PaddingReplication();
                break;
        }

        return padding;
    }
}
