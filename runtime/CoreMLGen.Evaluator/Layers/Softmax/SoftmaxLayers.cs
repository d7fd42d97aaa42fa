using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Softmax;

/// <summary>Builds softmax (over channels) and softmaxND (over any axis).</summary>
internal static class SoftmaxLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.Softmax => SoftmaxLayer.Channels(layer),
        NeuralNetworkLayer.LayerOneofCase.SoftmaxND => SoftmaxLayer.Nd(layer),
        _ => null,
    };
}
