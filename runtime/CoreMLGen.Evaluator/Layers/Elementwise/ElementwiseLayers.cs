using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;

namespace CoreMLGen.Evaluation.Layers.Elementwise;

/// <summary>Builds the element-wise arithmetic layers: unary, scale, bias, add, multiply, average, max, min and the broadcastable add/subtract/multiply/divide/max/min/pow/mod/floorDiv.</summary>
internal static class ElementwiseLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.Unary => new UnaryFunctionLayer(layer),
        NeuralNetworkLayer.LayerOneofCase.Scale => ScaleBiasLayer.Scale(layer),
        NeuralNetworkLayer.LayerOneofCase.Bias => ScaleBiasLayer.Bias(layer),
        NeuralNetworkLayer.LayerOneofCase.Add => BroadcastingLayer.Fold(layer, BinaryOperation.Add, layer.Add.Alpha),
        NeuralNetworkLayer.LayerOneofCase.Multiply => BroadcastingLayer.Fold(layer, BinaryOperation.Multiply, layer.Multiply.Alpha),
        NeuralNetworkLayer.LayerOneofCase.Average => BroadcastingLayer.Fold(layer, BinaryOperation.Add, average: true),
        NeuralNetworkLayer.LayerOneofCase.Max => BroadcastingLayer.Fold(layer, BinaryOperation.Max),
        NeuralNetworkLayer.LayerOneofCase.Min => BroadcastingLayer.Fold(layer, BinaryOperation.Min),
        NeuralNetworkLayer.LayerOneofCase.AddBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Add),
        NeuralNetworkLayer.LayerOneofCase.SubtractBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Subtract),
        NeuralNetworkLayer.LayerOneofCase.MultiplyBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Multiply),
        NeuralNetworkLayer.LayerOneofCase.DivideBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Divide),
        NeuralNetworkLayer.LayerOneofCase.MaxBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Max),
        NeuralNetworkLayer.LayerOneofCase.MinBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Min),
        NeuralNetworkLayer.LayerOneofCase.PowBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Pow),
        NeuralNetworkLayer.LayerOneofCase.ModBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.Mod),
        NeuralNetworkLayer.LayerOneofCase.FloorDivBroadcastable => BroadcastingLayer.Binary(layer, BinaryOperation.FloorDiv),
        _ => null,
    };
}
