using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Normalization;

/// <summary>Builds the normalisation layers: batchnorm, l2normalize, mvn.</summary>
internal static class NormalizationLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.Batchnorm => new BatchnormLayer(layer),
        NeuralNetworkLayer.LayerOneofCase.L2Normalize => new L2NormalizeLayer(layer),
        NeuralNetworkLayer.LayerOneofCase.Mvn => new MeanVarianceNormalizeLayer(layer),
        _ => null,
    };
}
