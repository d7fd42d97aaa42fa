using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Pooling;

/// <summary>Builds pooling layers (max, average, L2; windowed or global).</summary>
internal static class PoolingLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) =>
        layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.Pooling ? new PoolingLayer(layer) : null;
}
