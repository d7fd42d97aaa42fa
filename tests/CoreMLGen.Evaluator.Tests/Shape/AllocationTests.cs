using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

/// <summary>Once the shapes are known, running a shape kernel allocates nothing.</summary>
public class AllocationTests
{
    [Fact]
    public void Executing_shape_kernels_does_not_allocate()
    {
        var random = new Random(1);
        var reshape = new ReshapeLayerParams { Mode = ReshapeLayerParams.Types.ReshapeOrder.ChannelLast };
        reshape.TargetShape.AddRange(new long[] { 3, 4, 1, 2 });
        var transpose = new TransposeLayerParams();
        transpose.Axes.AddRange(new ulong[] { 4, 2, 0, 3, 1 });
        var slice = new SliceStaticLayerParams();
        slice.BeginIds.AddRange(new long[] { 0, 0, -1, 0, 1 });
        slice.EndIds.AddRange(new long[] { 1, 2, 0, 2, 2 });
        slice.Strides.AddRange(new long[] { 1, 1, -1, 1, 1 });
        slice.EndMasks.AddRange(new[] { false, false, true, false, false });
        var tile = new TileLayerParams();
        tile.Reps.AddRange(new ulong[] { 2, 1, 3 });
        var cases = new (NeuralNetworkLayer Layer, Blob[] Inputs)[]
        {
            (ShapeKit.Layer("concat", 2, 1, l => l.Concat = new ConcatLayerParams()), new[] { Random(random, 2, 2, 3, 2, 2), Random(random, 2, 2, 1, 2, 2) }),
            (ShapeKit.Layer("reshape", 1, 1, l => l.Reshape = reshape), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("transpose", 1, 1, l => l.Transpose = transpose), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("slice", 1, 1, l => l.SliceStatic = slice), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("split", 1, 3, l => l.Split = new SplitLayerParams { NOutputs = 3 }), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("tile", 1, 1, l => l.Tile = tile), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("pad", 1, 1, l => l.Padding = PaddingTests.Padding(1, 0, 1, 1, 1, 1)), new[] { Random(random, 2, 2, 3, 2, 2) }),
            (ShapeKit.Layer("sbs", 2, 1, l => l.SliceBySize = new SliceBySizeLayerParams { Axis = 2, Size = 2 }), new[] { Random(random, 2, 2, 3, 2, 2), new Blob(new[] { 1 }, new[] { 1f }) }),
        };

        foreach ((NeuralNetworkLayer layer, Blob[] inputs) in cases)
        {
            LayerAdapter kernel = KernelHarness.Build(layer, nd: true);
            Blob[] outputs = kernel.InferOutputShapes(inputs.Select(i => i.Shape).ToArray()).Select(s => new Blob(s)).ToArray();
            kernel.Execute(inputs, outputs);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10; i++)
            {
                kernel.Execute(inputs, outputs);
            }

            (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0, layer.Name);
        }
    }

    private static Blob Random(Random random, params int[] shape) => KernelHarness.Random(random, 1, shape);
}
