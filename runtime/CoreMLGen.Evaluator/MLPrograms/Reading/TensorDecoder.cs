using System;
using System.Buffers.Binary;
using System.Globalization;
using CoreML.Specification.MILSpec;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// Turns stored tensor bytes (an immediate value's raw bytes or a weight blob) into float32 values. Sub-byte types are
/// packed least significant bits first, as coremltools writes them.
/// </summary>
internal static class TensorDecoder
{
    /// <summary>Bits per element of a MIL data type that can be stored as bytes, or 0.</summary>
    public static int BitsPerElement(DataType type) => type switch
    {
        DataType.Float32 or DataType.Int32 or DataType.Uint32 => 32,
        DataType.Float16 or DataType.Bfloat16 or DataType.Int16 or DataType.Uint16 => 16,
        DataType.Int8 or DataType.Uint8 or DataType.Bool => 8,
        DataType.Uint6 => 6,
        DataType.Int4 or DataType.Uint4 => 4,
        DataType.Uint3 => 3,
        DataType.Uint2 => 2,
        DataType.Uint1 => 1,
        _ => 0,
    };

    /// <summary>The MIL data type a blob data type stores.</summary>
    public static DataType? FromBlobType(BlobDataType type) => type switch
    {
        BlobDataType.Float16 => DataType.Float16,
        BlobDataType.Float32 => DataType.Float32,
        BlobDataType.UInt8 => DataType.Uint8,
        BlobDataType.Int8 => DataType.Int8,
        BlobDataType.BFloat16 => DataType.Bfloat16,
        BlobDataType.Int16 => DataType.Int16,
        BlobDataType.UInt16 => DataType.Uint16,
        BlobDataType.Int4 => DataType.Int4,
        BlobDataType.UInt1 => DataType.Uint1,
        BlobDataType.UInt2 => DataType.Uint2,
        BlobDataType.UInt4 => DataType.Uint4,
        BlobDataType.UInt3 => DataType.Uint3,
        BlobDataType.UInt6 => DataType.Uint6,
        BlobDataType.Int32 => DataType.Int32,
        BlobDataType.UInt32 => DataType.Uint32,
        _ => null,
    };

    /// <summary>Bytes needed for <paramref name="count"/> elements of <paramref name="type"/>.</summary>
    public static long ByteCount(DataType type, long count) => (count * BitsPerElement(type) + 7) / 8;

    /// <summary>Decodes one element per destination slot; the caller has checked the byte count.</summary>
    public static void Decode(DataType type, ReadOnlySpan<byte> bytes, Span<float> destination, string location)
    {
        int count = destination.Length;
        switch (type)
        {
            case DataType.Float32:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * 4));
                }

                return;
            case DataType.Float16:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.Slice(i * 2));
                }

                return;
            case DataType.Bfloat16:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2)) << 16);
                }

                return;
            case DataType.Int32:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(i * 4));
                }

                return;
            case DataType.Uint32:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i * 4));
                }

                return;
            case DataType.Int16:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(i * 2));
                }

                return;
            case DataType.Uint16:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2));
                }

                return;
            case DataType.Int8:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = (sbyte)bytes[i];
                }

                return;
            case DataType.Uint8:
            case DataType.Bool:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = bytes[i];
                }

                return;
            case DataType.Int4:
                DecodeBits(bytes, destination, 4, signed: true);
                return;
            case DataType.Uint1 or DataType.Uint2 or DataType.Uint3 or DataType.Uint4 or DataType.Uint6:
                DecodeBits(bytes, destination, BitsPerElement(type), signed: false);
                return;
            default:
                throw new ModelLoadException(location + ": values of type " + type.ToString().ToUpperInvariant() + " cannot be read from bytes.");
        }
    }

    public static string Describe(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void DecodeBits(ReadOnlySpan<byte> bytes, Span<float> destination, int bits, bool signed)
    {
        int mask = (1 << bits) - 1;
        long bit = 0;
        for (int i = 0; i < destination.Length; i++, bit += bits)
        {
            int byteIndex = (int)(bit >> 3);
            int shift = (int)(bit & 7);
            int word = bytes[byteIndex] | (byteIndex + 1 < bytes.Length ? bytes[byteIndex + 1] << 8 : 0);
            int value = (word >> shift) & mask;
            if (signed && value >= 1 << (bits - 1))
            {
                value -= 1 << bits;
            }

            destination[i] = value;
        }
    }
}
