namespace CoreMLGen.Spec.Interface;

/// <summary>
/// A state slot of a recurrent layer: input slot k pairs with output slot k (coreml-format-notes §2.7).
/// GRU and simple RNN layers have <see cref="Hidden"/> only; a bidirectional LSTM has all four.
/// </summary>
public enum RecurrentSlot
{
    /// <summary>h: slot 1 of every recurrent layer (the forward h of a bidirectional LSTM).</summary>
    Hidden,

    /// <summary>c: slot 2 of an LSTM.</summary>
    Cell,

    /// <summary>h of the backward direction: slot 3 of a bidirectional LSTM.</summary>
    HiddenReverse,

    /// <summary>c of the backward direction: slot 4 of a bidirectional LSTM.</summary>
    CellReverse,
}
