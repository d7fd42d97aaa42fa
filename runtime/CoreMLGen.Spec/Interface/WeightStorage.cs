namespace CoreMLGen.Spec.Interface;

/// <summary>How a <c>WeightParams</c> stores its values.</summary>
public enum WeightStorage
{
    /// <summary>No values at all.</summary>
    Empty,

    /// <summary><c>floatValue</c>.</summary>
    Float32,

    /// <summary><c>float16Value</c>: little-endian IEEE halves.</summary>
    Float16,

    /// <summary><c>rawValue</c>: n-bit quantized values.</summary>
    Quantized,

    /// <summary><c>int8RawValue</c>.</summary>
    Int8,
}
