using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// concat, split, slice, reshape, flatten, permute, squeeze, expandDims, copy, loadConstant and their ND forms.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateShape(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            default:
                return null;
        }
    }
}
