namespace CoreMLGen.GoldenVectors;

/// <summary>The element types an <c>.npy</c> file can hold here: the types Core ML uses, plus 64-bit integers, bytes and booleans.</summary>
public enum NpyDataType
{
    /// <summary>16-bit IEEE 754 floating point (<c>&lt;f2</c>, <c>System.Half</c>).</summary>
    Float16,

    /// <summary>32-bit IEEE 754 floating point (<c>&lt;f4</c>).</summary>
    Float32,

    /// <summary>64-bit IEEE 754 floating point (<c>&lt;f8</c>).</summary>
    Float64,

    /// <summary>8-bit signed integer (<c>|i1</c>).</summary>
    Int8,

    /// <summary>8-bit unsigned integer (<c>|u1</c>).</summary>
    UInt8,

    /// <summary>32-bit signed integer (<c>&lt;i4</c>).</summary>
    Int32,

    /// <summary>64-bit signed integer (<c>&lt;i8</c>).</summary>
    Int64,

    /// <summary>Boolean, one byte per element (<c>|b1</c>).</summary>
    Bool,
}
