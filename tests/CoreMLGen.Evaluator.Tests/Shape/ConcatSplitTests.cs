using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class ConcatSplitTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Legacy_concat_joins_rank5_blobs_on_channels_or_sequence(int seed, bool sequenceConcat)
    {
        var random = new Random(seed);
        int axis = sequenceConcat ? 0 : 2;
        int[] shape = ShapeKit.RandomShape(random, 5);
        var inputs = Enumerable.Range(0, random.Next(2, 5)).Select(_ =>
        {
            int[] s = (int[])shape.Clone();
            s[axis] = random.Next(1, 5);
            return ShapeKit.Input(random, s);
        }).ToArray();
        var layer = ShapeKit.Layer("cat", inputs.Length, 1, l => l.Concat = new ConcatLayerParams { SequenceConcat = sequenceConcat });

        Blob[] outputs = ShapeKit.Run(layer, false, inputs.Select(i => i.Blob).ToArray());

        outputs[0].ShouldEqual(ShapeReference.Concat(inputs.Select(i => i.Reference).ToArray(), axis));
    }

    [Theory]
    [InlineData(5, 3, false)]
    [InlineData(6, 4, false)]
    [InlineData(7, 6, true)]
    public void Legacy_concat_in_nd_mode_uses_axis_minus_3_or_minus_5(int seed, int rank, bool sequenceConcat)
    {
        var random = new Random(seed);
        int axis = rank + (sequenceConcat ? -5 : -3);
        int[] shape = ShapeKit.RandomShape(random, rank, 1, 3);
        var inputs = Enumerable.Range(0, 3).Select(_ =>
        {
            int[] s = (int[])shape.Clone();
            s[axis] = random.Next(1, 4);
            return ShapeKit.Input(random, s);
        }).ToArray();
        var layer = ShapeKit.Layer("cat", inputs.Length, 1, l => l.Concat = new ConcatLayerParams { SequenceConcat = sequenceConcat });

        Blob[] outputs = ShapeKit.Run(layer, true, inputs.Select(i => i.Blob).ToArray());

        outputs[0].ShouldEqual(ShapeReference.Concat(inputs.Select(i => i.Reference).ToArray(), axis));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, false)]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(14, true)]
    [InlineData(15, true)]
    public void ConcatND_joins_on_any_axis_and_interleaves(int seed, bool interleave)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 6);
        int axis = random.Next(-rank, rank);
        int resolved = axis < 0 ? axis + rank : axis;
        int[] shape = ShapeKit.RandomShape(random, rank);
        var inputs = Enumerable.Range(0, random.Next(2, 4)).Select(_ =>
        {
            int[] s = (int[])shape.Clone();
            s[resolved] = interleave ? shape[resolved] : random.Next(1, 5);
            return ShapeKit.Input(random, s);
        }).ToArray();
        var layer = ShapeKit.Layer("catnd", inputs.Length, 1, l => l.ConcatND = new ConcatNDLayerParams { Axis = axis, Interleave = interleave });

        Blob[] outputs = ShapeKit.Run(layer, true, inputs.Select(i => i.Blob).ToArray());

        outputs[0].ShouldEqual(ShapeReference.Concat(inputs.Select(i => i.Reference).ToArray(), resolved, interleave));
    }

    [Fact]
    public void ConcatND_interleave_matches_the_spec_example()
    {
        var a = new Blob(new[] { 3, 2 }, new float[] { 1, 2, 3, 4, 5, 6 });
        var b = new Blob(new[] { 3, 2 }, new float[] { 7, 8, 9, 10, 11, 12 });
        var layer = ShapeKit.Layer("catnd", 2, 1, l => l.ConcatND = new ConcatNDLayerParams { Axis = 0, Interleave = true });

        Blob[] outputs = ShapeKit.Run(layer, true, a, b);

        outputs[0].ShouldEqual(new RefTensor(new double[] { 1, 2, 7, 8, 3, 4, 9, 10, 5, 6, 11, 12 }, new[] { 6, 2 }));
    }

    [Theory]
    [InlineData(20, false, 5)]
    [InlineData(21, false, 5)]
    [InlineData(22, true, 3)]
    [InlineData(23, true, 4)]
    public void Legacy_split_makes_equal_channel_parts(int seed, bool nd, int rank)
    {
        var random = new Random(seed);
        int parts = random.Next(2, 5);
        int[] shape = ShapeKit.RandomShape(random, rank);
        shape[rank - 3] = parts * random.Next(1, 4);
        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("split", 1, parts, l => l.Split = new SplitLayerParams { NOutputs = (ulong)parts });

        Blob[] outputs = ShapeKit.Run(layer, nd, input.Blob);

        outputs.ShouldEqual(ShapeReference.Split(input.Reference, rank - 3, Enumerable.Repeat(shape[rank - 3] / parts, parts).ToArray()));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, false)]
    [InlineData(32, true)]
    [InlineData(33, true)]
    [InlineData(34, true)]
    public void SplitND_splits_equally_or_by_sizes_on_any_axis(int seed, bool bySizes)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 6);
        int axis = random.Next(-rank, rank);
        int resolved = axis < 0 ? axis + rank : axis;
        int parts = random.Next(2, 4);
        int[] sizes = bySizes ? Enumerable.Range(0, parts).Select(_ => random.Next(1, 4)).ToArray() : Enumerable.Repeat(random.Next(1, 3), parts).ToArray();
        int[] shape = ShapeKit.RandomShape(random, rank);
        shape[resolved] = sizes.Sum();
        var input = ShapeKit.Input(random, shape);
        var split = new SplitNDLayerParams { Axis = axis, NumSplits = bySizes ? 0UL : (ulong)parts };
        if (bySizes)
        {
            split.SplitSizes.AddRange(sizes.Select(s => (ulong)s));
        }

        var layer = ShapeKit.Layer("splitnd", 1, parts, l => l.SplitND = split);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs.ShouldEqual(ShapeReference.Split(input.Reference, resolved, sizes));
    }
}
