using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>Builds the shape and data-movement layers: concat, split, slice, reshape, flatten, permute, squeeze, expandDims, copy, loadConstant and their ND forms; reorganizeData, padding, constantPad, tile, getShape.</summary>
internal static class ShapeLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer)
    {
        switch (layer.LayerCase)
        {
            // Rank-5 legacy layers (in ND mode they act on the trailing axes, as the spec describes).
            case NeuralNetworkLayer.LayerOneofCase.Concat:
                return ConcatLayer.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Split:
                return SplitLayer.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Slice:
                return new SliceLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Reshape:
                return new ReshapeLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Flatten:
                return new FlattenLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Permute:
                return TransposeLayer.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReorganizeData:
                return new ReorganizeDataLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Padding:
                return new PaddingLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.LoadConstant:
                return LoadConstantLayer.Legacy(layer);
            case NeuralNetworkLayer.LayerOneofCase.Copy:
                return new CopyLayer(layer);

            // ND layers.
            case NeuralNetworkLayer.LayerOneofCase.ConcatND:
                return ConcatLayer.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.SplitND:
                return SplitLayer.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.SliceStatic:
                return new SliceStaticLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.SliceBySize:
                return new SliceBySizeLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Squeeze:
                return new SqueezeLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.ExpandDims:
                return new ExpandDimsLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Transpose:
                return TransposeLayer.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReshapeStatic:
                return ReshapeStaticLayer.Static(layer);
            case NeuralNetworkLayer.LayerOneofCase.RankPreservingReshape:
                return ReshapeStaticLayer.RankPreserving(layer);
            case NeuralNetworkLayer.LayerOneofCase.ReshapeLike:
                return new ReshapeLikeLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.FlattenTo2D:
                return new FlattenTo2DLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.LoadConstantND:
                return LoadConstantLayer.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.GetShape:
                return new GetShapeLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.Tile:
                return new TileLayer(layer);
            case NeuralNetworkLayer.LayerOneofCase.ConstantPad:
                return new ConstantPadLayer(layer);
            default:
                return null;
        }
    }
}
