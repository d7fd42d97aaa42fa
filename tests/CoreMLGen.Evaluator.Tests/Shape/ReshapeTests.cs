using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class ReshapeTests
{
    [Theory]
    [InlineData(1, 3, false, 1)]
    [InlineData(2, 3, true, 1)]
    [InlineData(3, 3, false, 3)]
    [InlineData(4, 3, true, 2)]
    [InlineData(5, 4, false, 1)]
    [InlineData(6, 4, true, 1)]
    [InlineData(7, 4, false, 3)]
    [InlineData(8, 4, true, 2)]
    [InlineData(9, 4, true, 3)]
    public void Legacy_reshape_follows_the_spec_in_both_orders(int seed, int targetRank, bool channelLast, int batch)
    {
        var random = new Random(seed);
        int[] shape = ShapeKit.RandomShape(random, 5, 1, 4);
        shape[1] = batch;
        int perItem = shape[0] * shape[2] * shape[3] * shape[4];
        int[] target = targetRank == 3
            ? ShapeKit.RandomFactors(random, shape[2] * shape[3] * shape[4], 3)
            : ShapeKit.RandomFactors(random, perItem, 4);
        var input = ShapeKit.Input(random, shape);
        var reshape = new ReshapeLayerParams { Mode = channelLast ? ReshapeLayerParams.Types.ReshapeOrder.ChannelLast : ReshapeLayerParams.Types.ReshapeOrder.ChannelFirst };
        reshape.TargetShape.AddRange(target.Select(d => (long)d));
        var layer = ShapeKit.Layer("reshape", 1, 1, l => l.Reshape = reshape);

        Blob[] outputs = ShapeKit.Run(layer, random.Next(2) == 0, input.Blob);

        int[] outputShape = targetRank == 3
            ? new[] { shape[0], batch, target[0], target[1], target[2] }
            : new[] { target[0], batch, target[1], target[2], target[3] };
        outputs[0].ShouldEqual(ShapeReference.LegacyReshape(input.Reference, outputShape, channelLast));
    }

    [Theory]
    [InlineData(10, 5, false, false)]
    [InlineData(11, 5, true, false)]
    [InlineData(12, 3, false, true)]
    [InlineData(13, 3, true, true)]
    [InlineData(14, 4, true, true)]
    [InlineData(15, 6, true, true)]
    public void Legacy_flatten_collapses_chw_in_either_order(int seed, int rank, bool channelLast, bool nd)
    {
        var random = new Random(seed);
        var input = ShapeKit.Input(random, ShapeKit.RandomShape(random, rank, 1, 4));
        var mode = channelLast ? FlattenLayerParams.Types.FlattenOrder.ChannelLast : FlattenLayerParams.Types.FlattenOrder.ChannelFirst;
        var layer = ShapeKit.Layer("flatten", 1, 1, l => l.Flatten = new FlattenLayerParams { Mode = mode });

        Blob[] outputs = ShapeKit.Run(layer, nd, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Flatten(input.Reference, channelLast));
    }

    [Theory]
    [InlineData(new[] { 2, 3, 4 }, new long[] { 4, -1 }, new[] { 4, 6 })]
    [InlineData(new[] { 2, 3, 4 }, new long[] { 0, 0, 2, 2 }, new[] { 2, 3, 2, 2 })]
    [InlineData(new[] { 2, 3, 4 }, new long[] { -1 }, new[] { 24 })]
    [InlineData(new[] { 6 }, new long[] { 1, 2, 1, 3, 1 }, new[] { 1, 2, 1, 3, 1 })]
    [InlineData(new[] { 5, 2 }, new long[] { 0, -1, 1 }, new[] { 5, 2, 1 })]
    public void ReshapeStatic_keeps_zeros_and_infers_minus_one(int[] shape, long[] target, int[] expected)
    {
        var reshape = new ReshapeStaticLayerParams();
        reshape.TargetShape.AddRange(target);
        ShapeKit.ShouldReinterpret(l => l.ReshapeStatic = reshape, shape, expected);
    }

    [Theory]
    [InlineData(new[] { 20, 10 }, new long[] { 5, -1 }, new[] { 5, 40 })]
    [InlineData(new[] { 20, 10, 5 }, new long[] { 0, 2, 25 }, new[] { 20, 2, 25 })]
    [InlineData(new[] { 10, 3, 5 }, new long[] { 25, 0, -1 }, new[] { 25, 3, 2 })]
    public void RankPreservingReshape_matches_the_spec_examples(int[] shape, long[] target, int[] expected)
    {
        var reshape = new RankPreservingReshapeLayerParams();
        reshape.TargetShape.AddRange(target);
        ShapeKit.ShouldReinterpret(l => l.RankPreservingReshape = reshape, shape, expected);
    }

    [Fact]
    public void ReshapeLike_takes_the_second_inputs_shape()
    {
        var random = new Random(22);
        var input = ShapeKit.Input(random, 2, 6);
        var like = ShapeKit.Input(random, 3, 1, 4);
        var layer = ShapeKit.Layer("like", 2, 1, l => l.ReshapeLike = new ReshapeLikeLayerParams());

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob, like.Blob);

        outputs[0].ShouldEqual(new RefTensor(input.Reference.Data, new[] { 3, 1, 4 }));
    }

    [Theory]
    [InlineData(new[] { 3 }, -1, new[] { 1, 3 })]
    [InlineData(new[] { 3 }, 1, new[] { 3, 1 })]
    [InlineData(new[] { 4, 3 }, -1, new[] { 4, 3 })]
    [InlineData(new[] { 5, 2 }, 0, new[] { 1, 10 })]
    [InlineData(new[] { 5, 5, 3 }, -2, new[] { 5, 15 })]
    [InlineData(new[] { 2, 3, 2 }, -1, new[] { 6, 2 })]
    public void FlattenTo2D_matches_the_spec_examples(int[] shape, long axis, int[] expected)
    {
        ShapeKit.ShouldReinterpret(l => l.FlattenTo2D = new FlattenTo2DLayerParams { Axis = axis }, shape, expected);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 10, 5 }, new long[] { 0, 1 }, false, new[] { 10, 5 })]
    [InlineData(new[] { 1, 10, 5, 1 }, new long[] { 0, 3 }, false, new[] { 10, 5 })]
    [InlineData(new[] { 10, 5, 1, 1 }, new long[] { -2, -1 }, false, new[] { 10, 5 })]
    [InlineData(new[] { 1 }, new long[] { 0 }, false, new[] { 1 })]
    [InlineData(new[] { 1, 3, 1, 2, 1 }, new long[0], true, new[] { 3, 2 })]
    [InlineData(new[] { 1, 1 }, new long[0], true, new[] { 1 })]
    public void Squeeze_matches_the_spec_examples_and_squeezeAll(int[] shape, long[] axes, bool all, int[] expected)
    {
        var squeeze = new SqueezeLayerParams { SqueezeAll = all };
        squeeze.Axes.AddRange(axes);
        ShapeKit.ShouldReinterpret(l => l.Squeeze = squeeze, shape, expected);
    }

    [Theory]
    [InlineData(new[] { 10, 5 }, new long[] { 0, 1 }, new[] { 1, 1, 10, 5 })]
    [InlineData(new[] { 10, 5 }, new long[] { 0, 2 }, new[] { 1, 10, 1, 5 })]
    [InlineData(new[] { 10, 5 }, new long[] { -2, -1 }, new[] { 10, 5, 1, 1 })]
    [InlineData(new[] { 3 }, new long[] { -1, 0 }, new[] { 1, 3, 1 })]
    public void ExpandDims_matches_the_spec_examples(int[] shape, long[] axes, int[] expected)
    {
        var expand = new ExpandDimsLayerParams();
        expand.Axes.AddRange(axes);
        ShapeKit.ShouldReinterpret(l => l.ExpandDims = expand, shape, expected);
    }

    [Theory]
    [InlineData(26, false)]
    [InlineData(27, true)]
    public void Copy_copies(int seed, bool nd)
    {
        var random = new Random(seed);
        var input = ShapeKit.Input(random, ShapeKit.RandomShape(random, nd ? random.Next(1, 6) : 5));
        var layer = ShapeKit.Layer("copy", 1, 1, l => l.Copy = new CopyLayerParams());

        Blob[] outputs = ShapeKit.Run(layer, nd, input.Blob);

        outputs[0].ShouldEqual(input.Reference);
        outputs[0].Data.ShouldNotBeSameAs(input.Blob.Data);
    }
}
