namespace CoreMLGen.Generator.Model;

/// <summary>One custom layer parameter as the descriptor states it.</summary>
/// <param name="Type">int, long, double, string, bool or none.</param>
/// <param name="Value">The value as descriptor text (empty for none).</param>
internal sealed record CustomParameterDescription(string Name, string Type, string Value);

/// <summary>One weight blob of a custom layer: its storage (float32, float16, quantized, int8, empty) and value count.</summary>
internal sealed record CustomWeightDescription(string Storage, long Count);

/// <summary>One custom layer of the model; several layers may share a class.</summary>
/// <param name="Line">Descriptor line, for locating diagnostics.</param>
internal sealed record CustomLayerDescription(
    string ClassName,
    string LayerName,
    string Description,
    int InputCount,
    int OutputCount,
    EquatableArray<CustomWeightDescription> Weights,
    EquatableArray<CustomParameterDescription> Parameters,
    int Line);
