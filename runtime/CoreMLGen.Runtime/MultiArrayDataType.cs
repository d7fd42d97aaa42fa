namespace CoreMLGen;

/// <summary>
/// The element type of a <see cref="MultiArray"/>. The numeric values equal Core ML's
/// <c>ArrayDataType</c> (model format) and <c>MLMultiArrayDataType</c> (framework), so generated code
/// can cast between them directly.
/// </summary>
public enum MultiArrayDataType
{
    /// <summary>32-bit IEEE 754 floating point (<see cref="float"/>).</summary>
    Float32 = 0x10000 | 32,

    /// <summary>64-bit IEEE 754 floating point (<see cref="double"/>).</summary>
    Double = 0x10000 | 64,

    /// <summary>16-bit IEEE 754 floating point (<c>System.Half</c>, .NET 5 and later).</summary>
    Float16 = 0x10000 | 16,

    /// <summary>32-bit signed integer (<see cref="int"/>).</summary>
    Int32 = 0x20000 | 32,

    /// <summary>8-bit signed integer (<see cref="sbyte"/>).</summary>
    Int8 = 0x20000 | 8,
}
