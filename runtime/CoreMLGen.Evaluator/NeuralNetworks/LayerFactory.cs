using CoreML.Specification;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.Layers.Activation;
using CoreMLGen.Evaluation.Layers.Convolution;
using CoreMLGen.Evaluation.Layers.Custom;
using CoreMLGen.Evaluation.Layers.Elementwise;
using CoreMLGen.Evaluation.Layers.Linear;
using CoreMLGen.Evaluation.Layers.Normalization;
using CoreMLGen.Evaluation.Layers.Pooling;
using CoreMLGen.Evaluation.Layers.Recurrent;
using CoreMLGen.Evaluation.Layers.Shape;
using CoreMLGen.Evaluation.Layers.Softmax;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Builds the adapter for a layer. Each layer family (one namespace under <c>CoreMLGen.Evaluation.Layers</c>) has its
/// own factory that returns null for layers that are not its own; this class only asks them in turn.
/// </summary>
internal static class LayerFactory
{
    public static LayerAdapter Create(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        return LinearLayers.TryCreate(layer)
            ?? RecurrentLayers.TryCreate(layer, context)
            ?? ActivationLayers.TryCreate(layer)
            ?? ElementwiseLayers.TryCreate(layer)
            ?? SoftmaxLayers.TryCreate(layer)
            ?? ConvolutionLayers.TryCreate(layer, context)
            ?? PoolingLayers.TryCreate(layer)
            ?? NormalizationLayers.TryCreate(layer)
            ?? ShapeLayers.TryCreate(layer)
            ?? CustomLayers.TryCreate(layer, context)
            ?? throw LayerAdapter.Unsupported(layer);
    }
}
