using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// innerProduct, batchedMatMul, embedding(ND), simpleRecurrent, gru, uniDirectionalLSTM, biDirectionalLSTM.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateLinear(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            default:
                return null;
        }
    }
}
