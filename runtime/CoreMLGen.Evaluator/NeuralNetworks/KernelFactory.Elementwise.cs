using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// activation, softmax, softmaxND, convolution, pooling, batchnorm, add, multiply, average, max, min, unary, the broadcastable ND arithmetic.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateElementwise(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            default:
                return null;
        }
    }
}
