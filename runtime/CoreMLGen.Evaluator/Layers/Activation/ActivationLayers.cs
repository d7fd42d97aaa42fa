using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Activation;

/// <summary>Builds the activation layer (every NonlinearityType).</summary>
internal static class ActivationLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) =>
        layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.Activation ? new ActivationLayer(layer) : null;
}
