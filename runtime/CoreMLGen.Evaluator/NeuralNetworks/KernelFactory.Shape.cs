using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels.Shape;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// concat, split, slice, reshape, flatten, permute, squeeze, expandDims, copy, loadConstant and their ND forms; reorganizeData, padding, constantPad, tile, getShape.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateShape(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            // Rank-5 legacy layers (in ND mode they act on the trailing axes, as the spec describes).
            case NeuralNetworkLayer.LayerOneofCase.Concat:
                return ConcatKernel.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Split:
                return SplitKernel.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Slice:
                return new SliceKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Reshape:
                return new ReshapeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Flatten:
                return new FlattenKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Permute:
                return TransposeKernel.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReorganizeData:
                return new ReorganizeDataKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Padding:
                return new PaddingKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.LoadConstant:
                return LoadConstantKernel.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Copy:
                return new CopyKernel(layer);

            // ND layers.
            case NeuralNetworkLayer.LayerOneofCase.ConcatND:
                return ConcatKernel.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.SplitND:
                return SplitKernel.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.SliceStatic:
                return new SliceStaticKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.SliceBySize:
                return new SliceBySizeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Squeeze:
                return new SqueezeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.ExpandDims:
                return new ExpandDimsKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Transpose:
                return TransposeKernel.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReshapeStatic:
                return ReshapeStaticKernel.Static(layer);
            case NeuralNetworkLayer.LayerOneofCase.RankPreservingReshape:
                return ReshapeStaticKernel.RankPreserving(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReshapeLike:
                return new ReshapeLikeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.FlattenTo2D:
                return new FlattenTo2DKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.LoadConstantND:
                return LoadConstantKernel.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.GetShape:
                return new GetShapeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Tile:
                return new TileKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.ConstantPad:
                return new ConstantPadKernel(layer);
            default:
                return null;
        }
    }
}
