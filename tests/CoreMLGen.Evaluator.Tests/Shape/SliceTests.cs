using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class SliceTests
{
    [Theory]
    [InlineData(1, SliceLayerParams.Types.SliceAxis.ChannelAxis)]
    [InlineData(2, SliceLayerParams.Types.SliceAxis.ChannelAxis)]
    [InlineData(3, SliceLayerParams.Types.SliceAxis.HeightAxis)]
    [InlineData(4, SliceLayerParams.Types.SliceAxis.HeightAxis)]
    [InlineData(5, SliceLayerParams.Types.SliceAxis.WidthAxis)]
    [InlineData(6, SliceLayerParams.Types.SliceAxis.WidthAxis)]
    [InlineData(7, SliceLayerParams.Types.SliceAxis.ChannelAxis)]
    [InlineData(8, SliceLayerParams.Types.SliceAxis.WidthAxis)]
    public void Legacy_slice_takes_start_to_end_with_stride_and_negative_indices(int seed, SliceLayerParams.Types.SliceAxis sliceAxis)
    {
        var random = new Random(seed);
        int axis = sliceAxis == SliceLayerParams.Types.SliceAxis.ChannelAxis ? 2 : sliceAxis == SliceLayerParams.Types.SliceAxis.HeightAxis ? 3 : 4;
        int[] shape = ShapeKit.RandomShape(random, 5, 1, 3);
        int n = random.Next(3, 8);
        shape[axis] = n;

        // A non-empty window, written with a negative start, a negative end or an end of 0 (= to the end) at random.
        int first = random.Next(0, n - 1), last = random.Next(first + 1, n + 1), stride = random.Next(1, 4);
        long start = random.Next(2) == 0 ? first : first - n;
        long end = last == n ? (random.Next(2) == 0 ? n : 0) : random.Next(2) == 0 ? last : last - n;
        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("slice", 1, 1, l => l.Slice = new SliceLayerParams { StartIndex = start, EndIndex = end, Stride = (ulong)stride, Axis = sliceAxis });

        Blob[] outputs = ShapeKit.Run(layer, false, input.Blob);

        int[][] indices = shape.Select((d, i) => i == axis ? ShapeReference.PythonSlice(n, first, last, stride) : Enumerable.Range(0, d).ToArray()).ToArray();
        outputs[0].ShouldEqual(ShapeReference.Gather(input.Reference, indices));
    }

    [Theory]
    [InlineData(10, SliceLayerParams.Types.SliceAxis.WidthAxis, 1)]
    [InlineData(11, SliceLayerParams.Types.SliceAxis.HeightAxis, 2)]
    [InlineData(12, SliceLayerParams.Types.SliceAxis.ChannelAxis, 3)]
    [InlineData(13, SliceLayerParams.Types.SliceAxis.ChannelAxis, 4)]
    public void Legacy_slice_in_nd_mode_slices_the_trailing_axis_it_names(int seed, SliceLayerParams.Types.SliceAxis sliceAxis, int rank)
    {
        var random = new Random(seed);
        int axis = sliceAxis == SliceLayerParams.Types.SliceAxis.ChannelAxis ? rank - 3 : sliceAxis == SliceLayerParams.Types.SliceAxis.HeightAxis ? rank - 2 : rank - 1;
        int[] shape = ShapeKit.RandomShape(random, rank, 2, 5);
        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("slice", 1, 1, l => l.Slice = new SliceLayerParams { StartIndex = 1, EndIndex = -0, Stride = 1, Axis = sliceAxis });

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        int[][] indices = shape.Select((d, i) => i == axis ? Enumerable.Range(1, d - 1).ToArray() : Enumerable.Range(0, d).ToArray()).ToArray();
        outputs[0].ShouldEqual(ShapeReference.Gather(input.Reference, indices));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    [InlineData(28)]
    [InlineData(29)]
    public void SliceStatic_follows_numpy_with_masks_negative_strides_and_squeezes(int seed)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 6);
        int[] shape = ShapeKit.RandomShape(random, rank, 2, 6);
        var slice = new SliceStaticLayerParams();
        var indices = new int[rank][];
        var outputShape = new List<int>();
        int squeezed = 0;
        for (int d = 0; d < rank; d++)
        {
            int n = shape[d];
            int stride = new[] { -3, -1, 1, 2 }[random.Next(4)];
            bool beginMask = random.Next(2) == 0, endMask = random.Next(2) == 0;
            bool squeeze = squeezed + 1 < rank && random.Next(4) == 0;
            int begin, end, tries = 0;
            do
            {
                // Some draws select nothing; after a few, take the whole axis.
                beginMask |= ++tries > 20;
                endMask |= tries > 20;
                begin = random.Next(-n, n);
                end = random.Next(-n, n);
                indices[d] = squeeze
                    ? new[] { begin < 0 ? begin + n : begin }
                    : ShapeReference.PythonSlice(n, beginMask ? null : begin, endMask ? null : end, stride);
            }
            while (indices[d].Length == 0);

            slice.BeginIds.Add(begin);
            slice.EndIds.Add(end);
            slice.Strides.Add(stride);
            slice.BeginMasks.Add(beginMask);
            slice.EndMasks.Add(endMask);
            slice.SqueezeMasks.Add(squeeze);
            squeezed += squeeze ? 1 : 0;
            if (!squeeze)
            {
                outputShape.Add(indices[d].Length);
            }
        }

        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("slice", 1, 1, l => l.SliceStatic = slice);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        RefTensor gathered = ShapeReference.Gather(input.Reference, indices);
        outputs[0].ShouldEqual(new RefTensor(gathered.Data, outputShape.ToArray()));
    }

    [Fact]
    public void SliceStatic_matches_the_spec_examples()
    {
        var random = new Random(40);
        var input = ShapeKit.Input(random, 5, 5, 5);
        foreach (bool squeezeMiddle in new[] { false, true })
        {
            var slice = new SliceStaticLayerParams();
            slice.BeginIds.AddRange(new long[] { 1, 2, 3 });
            slice.BeginMasks.AddRange(new[] { true, false, true });
            slice.EndIds.AddRange(new long[] { 3, -3, 2 });
            slice.EndMasks.AddRange(new[] { false, true, true });
            slice.Strides.AddRange(new long[] { 2, 2, 2 });
            slice.SqueezeMasks.AddRange(new[] { false, squeezeMiddle, false });
            var layer = ShapeKit.Layer("slice", 1, 1, l => l.SliceStatic = slice);

            Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

            // input[:3:2, 2::2, ::2] and input[:3:2, 2, ::2]
            int[] middle = squeezeMiddle ? new[] { 2 } : new[] { 2, 4 };
            RefTensor gathered = ShapeReference.Gather(input.Reference, new[] { new[] { 0, 2 }, middle, new[] { 0, 2, 4 } });
            outputs[0].ShouldEqual(new RefTensor(gathered.Data, squeezeMiddle ? new[] { 2, 3 } : new[] { 2, 2, 3 }));
        }
    }

    [Fact]
    public void SliceStatic_clamps_out_of_range_indices_like_numpy()
    {
        var random = new Random(41);
        var input = ShapeKit.Input(random, 4, 3);
        var slice = new SliceStaticLayerParams();
        slice.BeginIds.AddRange(new long[] { -100, 100 });
        slice.EndIds.AddRange(new long[] { int.MaxValue, -100 });
        slice.Strides.AddRange(new long[] { 1, -1 });
        slice.BeginMasks.AddRange(new[] { false, false });
        slice.EndMasks.AddRange(new[] { false, false });
        var layer = ShapeKit.Layer("slice", 1, 1, l => l.SliceStatic = slice);

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(ShapeReference.Gather(input.Reference, new[] { new[] { 0, 1, 2, 3 }, new[] { 2, 1, 0 } }));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(53)]
    public void SliceBySize_reads_begin_from_the_second_input(int seed)
    {
        var random = new Random(seed);
        int rank = random.Next(1, 5);
        int axis = random.Next(-rank, rank);
        int resolved = axis < 0 ? axis + rank : axis;
        int[] shape = ShapeKit.RandomShape(random, rank, 2, 6);
        int n = shape[resolved];
        int size = random.Next(1, n + 1);
        int begin = random.Next(0, n - size + 1);
        var input = ShapeKit.Input(random, shape);
        var layer = ShapeKit.Layer("sbs", 2, 1, l => l.SliceBySize = new SliceBySizeLayerParams { Size = size, Axis = axis });
        float written = random.Next(2) == 0 ? begin : begin - n;

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob, new Blob(new[] { 1 }, new[] { written }));

        int[][] indices = shape.Select((d, i) => i == resolved ? Enumerable.Range(begin, size).ToArray() : Enumerable.Range(0, d).ToArray()).ToArray();
        outputs[0].ShouldEqual(ShapeReference.Gather(input.Reference, indices));
    }
}
