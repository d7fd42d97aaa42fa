using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels.Activation;
using CoreMLGen.Evaluation.Kernels.Convolution;
using CoreMLGen.Evaluation.Kernels.Elementwise;
using CoreMLGen.Evaluation.Kernels.Normalization;
using CoreMLGen.Evaluation.Kernels.Pooling;
using CoreMLGen.Evaluation.Kernels.Softmax;

namespace CoreMLGen.Evaluation.NeuralNetworks;

// activation, softmax, softmaxND, convolution, pooling, batchnorm, l2normalize, mvn, add, multiply, average, max, min,
// unary, scale, bias, the broadcastable ND arithmetic (add, subtract, multiply, divide, max, min, pow, mod, floorDiv).
internal static partial class KernelFactory
{
    private static LayerKernel? CreateElementwise(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.Activation: return new ActivationKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Softmax: return SoftmaxKernel.Channels(layer);
            case NeuralNetworkLayer.LayerOneofCase.SoftmaxND: return SoftmaxKernel.Nd(layer);
            case NeuralNetworkLayer.LayerOneofCase.Convolution:
                return layer.Convolution.IsDeconvolution ? new DeconvolutionKernel(layer) : new ConvolutionKernel(layer, context);
            case NeuralNetworkLayer.LayerOneofCase.Pooling: return new PoolingKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Batchnorm: return new BatchnormKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.L2Normalize: return new L2NormalizeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Mvn: return new MeanVarianceNormalizeKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Unary: return new UnaryFunctionKernel(layer);
            case NeuralNetworkLayer.LayerOneofCase.Scale: return ScaleBiasKernel.Scale(layer);
            case NeuralNetworkLayer.LayerOneofCase.Bias: return ScaleBiasKernel.Bias(layer);
            case NeuralNetworkLayer.LayerOneofCase.Add: return BroadcastingKernel.Fold(layer, BinaryOperation.Add, layer.Add.Alpha);
            case NeuralNetworkLayer.LayerOneofCase.Multiply: return BroadcastingKernel.Fold(layer, BinaryOperation.Multiply, layer.Multiply.Alpha);
            case NeuralNetworkLayer.LayerOneofCase.Average: return BroadcastingKernel.Fold(layer, BinaryOperation.Add, average: true);
            case NeuralNetworkLayer.LayerOneofCase.Max: return BroadcastingKernel.Fold(layer, BinaryOperation.Max);
            case NeuralNetworkLayer.LayerOneofCase.Min: return BroadcastingKernel.Fold(layer, BinaryOperation.Min);
            case NeuralNetworkLayer.LayerOneofCase.AddBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Add);
            case NeuralNetworkLayer.LayerOneofCase.SubtractBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Subtract);
            case NeuralNetworkLayer.LayerOneofCase.MultiplyBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Multiply);
            case NeuralNetworkLayer.LayerOneofCase.DivideBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Divide);
            case NeuralNetworkLayer.LayerOneofCase.MaxBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Max);
            case NeuralNetworkLayer.LayerOneofCase.MinBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Min);
            case NeuralNetworkLayer.LayerOneofCase.PowBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Pow);
            case NeuralNetworkLayer.LayerOneofCase.ModBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.Mod);
            case NeuralNetworkLayer.LayerOneofCase.FloorDivBroadcastable: return BroadcastingKernel.Binary(layer, BinaryOperation.FloorDiv);
            default:
                return null;
        }
    }
}
