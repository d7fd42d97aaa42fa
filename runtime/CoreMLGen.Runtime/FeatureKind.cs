namespace CoreMLGen;

/// <summary>The kinds of value a Core ML feature can hold, matching Core ML's <c>MLFeatureType</c> cases.</summary>
public enum FeatureKind
{
    /// <summary>A 64-bit integer.</summary>
    Int64,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>A string.</summary>
    String,

    /// <summary>A <see cref="CoreMLGen.MultiArray"/>.</summary>
    MultiArray,

    /// <summary>An <see cref="ImageBuffer"/>.</summary>
    Image,

    /// <summary>A dictionary from string or 64-bit integer keys to doubles, e.g. class probabilities.</summary>
    Dictionary,

    /// <summary>A sequence of 64-bit integers or strings.</summary>
    Sequence,

    /// <summary>Model state that persists across predictions; described by models, never held by a <see cref="FeatureValue"/>.</summary>
    State,
}
