using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels.Custom;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// custom layers.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateCustom(NeuralNetworkLayer layer, LayerBuildContext context) =>
        layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.Custom ? new CustomLayerKernel(layer, context) : null;
}
