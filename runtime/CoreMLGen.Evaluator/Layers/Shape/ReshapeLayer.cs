using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// The legacy rank-5 reshape. targetShape [C, H, W] keeps the sequence length; [Seq, C, H, W] changes it; batch is
/// kept. Per batch item, CHANNEL_FIRST keeps the values' order over (Seq, C, H, W); CHANNEL_LAST reads them in
/// (Seq, H, W, C) order, fills the target in (Seq, H, W, C) order and permutes that back to (Seq, C, H, W).
/// </summary>
internal sealed class ReshapeLayer : DataMovementLayer
{
    private readonly int[] target;
    private readonly bool channelLast;

    public ReshapeLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 1, 1, 1)
    {
        ReshapeLayerParams reshape = layer.Reshape;
        if ((reshape.TargetShape.Count != 3 && reshape.TargetShape.Count != 4) || reshape.TargetShape.Any(d => d < 1 || d > int.MaxValue))
        {
            throw LoadError("has target shape [" + string.Join(", ", reshape.TargetShape.Select(Text)) + "]; it needs 3 or 4 positive dimensions ([C, H, W] or [Seq, C, H, W]).");
        }

        if (reshape.Mode != ReshapeLayerParams.Types.ReshapeOrder.ChannelFirst && reshape.Mode != ReshapeLayerParams.Types.ReshapeOrder.ChannelLast)
        {
            throw LoadError("has an unknown mode " + Text((long)reshape.Mode) + ".");
        }

        target = reshape.TargetShape.Select(d => (int)d).ToArray();
        channelLast = reshape.Mode == ReshapeLayerParams.Types.ReshapeOrder.ChannelLast;
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, 5, 5);
        int seq = input[0], batch = input[1], c = input[2], h = input[3], w = input[4];
        int[] output = target.Length == 3
            ? new[] { seq, batch, target[0], target[1], target[2] }
            : new[] { target[0], batch, target[1], target[2], target[3] };
        int count = ShapeMath.Product(input);
        if (ShapeMath.Product(output) != count)
        {
            throw ShapeError("cannot reshape [" + ShapeMath.Format(input) + "] (" + Text(count) + " values) to [" + ShapeMath.Format(output) + "].");
        }

        int seq2 = output[0], c2 = output[2], h2 = output[3], w2 = output[4];
        int k = c * h * w, k2 = c2 * h2 * w2;
        if (!channelLast && (target.Length == 3 || batch == 1))
        {
            // Every batch item's values stay in place.
            return CopyPlan.Reinterpret(output);
        }

        // Gather each batch item's values into the scratch buffer in reading order, then scatter them into the output.
        CopyStep gather, scatter;
        if (channelLast)
        {
            gather = new CopyStep(0, 0, CopyPlan.Scratch, 0, new StridedCopy(
                new[] { batch, seq, h, w, c }, new[] { k, batch * k, w, 1, h * w }, ShapeMath.Strides(new[] { batch, seq, h, w, c })));
            scatter = new CopyStep(CopyPlan.Scratch, 0, 0, 0, new StridedCopy(
                output, new[] { k2, seq2 * k2, 1, w2 * c2, c2 }, ShapeMath.Strides(output)));
        }
        else
        {
            gather = new CopyStep(0, 0, CopyPlan.Scratch, 0, new StridedCopy(
                new[] { batch, seq, k }, new[] { k, batch * k, 1 }, ShapeMath.Strides(new[] { batch, seq, k })));
            scatter = new CopyStep(CopyPlan.Scratch, 0, 0, 0, new StridedCopy(
                new[] { seq2, batch, k2 }, new[] { k2, seq2 * k2, 1 }, ShapeMath.Strides(new[] { seq2, batch, k2 })));
        }

        return new CopyPlan(new[] { output }, new[] { gather, scatter }, count);
    }
}
