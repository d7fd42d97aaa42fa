using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

/// <summary>Bad parameters fail when the layer is built; shapes that do not fit fail when output shapes are inferred.</summary>
public class BadInputTests
{
    [Fact]
    public void Transpose_axes_that_are_not_a_permutation_fail_at_load()
    {
        ShouldFailToLoad(l => l.Transpose = Transpose(0, 2, 2), "permutation");
        ShouldFailToLoad(l => l.Transpose = Transpose(0, 3, 1), "permutation");
        ShouldFailToLoad(l => l.Transpose = new TransposeLayerParams(), "axes");
    }

    [Fact]
    public void Permute_needs_four_axes_that_form_a_permutation()
    {
        var three = new PermuteLayerParams();
        three.Axis.AddRange(new ulong[] { 0, 1, 2 });
        ShouldFailToLoad(l => l.Permute = three, "4 axes");
        var repeated = new PermuteLayerParams();
        repeated.Axis.AddRange(new ulong[] { 0, 1, 1, 2 });
        ShouldFailToLoad(l => l.Permute = repeated, "permutation");
    }

    [Fact]
    public void LoadConstant_data_of_the_wrong_size_or_shape_fails_at_load()
    {
        var shortData = new LoadConstantLayerParams { Data = ConstantTests.Data(new double[] { 1, 2, 3 }, false) };
        shortData.Shape.AddRange(new ulong[] { 2, 1, 2 });
        ShouldFailToLoad(l => l.LoadConstant = shortData, "truncated or mis-sized", inputs: 0);

        var rank2 = new LoadConstantLayerParams { Data = ConstantTests.Data(new double[] { 1, 2 }, false) };
        rank2.Shape.AddRange(new ulong[] { 1, 2 });
        ShouldFailToLoad(l => l.LoadConstant = rank2, "[C, H, W]", inputs: 0);

        var nd = new LoadConstantNDLayerParams { Data = ConstantTests.Data(new double[] { 1, 2, 3, 4, 5 }, true) };
        nd.Shape.AddRange(new ulong[] { 2, 2 });
        ShouldFailToLoad(l => l.LoadConstantND = nd, "truncated or mis-sized", inputs: 0);
    }

    [Fact]
    public void Bad_slice_parameters_fail_at_load()
    {
        ShouldFailToLoad(l => l.Slice = new SliceLayerParams { StartIndex = 0, EndIndex = 2, Stride = 0 }, "stride");
        ShouldFailToLoad(l => l.SliceStatic = Static(new long[] { 0, 0 }, new long[] { 1 }, new long[] { 1, 1 }), "equal in number");
        ShouldFailToLoad(l => l.SliceStatic = Static(new long[] { 0 }, new long[] { 1 }, new long[] { 0 }), "stride");
        ShouldFailToLoad(l => l.SliceBySize = new SliceBySizeLayerParams { Size = 0 }, "size", inputs: 2);
    }

    [Fact]
    public void Other_bad_parameters_fail_at_load()
    {
        ShouldFailToLoad(l => l.ReshapeStatic = ReshapeStatic(-1, 2, -1), "single -1");
        ShouldFailToLoad(l => l.ReshapeStatic = ReshapeStatic(2, -3), "single -1");
        var reshape = new ReshapeLayerParams();
        reshape.TargetShape.AddRange(new long[] { 2, 3 });
        ShouldFailToLoad(l => l.Reshape = reshape, "3 or 4");
        var squeeze = new SqueezeLayerParams();
        squeeze.Axes.AddRange(new long[] { 1, 1 });
        ShouldFailToLoad(l => l.Squeeze = squeeze, "more than once");
        ShouldFailToLoad(l => l.ExpandDims = new ExpandDimsLayerParams(), "no axes");
        ShouldFailToLoad(l => l.Tile = new TileLayerParams(), "reps");
        ShouldFailToLoad(l => l.Tile = Tile(2), "second input", inputs: 2);
        ShouldFailToLoad(l => l.ReorganizeData = new ReorganizeDataLayerParams { BlockSize = 1 }, "block size");
        ShouldFailToLoad(l => l.SplitND = new SplitNDLayerParams { Axis = 0, NumSplits = 3 }, "3 parts", outputs: 2);
        ShouldFailToLoad(l => l.Split = new SplitLayerParams { NOutputs = 3 }, "3 parts", outputs: 2);
        ShouldFailToLoad(l => l.Padding = new PaddingLayerParams(), "padding type");
        var odd = new ConstantPaddingLayerParams();
        odd.PadAmounts.AddRange(new ulong[] { 1, 2, 3 });
        ShouldFailToLoad(l => l.ConstantPad = odd, "pair");
        var both = new ConstantPaddingLayerParams { PadToGivenOutputSizeMode = true };
        both.PadAmounts.AddRange(new ulong[] { 4, 5 });
        ShouldFailToLoad(l => l.ConstantPad = both, "both");
    }

    [Fact]
    public void Shapes_that_do_not_fit_fail_at_shape_inference()
    {
        ShouldFailShapes(l => l.Slice = new SliceLayerParams { StartIndex = 2, EndIndex = 9, Stride = 1 }, new[] { 1, 1, 4, 2, 2 }, "out of range");
        ShouldFailShapes(l => l.Slice = new SliceLayerParams { StartIndex = -9, EndIndex = 2, Stride = 1, Axis = SliceLayerParams.Types.SliceAxis.WidthAxis }, new[] { 1, 1, 4, 2, 2 }, "out of range");
        ShouldFailShapes(l => l.Slice = new SliceLayerParams { StartIndex = 0, EndIndex = 2, Stride = 1 }, new[] { 3, 3 }, "rank 3");
        ShouldFailShapes(l => l.SliceStatic = Static(new long[] { 0, 3 }, new long[] { 2, 1 }, new long[] { 1, 1 }), new[] { 4, 4 }, "empty");
        ShouldFailShapes(l => l.SliceStatic = Static(new long[] { 0 }, new long[] { 2 }, new long[] { 1 }), new[] { 4, 4 }, "rank 1");
        ShouldFailShapes(l => l.ReshapeStatic = ReshapeStatic(5, -1), new[] { 2, 3 }, "infer");
        ShouldFailShapes(l => l.ReshapeStatic = ReshapeStatic(5, 2), new[] { 2, 3 }, "cannot reshape");
        var reshape = new ReshapeLayerParams();
        reshape.TargetShape.AddRange(new long[] { 5, 1, 1 });
        ShouldFailShapes(l => l.Reshape = reshape, new[] { 1, 1, 2, 2, 1 }, "cannot reshape");
        ShouldFailShapes(l => l.Transpose = Transpose(1, 0), new[] { 2, 3, 4 }, "rank 2");
        var squeeze = new SqueezeLayerParams();
        squeeze.Axes.Add(0);
        ShouldFailShapes(l => l.Squeeze = squeeze, new[] { 2, 1 }, "unit");
        var expand = new ExpandDimsLayerParams();
        expand.Axes.Add(3);
        ShouldFailShapes(l => l.ExpandDims = expand, new[] { 2 }, "out of range");
        ShouldFailShapes(l => l.Split = new SplitLayerParams { NOutputs = 2 }, new[] { 1, 1, 3, 1, 1 }, "equal parts", outputs: 2);
        var sizes = new SplitNDLayerParams { Axis = -1 };
        sizes.SplitSizes.AddRange(new ulong[] { 1, 1 });
        ShouldFailShapes(l => l.SplitND = sizes, new[] { 2, 3 }, "add up", outputs: 2);
        ShouldFailShapes(l => l.ReorganizeData = new ReorganizeDataLayerParams { BlockSize = 2, Mode = ReorganizeDataLayerParams.Types.ReorganizationType.DepthToSpace }, new[] { 6, 2, 2 }, "divide");
        ShouldFailShapes(l => l.FlattenTo2D = new FlattenTo2DLayerParams { Axis = 3 }, new[] { 2, 3 }, "out of range");
        ShouldFailShapes(l => l.Tile = Tile(1, 2, 3), new[] { 2, 3 }, "lower rank");
        ShouldFailShapes(l => l.Padding = PaddingTests.Padding(1, 0, 3, 0, 0, 0), new[] { 1, 3, 3 }, "reflection");
        var pads = new ConstantPaddingLayerParams();
        pads.PadAmounts.AddRange(new ulong[] { 1, 1 });
        ShouldFailShapes(l => l.ConstantPad = pads, new[] { 2, 3 }, "two per dimension");
    }

    [Fact]
    public void Concat_with_unequal_other_dimensions_fails_at_shape_inference()
    {
        var concat = ShapeKit.Layer("bad", 2, 1, l => l.Concat = new ConcatLayerParams());
        var error = Should.Throw<CoreMLException>(() => KernelHarness.Build(concat).InferOutputShapes(new[] { new[] { 1, 1, 2, 3, 3 }, new[] { 1, 1, 2, 3, 4 } }));
        error.ShouldNotBeOfType<ModelLoadException>();
        error.Message.ShouldContain("'bad'");

        var interleave = ShapeKit.Layer("bad", 2, 1, l => l.ConcatND = new ConcatNDLayerParams { Axis = 0, Interleave = true });
        Should.Throw<CoreMLException>(() => KernelHarness.Build(interleave, nd: true).InferOutputShapes(new[] { new[] { 2, 3 }, new[] { 1, 3 } }))
            .Message.ShouldContain("interleave");

        var ranks = ShapeKit.Layer("bad", 2, 1, l => l.ConcatND = new ConcatNDLayerParams { Axis = 0 });
        Should.Throw<CoreMLException>(() => KernelHarness.Build(ranks, nd: true).InferOutputShapes(new[] { new[] { 2, 3 }, new[] { 2 } }));
    }

    [Fact]
    public void SliceBySize_with_a_begin_out_of_range_fails_when_run()
    {
        var layer = ShapeKit.Layer("bad", 2, 1, l => l.SliceBySize = new SliceBySizeLayerParams { Size = 2, Axis = 0 });
        var input = new Blob(4);
        foreach (float begin in new[] { 3f, -5f, 1.5f })
        {
            var error = Should.Throw<CoreMLException>(() => ShapeKit.Run(layer, true, input, new Blob(new[] { 1 }, new[] { begin })));
            error.Message.ShouldContain("out of range");
        }
    }

    [Fact]
    public void A_kernel_plans_again_when_run_on_new_shapes()
    {
        var layer = ShapeKit.Layer("t", 1, 1, l => l.Transpose = Transpose(1, 0));
        LayerAdapter kernel = KernelHarness.Build(layer, nd: true);
        kernel.InferOutputShapes(new[] { new[] { 2, 3 } });
        var input = new Blob(new[] { 3, 2 }, Enumerable.Range(0, 6).Select(v => (float)v).ToArray());
        var output = new Blob(2, 3);

        kernel.Execute(new[] { input }, new[] { output });

        output.Data.ShouldBe(new float[] { 0, 2, 4, 1, 3, 5 });
    }

    private static void ShouldFailToLoad(Action<NeuralNetworkLayer> set, string fragment, int inputs = 1, int outputs = 1)
    {
        var layer = ShapeKit.Layer("bad", inputs, outputs, set);
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(layer, nd: true));
        error.LayerName.ShouldBe("bad");
        error.Message.ShouldContain("'bad'");
        error.Message.ShouldContain(fragment);
    }

    private static void ShouldFailShapes(Action<NeuralNetworkLayer> set, int[] inputShape, string fragment, int outputs = 1)
    {
        var layer = ShapeKit.Layer("bad", 1, outputs, set);
        LayerAdapter kernel = KernelHarness.Build(layer, nd: true);
        var error = Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { inputShape }));
        error.ShouldNotBeOfType<ModelLoadException>();
        error.Message.ShouldContain("'bad'");
        error.Message.ShouldContain(fragment);
    }

    private static TransposeLayerParams Transpose(params ulong[] axes)
    {
        var transpose = new TransposeLayerParams();
        transpose.Axes.AddRange(axes);
        return transpose;
    }

    private static ReshapeStaticLayerParams ReshapeStatic(params long[] target)
    {
        var reshape = new ReshapeStaticLayerParams();
        reshape.TargetShape.AddRange(target);
        return reshape;
    }

    private static TileLayerParams Tile(params ulong[] reps)
    {
        var tile = new TileLayerParams();
        tile.Reps.AddRange(reps);
        return tile;
    }

    private static SliceStaticLayerParams Static(long[] begin, long[] end, long[] strides)
    {
        var slice = new SliceStaticLayerParams();
        slice.BeginIds.AddRange(begin);
        slice.EndIds.AddRange(end);
        slice.Strides.AddRange(strides);
        return slice;
    }
}
