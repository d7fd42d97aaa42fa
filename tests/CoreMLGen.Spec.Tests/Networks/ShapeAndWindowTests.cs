using CoreML.Specification;
using CoreMLGen.Spec.Networks;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Networks;

/// <summary>The tracer's layer rules: which layers keep a state's elements in order, and where slices and joins put them.</summary>
public sealed class ShapeAndWindowTests
{
    private static string? Pass(NeuralNetworkLayer layer, params long[] shape) => ShapeOnlyLayers.PassThrough(layer, BlobShape.Of(shape))?.ToString();

    [Fact]
    public void Expand_squeeze_and_reshape_keep_the_order()
    {
        Pass(Layers.ExpandDims("e", "a", "b", 2, 3, 4), 1, 16).ShouldBe("[1,16,1,1,1]");
        Pass(Layers.ExpandDims("e", "a", "b", -1), 8).ShouldBe("[8,1]");
        Pass(Layers.Squeeze("s", "a", "b", 0, 3, 4), 1, 1, 16, 1, 1).ShouldBe("[1,16]");
        Pass(Layers.ReshapeStatic("r", "a", "b", 2, -1), 1, 1, 16, 1, 1).ShouldBe("[2,8]");
        Pass(Layers.Copy("c", "a", "b"), 1, 8).ShouldBe("[1,8]");
    }

    [Fact]
    public void Squeezing_a_dimension_that_is_not_1_is_not_a_shape_change()
        => Pass(Layers.Squeeze("s", "a", "b", 2), 1, 1, 16, 1, 1).ShouldBeNull();

    [Fact]
    public void Transposes_keep_the_order_only_when_they_move_size_1_dimensions()
    {
        Pass(Layers.Transpose("t", "a", "b", 1, 0, 2), 1, 8, 1).ShouldBe("[8,1,1]");
        Pass(Layers.Transpose("t", "a", "b", 1, 0), 2, 8).ShouldBeNull();
    }

    [Fact]
    public void Legacy_permute_acts_on_sequence_channel_height_width()
    {
        var permute = Layers.Layer("p", new[] { "a" }, new[] { "b" }, layer => layer.Permute = new PermuteLayerParams { Axis = { 0, 2, 1, 3 } });

        Pass(permute, 1, 1, 8, 1, 1).ShouldBe("[1,1,1,8,1]");
        Pass(permute, 1, 1, 8, 2, 1).ShouldBeNull();
    }

    [Fact]
    public void Legacy_slice_counts_negative_indices_from_the_end()
    {
        var slice = Layers.SliceChannels("s", "a", "b", 8, -1);

        var piece = WindowLayers.Select(slice, 0, BlobShape.Of(new long[] { 1, 1, 16, 1, 1 })).ShouldNotBeNull();

        piece.Offset.ShouldBe(8);
        piece.Shape.ToString().ShouldBe("[1,1,7,1,1]");
    }

    [Fact]
    public void Slices_after_a_dimension_larger_than_1_are_not_contiguous()
        => WindowLayers.Select(Layers.SplitND("s", "a", new[] { "b", "c" }, 1, 2), 1, BlobShape.Of(new long[] { 2, 16 })).ShouldBeNull();

    [Fact]
    public void Split_nd_with_sizes_and_slice_static_give_offsets()
    {
        var split = Layers.Layer("s", new[] { "a" }, new[] { "b", "c" }, layer => layer.SplitND = new SplitNDLayerParams { Axis = -1, SplitSizes = { 6, 10 } });
        WindowLayers.Select(split, 1, BlobShape.Of(new long[] { 1, 16 })).ShouldNotBeNull().Offset.ShouldBe(6);

        var slice = Layers.Layer("s", new[] { "a" }, new[] { "b" }, layer => layer.SliceStatic = new SliceStaticLayerParams
        {
            BeginIds = { 0, 4 },
            BeginMasks = { true, false },
            EndIds = { 0, 12 },
            EndMasks = { true, false },
            Strides = { 1, 1 },
        });
        var piece = WindowLayers.Select(slice, 0, BlobShape.Of(new long[] { 1, 16 })).ShouldNotBeNull();
        (piece.Offset, piece.Shape.ToString()).ShouldBe((4L, "[1,8]"));
    }

    [Fact]
    public void Joins_place_each_input_after_the_previous_ones()
    {
        var concat = Layers.ConcatND("c", new[] { "a", "b", "c" }, "d", -1);

        var joined = WindowLayers.Join(concat, 2, BlobShape.Of(new long[] { 1, 8 }), name => name == "a" ? 8 : 4).ShouldNotBeNull();

        (joined.Offset, joined.Shape.ToString()).ShouldBe((12L, "[1,20]"));
    }

    [Fact]
    public void Interleaved_joins_and_unknown_sizes_are_not_followed()
    {
        var interleave = Layers.Layer("c", new[] { "a", "b" }, new[] { "d" }, layer => layer.ConcatND = new ConcatNDLayerParams { Axis = -1, Interleave = true });
        WindowLayers.Join(interleave, 1, BlobShape.Of(new long[] { 1, 8 }), _ => 8).ShouldBeNull();
        WindowLayers.Join(Layers.ConcatChannels("c", new[] { "a", "b" }, "d"), 1, BlobShape.Of(new long[] { 1, 1, 8, 1, 1 }), _ => -1).ShouldBeNull();
    }
}
