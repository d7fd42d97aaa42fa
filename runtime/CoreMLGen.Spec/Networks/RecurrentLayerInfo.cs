using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// What the state tracer needs of a recurrent layer: its type name, hidden size and state slots. Input slot k
/// and output slot k (k ≥ 1; slot 0 is x / y) carry the same state, each blob <c>[1, Batch, H, 1, 1]</c>
/// (coreml-format-notes §2.7).
/// </summary>
internal sealed class RecurrentLayerInfo
{
    private static readonly RecurrentSlot[] s_hidden = { RecurrentSlot.Hidden };
    private static readonly RecurrentSlot[] s_lstm = { RecurrentSlot.Hidden, RecurrentSlot.Cell };
    private static readonly RecurrentSlot[] s_biLstm = { RecurrentSlot.Hidden, RecurrentSlot.Cell, RecurrentSlot.HiddenReverse, RecurrentSlot.CellReverse };

    private RecurrentLayerInfo(string kind, long hiddenSize, IReadOnlyList<RecurrentSlot> slots)
    {
        Kind = kind;
        HiddenSize = hiddenSize;
        Slots = slots;
    }

    /// <summary>The layer case name as the proto writes it, e.g. <c>uniDirectionalLSTM</c>.</summary>
    public string Kind { get; }

    /// <summary>H: the width of every state slot (per direction for a bidirectional LSTM).</summary>
    public long HiddenSize { get; }

    /// <summary>The state of slot k + 1 (index 0 is slot 1).</summary>
    public IReadOnlyList<RecurrentSlot> Slots { get; }

    /// <summary>The layer's recurrent facts, or null when it is not a recurrent layer.</summary>
    public static RecurrentLayerInfo? Of(NeuralNetworkLayer layer) => layer.LayerCase switch
    {
        NeuralNetworkLayer.LayerOneofCase.SimpleRecurrent => new("simpleRecurrent", (long)layer.SimpleRecurrent.OutputVectorSize, s_hidden),
        NeuralNetworkLayer.LayerOneofCase.Gru => new("gru", (long)layer.Gru.OutputVectorSize, s_hidden),
        NeuralNetworkLayer.LayerOneofCase.UniDirectionalLSTM => new("uniDirectionalLSTM", (long)layer.UniDirectionalLSTM.OutputVectorSize, s_lstm),
        NeuralNetworkLayer.LayerOneofCase.BiDirectionalLSTM => new("biDirectionalLSTM", (long)layer.BiDirectionalLSTM.OutputVectorSize, s_biLstm),
        _ => null,
    };
}
