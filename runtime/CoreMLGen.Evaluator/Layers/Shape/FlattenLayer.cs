using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// The legacy flatten: [..., C, H, W] to [..., C*H*W, 1, 1] (leading dimensions are batch). CHANNEL_FIRST keeps
/// the (C, H, W) order; CHANNEL_LAST writes the values in (H, W, C) order.
/// </summary>
internal sealed class FlattenLayer : DataMovementLayer
{
    private readonly bool channelLast;

    public FlattenLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 1, 1, 1)
    {
        FlattenLayerParams.Types.FlattenOrder mode = layer.Flatten.Mode;
        if (mode != FlattenLayerParams.Types.FlattenOrder.ChannelFirst && mode != FlattenLayerParams.Types.FlattenOrder.ChannelLast)
        {
            throw LoadError("has an unknown mode " + Text((long)mode) + ".");
        }

        channelLast = mode == FlattenLayerParams.Types.FlattenOrder.ChannelLast;
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, 3);
        int rank = input.Length;
        int c = input[rank - 3], h = input[rank - 2], w = input[rank - 1];
        var output = (int[])input.Clone();
        output[rank - 3] = c * h * w;
        output[rank - 2] = 1;
        output[rank - 1] = 1;
        if (!channelLast)
        {
            return CopyPlan.Reinterpret(output);
        }

        int outer = ShapeMath.Product(input, 0, rank - 3);
        var window = new[] { outer, h, w, c };
        var copy = new StridedCopy(window, new[] { c * h * w, w, 1, h * w }, ShapeMath.Strides(window));
        return CopyPlan.Single(output, copy);
    }
}
