using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// custom layers.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateCustom(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            default:
                return null;
        }
    }
}
