namespace CoreMLGen.Spec.Interface;

/// <summary>How a state pair was found.</summary>
public enum StatePairSource
{
    /// <summary>Traced through the network from the input to a recurrent layer and from the layer to the output.</summary>
    Wiring,

    /// <summary>Matched by feature names and types only (a fallback when the wiring cannot be traced).</summary>
    Name,
}
