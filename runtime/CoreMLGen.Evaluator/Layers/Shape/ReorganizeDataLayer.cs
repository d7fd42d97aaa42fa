using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// reorganizeData on the last three dimensions [C, H, W] (leading ones are batch), block size b:
/// DEPTH_TO_SPACE: out[c, h*b+i, w*b+j] = in[(i*b+j)*C' + c, h, w] with C' = C/b²;
/// PIXEL_SHUFFLE: out[c, h*b+i, w*b+j] = in[c*b² + i*b + j, h, w];
/// SPACE_TO_DEPTH: the inverse of DEPTH_TO_SPACE. (These match the spec's worked example.)
/// </summary>
internal sealed class ReorganizeDataLayer : DataMovementLayer
{
    private readonly ReorganizeDataLayerParams.Types.ReorganizationType mode;
    private readonly int block;

    public ReorganizeDataLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 1, 1, 1)
    {
        ReorganizeDataLayerParams reorganize = layer.ReorganizeData;
        if (reorganize.BlockSize < 2 || reorganize.BlockSize > 65536)
        {
            throw LoadError("has block size " + Text((long)reorganize.BlockSize) + "; it must be at least 2.");
        }

        mode = reorganize.Mode;
        if (mode != ReorganizeDataLayerParams.Types.ReorganizationType.SpaceToDepth
            && mode != ReorganizeDataLayerParams.Types.ReorganizationType.DepthToSpace
            && mode != ReorganizeDataLayerParams.Types.ReorganizationType.PixelShuffle)
        {
            throw LoadError("has an unknown mode " + Text((long)mode) + ".");
        }

        block = (int)reorganize.BlockSize;
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, 3);
        int rank = input.Length;
        int outer = ShapeMath.Product(input, 0, rank - 3);
        int c = input[rank - 3], h = input[rank - 2], w = input[rank - 1], b = block;
        var output = (int[])input.Clone();
        int[] window, sourceStrides;
        if (mode == ReorganizeDataLayerParams.Types.ReorganizationType.SpaceToDepth)
        {
            if (h % b != 0 || w % b != 0)
            {
                throw ShapeError("block size " + Text(b) + " does not divide the height and width of the input [" + ShapeMath.Format(input) + "].");
            }

            output[rank - 3] = c * b * b;
            output[rank - 2] = h / b;
            output[rank - 1] = w / b;

            // Output read as [outer, i, j, c, h', w'].
            window = new[] { outer, b, b, c, h / b, w / b };
            sourceStrides = new[] { c * h * w, w, 1, h * w, b * w, b };
        }
        else
        {
            if (c % (b * b) != 0)
            {
                throw ShapeError("block size " + Text(b) + " squared does not divide the channels of the input [" + ShapeMath.Format(input) + "].");
            }

            int c2 = c / (b * b);
            output[rank - 3] = c2;
            output[rank - 2] = h * b;
            output[rank - 1] = w * b;

            // Output read as [outer, c', h, i, w, j].
            window = new[] { outer, c2, h, b, w, b };
            int hw = h * w;
            sourceStrides = mode == ReorganizeDataLayerParams.Types.ReorganizationType.DepthToSpace
                ? new[] { c * hw, hw, w, b * c2 * hw, 1, c2 * hw }
                : new[] { c * hw, b * b * hw, w, b * hw, 1, hw };
        }

        var copy = new StridedCopy(window, sourceStrides, ShapeMath.Strides(window));
        return CopyPlan.Single(output, copy);
    }
}
