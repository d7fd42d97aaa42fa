using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Custom;

/// <summary>Builds custom layers (run by the app's ICustomLayer implementation).</summary>
internal static class CustomLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer, LayerBuildContext context) =>
        layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.Custom ? new CustomLayer(layer, context) : null;
}
