using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Linear;

/// <summary>Builds the linear layers: innerProduct, batchedMatMul, embedding, embeddingND.</summary>
internal static class LinearLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.InnerProduct => new InnerProductLayer(layer),
        NeuralNetworkLayer.LayerOneofCase.BatchedMatmul => new BatchedMatMulLayer(layer),
        NeuralNetworkLayer.LayerOneofCase.Embedding or NeuralNetworkLayer.LayerOneofCase.EmbeddingND => new EmbeddingLayer(layer),
        _ => null,
    };
}
