using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class PermuteTests
{
    [Theory]
    [InlineData(new ulong[] { 0, 3, 1, 2 }, new[] { 2, 3, 7, 4, 5 })] // [Seq, B, W, C, H]
    [InlineData(new ulong[] { 3, 1, 2, 0 }, new[] { 7, 3, 4, 5, 2 })] // [W, B, C, H, Seq]
    [InlineData(new ulong[] { 0, 3, 2, 1 }, new[] { 2, 3, 7, 5, 4 })] // [Seq, B, W, H, C]
    [InlineData(new ulong[] { 0, 1, 2, 3 }, new[] { 2, 3, 4, 5, 7 })]
    [InlineData(new ulong[0], new[] { 2, 3, 4, 5, 7 })]
    [InlineData(new ulong[] { 2, 0, 3, 1 }, new[] { 5, 3, 2, 7, 4 })]
    public void Legacy_permute_moves_seq_c_h_w_and_keeps_batch(ulong[] axis, int[] expectedShape)
    {
        var input = ShapeKit.Input(new Random(1), 2, 3, 4, 5, 7);
        var permute = new PermuteLayerParams();
        permute.Axis.AddRange(axis);
        var layer = ShapeKit.Layer("permute", 1, 1, l => l.Permute = permute);

        foreach (bool nd in new[] { false, true })
        {
            Blob[] outputs = ShapeKit.Run(layer, nd, input.Blob);

            // The spec's [Seq, C, H, W] numbering on the rank-5 blob [Seq, B, C, H, W].
            int[] rank5 = { 0, 2, 3, 4 };
            int[] order = axis.Length == 0 ? new[] { 0, 1, 2, 3 } : axis.Select(a => (int)a).ToArray();
            int[] perm = { rank5[order[0]], 1, rank5[order[1]], rank5[order[2]], rank5[order[3]] };
            outputs[0].Shape.ShouldBe(expectedShape);
            outputs[0].ShouldEqual(ShapeReference.Transpose(input.Reference, perm));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Transpose_permutes_any_rank(int seed)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 7);
        int[] perm = Enumerable.Range(0, rank).OrderBy(_ => random.Next()).ToArray();
        var input = ShapeKit.Input(random, ShapeKit.RandomShape(random, rank, 1, 4));
        var transpose = new TransposeLayerParams();
        transpose.Axes.AddRange(perm.Select(p => (ulong)p));
        var layer = ShapeKit.Layer("transpose", 1, 1, l => l.Transpose = transpose);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Transpose(input.Reference, perm));
    }

    [Fact]
    public void Transpose_matches_the_spec_example_shape()
    {
        var input = ShapeKit.Input(new Random(16), 6, 7, 8, 9);
        var transpose = new TransposeLayerParams();
        transpose.Axes.AddRange(new ulong[] { 3, 1, 2, 0 });
        var layer = ShapeKit.Layer("transpose", 1, 1, l => l.Transpose = transpose);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].Shape.ShouldBe(new[] { 9, 7, 8, 6 });
        outputs[0].ShouldEqual(ShapeReference.Transpose(input.Reference, new[] { 3, 1, 2, 0 }));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Tile_repeats_along_each_axis(int seed)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 5);
        int[] reps = Enumerable.Range(0, random.Next(1, rank + 1)).Select(_ => random.Next(1, 4)).ToArray();
        var input = ShapeKit.Input(random, ShapeKit.RandomShape(random, rank, 1, 3));
        var tile = new TileLayerParams();
        tile.Reps.AddRange(reps.Select(r => (ulong)r));
        var layer = ShapeKit.Layer("tile", 1, 1, l => l.Tile = tile);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Tile(input.Reference, reps));
    }

    [Theory]
    [InlineData(ReorganizeDataLayerParams.Types.ReorganizationType.DepthToSpace, new double[] { 1, 5, 2, 6, 9, 13, 10, 14, 3, 7, 4, 8, 11, 15, 12, 16 })]
    [InlineData(ReorganizeDataLayerParams.Types.ReorganizationType.PixelShuffle, new double[] { 1, 3, 2, 4, 5, 7, 6, 8, 9, 11, 10, 12, 13, 15, 14, 16 })]
    public void ReorganizeData_matches_the_spec_example(ReorganizeDataLayerParams.Types.ReorganizationType mode, double[] expected)
    {
        var input = new Blob(new[] { 1, 1, 8, 1, 2 }, Enumerable.Range(1, 16).Select(v => (float)v).ToArray());
        var layer = ShapeKit.Layer("reorg", 1, 1, l => l.ReorganizeData = new ReorganizeDataLayerParams { Mode = mode, BlockSize = 2 });

        Blob[] outputs = ShapeKit.Run(layer, false, input);

        outputs[0].ShouldEqual(new RefTensor(expected, new[] { 1, 1, 2, 2, 4 }));

        if (mode == ReorganizeDataLayerParams.Types.ReorganizationType.DepthToSpace)
        {
            // SPACE_TO_DEPTH is the inverse.
            var back = ShapeKit.Layer("reorg", 1, 1, l => l.ReorganizeData = new ReorganizeDataLayerParams { Mode = ReorganizeDataLayerParams.Types.ReorganizationType.SpaceToDepth, BlockSize = 2 });
            ShapeKit.Run(back, false, outputs[0])[0].ShouldEqual(ShapeKit.ToReference(input));
        }
    }

    [Theory]
    [InlineData(30, 0, 3)]
    [InlineData(31, 1, 3)]
    [InlineData(32, 2, 3)]
    [InlineData(33, 0, 5)]
    [InlineData(34, 1, 5)]
    [InlineData(35, 2, 4)]
    public void ReorganizeData_moves_blocks_in_every_mode(int seed, int mode, int rank)
    {
        var random = new Random(seed);
        int b = random.Next(2, 4);
        int[] shape = ShapeKit.RandomShape(random, rank, 1, 3);
        if (mode == 0)
        {
            shape[rank - 2] *= b;
            shape[rank - 1] *= b;
        }
        else
        {
            shape[rank - 3] *= b * b;
        }

        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("reorg", 1, 1, l => l.ReorganizeData = new ReorganizeDataLayerParams { Mode = (ReorganizeDataLayerParams.Types.ReorganizationType)mode, BlockSize = (ulong)b });

        Blob[] outputs = ShapeKit.Run(layer, rank != 5, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Reorganize(input.Reference, mode, b));
    }
}
