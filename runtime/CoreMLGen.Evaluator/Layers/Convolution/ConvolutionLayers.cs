using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Convolution;

/// <summary>Builds convolution and deconvolution layers.</summary>
internal static class ConvolutionLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer, LayerBuildContext context) =>
        layer.LayerCase != NeuralNetworkLayer.LayerOneofCase.Convolution ? null
        : layer.Convolution.IsDeconvolution ? new DeconvolutionLayer(layer)
        : new ConvolutionLayer(layer, context);
}
