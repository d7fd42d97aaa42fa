using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>
/// A recurrent state carried between predictions: the output the model writes its state to, and the input that
/// takes it back on the next call (e.g. Keras <c>lstm_1_h_in</c> → <c>lstm_1_h_out</c>, Turi <c>stateIn</c> → <c>stateOut</c>).
/// </summary>
public sealed class StatePair
{
    public StatePair(string inputName, string outputName, StatePairSource source, string layerName, string layerKind, IEnumerable<RecurrentSlot> slots)
    {
        InputName = inputName ?? string.Empty;
        OutputName = outputName ?? string.Empty;
        Source = source;
        LayerName = layerName ?? string.Empty;
        LayerKind = layerKind ?? string.Empty;
        Slots = ReadOnly.Copy(slots);
    }

    /// <summary>The model input that takes the state.</summary>
    public string InputName { get; }

    /// <summary>The model output that holds the next state.</summary>
    public string OutputName { get; }

    public StatePairSource Source { get; }

    /// <summary>The recurrent layer owning the first slot; empty for a pair found by name.</summary>
    public string LayerName { get; }

    /// <summary>
    /// The layer's type as the proto names the case (<c>uniDirectionalLSTM</c>, <c>biDirectionalLSTM</c>, <c>gru</c>,
    /// <c>simpleRecurrent</c>); empty for a pair found by name.
    /// </summary>
    public string LayerKind { get; }

    /// <summary>The slots the feature carries, in the order their windows lie in it (Turi 6 <c>stateIn</c>: h, c); empty for a pair found by name.</summary>
    public IReadOnlyList<RecurrentSlot> Slots { get; }
}
