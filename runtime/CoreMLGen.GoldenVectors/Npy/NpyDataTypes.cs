using System;
using System.Globalization;

namespace CoreMLGen.GoldenVectors;

/// <summary>The one place that maps <see cref="NpyDataType"/> to numpy descriptors, item sizes, CLR arrays and Core ML types.</summary>
internal static class NpyDataTypes
{
    /// <summary>The descriptor numpy writes for the type on a little-endian machine, e.g. <c>&lt;f4</c> or <c>|i1</c>.</summary>
    public static string Descriptor(NpyDataType type) => type switch
    {
        NpyDataType.Float16 => "<f2",
        NpyDataType.Float32 => "<f4",
        NpyDataType.Float64 => "<f8",
        NpyDataType.Int8 => "|i1",
        NpyDataType.UInt8 => "|u1",
        NpyDataType.Int32 => "<i4",
        NpyDataType.Int64 => "<i8",
        NpyDataType.Bool => "|b1",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Bytes per element.</summary>
    public static int ItemSize(NpyDataType type) => type switch
    {
        NpyDataType.Float16 => 2,
        NpyDataType.Float32 => 4,
        NpyDataType.Float64 => 8,
        NpyDataType.Int32 => 4,
        NpyDataType.Int64 => 8,
        _ => 1,
    };

    /// <summary>Whether the type holds floating-point numbers.</summary>
    public static bool IsFloatingPoint(NpyDataType type) => type is NpyDataType.Float16 or NpyDataType.Float32 or NpyDataType.Float64;

    /// <summary>The CLR element type of <see cref="NpyArray.Data"/> for the type.</summary>
    public static Type ElementType(NpyDataType type) => type switch
    {
        NpyDataType.Float16 => typeof(Half),
        NpyDataType.Float32 => typeof(float),
        NpyDataType.Float64 => typeof(double),
        NpyDataType.Int8 => typeof(sbyte),
        NpyDataType.UInt8 => typeof(byte),
        NpyDataType.Int32 => typeof(int),
        NpyDataType.Int64 => typeof(long),
        NpyDataType.Bool => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The numpy type of a Core ML element type.</summary>
    public static NpyDataType FromMultiArray(MultiArrayDataType type) => type switch
    {
        MultiArrayDataType.Float16 => NpyDataType.Float16,
        MultiArrayDataType.Float32 => NpyDataType.Float32,
        MultiArrayDataType.Double => NpyDataType.Float64,
        MultiArrayDataType.Int32 => NpyDataType.Int32,
        MultiArrayDataType.Int8 => NpyDataType.Int8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a multi-array data type."),
    };

    /// <summary>
    /// The Core ML element type that holds the numpy type unchanged; 64-bit integers, bytes and booleans have none
    /// and map to <see cref="MultiArrayDataType.Int32"/> (values are range-checked when converted).
    /// </summary>
    public static MultiArrayDataType ToMultiArray(NpyDataType type) => type switch
    {
        NpyDataType.Float16 => MultiArrayDataType.Float16,
        NpyDataType.Float32 => MultiArrayDataType.Float32,
        NpyDataType.Float64 => MultiArrayDataType.Double,
        NpyDataType.Int8 => MultiArrayDataType.Int8,
        _ => MultiArrayDataType.Int32,
    };

    /// <summary>
    /// Parses a numpy descriptor such as <c>&lt;f4</c>, <c>|i1</c> or <c>&gt;i8</c>.
    /// </summary>
    /// <param name="descriptor">The descriptor text.</param>
    /// <param name="bigEndian">Whether the stored bytes are big-endian (and must be swapped).</param>
    /// <param name="problem">Why the descriptor is not supported, when it is not.</param>
    /// <returns>The type, or null when unsupported.</returns>
    public static NpyDataType? Parse(string descriptor, out bool bigEndian, out string problem)
    {
        bigEndian = false;
        problem = string.Empty;
        string body = descriptor;
        if (body.Length > 0 && body[0] is '<' or '>' or '|' or '=')
        {
            bigEndian = body[0] == '>' || (body[0] == '=' && !BitConverter.IsLittleEndian);
            body = body.Substring(1);
        }

        NpyDataType? type = body switch
        {
            "f2" or "e" => NpyDataType.Float16,
            "f4" or "f" => NpyDataType.Float32,
            "f8" or "d" => NpyDataType.Float64,
            "i1" or "b" => NpyDataType.Int8,
            "u1" or "B" => NpyDataType.UInt8,
            "i4" => NpyDataType.Int32,
            "i8" => NpyDataType.Int64,
            "b1" or "?" => NpyDataType.Bool,
            _ => null,
        };
        if (type is null)
        {
            problem = body.StartsWith("O", StringComparison.Ordinal)
                ? "object arrays (pickled Python objects) are not supported"
                : "dtype '" + NpyStreamReader.Excerpt(descriptor) + "' is not supported (supported: <f2, <f4, <f8, |i1, |u1, <i4, <i8, |b1, in either byte order)";
        }

        return type;
    }

    /// <summary>Describes a type for messages, e.g. <c>float32 (&lt;f4)</c>.</summary>
    public static string Describe(NpyDataType type) =>
        type.ToString().ToLower(CultureInfo.InvariantCulture) + " (" + Descriptor(type) + ")";
}
