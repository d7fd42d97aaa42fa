using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels.Linear;
using CoreMLGen.Evaluation.Kernels.Recurrent;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// innerProduct, batchedMatMul, embedding(ND), simpleRecurrent, gru, uniDirectionalLSTM, biDirectionalLSTM.
internal static partial class KernelFactory
{
    private static LayerKernel? CreateLinear(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.InnerProduct:
                return new InnerProductKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.BatchedMatmul:
                return new BatchedMatMulKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Embedding:
            case NeuralNetworkLayer.LayerOneofCase.EmbeddingND:
                return new EmbeddingKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.SimpleRecurrent:
                return new SimpleRecurrentKernel(layer, context);
            case NeuralNetworkLayer.LayerOneofCase.Gru:
                return new GruKernel(layer, context);
            case NeuralNetworkLayer.LayerOneofCase.UniDirectionalLSTM:
                return LstmKernel.Unidirectional(layer, context);
            case NeuralNetworkLayer.LayerOneofCase.BiDirectionalLSTM:
                return LstmKernel.Bidirectional(layer, context);
            default:
                return null;
        }
    }
}
