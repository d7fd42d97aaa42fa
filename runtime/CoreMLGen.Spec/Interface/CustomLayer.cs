using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>
/// One custom layer (<c>CustomLayerParams</c>) of a neural network, pipelines and nested networks included. Several
/// layers may use the same class; the app provides that class once.
/// </summary>
public sealed class CustomLayer
{
    public CustomLayer(
        string className,
        string layerName,
        string description,
        int inputCount,
        int outputCount,
        IEnumerable<CustomLayerParameter> parameters,
        IEnumerable<CustomLayerWeight> weights)
    {
        ClassName = className ?? string.Empty;
        LayerName = layerName ?? string.Empty;
        Description = description ?? string.Empty;
        InputCount = inputCount;
        OutputCount = outputCount;
        Parameters = ReadOnly.Copy(parameters);
        Weights = ReadOnly.Copy(weights);
    }

    /// <summary>The Objective-C class Core ML instantiates (<c>className</c>).</summary>
    public string ClassName { get; }

    public string LayerName { get; }

    /// <summary>The spec's informational <c>description</c>.</summary>
    public string Description { get; }

    public int InputCount { get; }

    public int OutputCount { get; }

    /// <summary>The parameter map, sorted by name (ordinal).</summary>
    public IReadOnlyList<CustomLayerParameter> Parameters { get; }

    /// <summary>The weights in spec order (Core ML passes them to <c>setWeightData:</c> in this order).</summary>
    public IReadOnlyList<CustomLayerWeight> Weights { get; }
}
