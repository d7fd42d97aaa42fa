namespace CoreMLGen.Generator.Model;

/// <summary>A recurrent state the model writes to <see cref="Output"/> and reads back through <see cref="Input"/> on the next call.</summary>
/// <param name="FoundByName">True when the task matched names, not wiring.</param>
/// <param name="Layer">The recurrent layer (empty when found by name).</param>
/// <param name="LayerType">uniDirectionalLSTM, biDirectionalLSTM, gru, simpleRecurrent, or none.</param>
/// <param name="Slots">h, c, hRev, cRev in window order (empty when found by name).</param>
/// <param name="Line">Descriptor line, for locating diagnostics.</param>
internal sealed record StatePairDescription(
    string Input,
    string Output,
    bool FoundByName,
    string Layer,
    string LayerType,
    EquatableArray<string> Slots,
    int Line);
