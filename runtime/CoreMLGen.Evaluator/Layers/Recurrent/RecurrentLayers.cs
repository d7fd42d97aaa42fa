using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>Builds the recurrent layers: simpleRecurrent, gru, uniDirectionalLSTM, biDirectionalLSTM.</summary>
internal static class RecurrentLayers
{
    /// <summary>The adapter for <paramref name="layer"/>, or null when the layer is not of this family.</summary>
    public static LayerAdapter? TryCreate(NeuralNetworkLayer layer, LayerBuildContext context) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.SimpleRecurrent => new SimpleRecurrentLayer(layer, context),
        NeuralNetworkLayer.LayerOneofCase.Gru => new GruLayer(layer, context),
        NeuralNetworkLayer.LayerOneofCase.UniDirectionalLSTM => LstmLayer.Unidirectional(layer, context),
        NeuralNetworkLayer.LayerOneofCase.BiDirectionalLSTM => LstmLayer.Bidirectional(layer, context),
        _ => null,
    };
}
