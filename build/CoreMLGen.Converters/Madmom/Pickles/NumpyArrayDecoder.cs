using System;
using System.Buffers.Binary;
using System.Globalization;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>A decoded numeric numpy array: C-order values as doubles (exact for every float32 weight).</summary>
public sealed record DecodedArray(long[] Shape, double[] Values)
{
    public int Rank => Shape.Length;

    public int Dim(int axis) => (int)Shape[axis];

    public string ShapeText => "(" + string.Join(", ", Shape) + (Shape.Length == 1 ? ",)" : ")");
}

/// <summary>Turns a pickled array's raw bytes into values, after checking the declared size against the bytes present.</summary>
public static class NumpyArrayDecoder
{
    public static DecodedArray Decode(NumpyArray array, PickleLimits limits, string what)
    {
        NumpyDType dtype = array.DType ?? throw new MadmomFormatException(what + ": the array has no dtype");
        int itemSize = ItemSize(dtype.Code) ?? throw new MadmomFormatException(what + ": numpy dtype '" + dtype.Code + "' is not a supported numeric type");
        long count = 1;
        foreach (long dim in array.Shape)
        {
            count = dim == 0 ? 0 : count > limits.MaxArrayElements / Math.Max(dim, 1) ? long.MaxValue : count * dim;
        }

        if (count > limits.MaxArrayElements)
        {
            throw new MadmomFormatException(what + ": the array declares shape " + Format(array.Shape) + ", more than " + limits.MaxArrayElements.ToString(CultureInfo.InvariantCulture) + " elements");
        }

        int present = array.RawData switch { string s => s.Length, byte[] b => b.Length, _ => 0 };
        if (present != count * itemSize)
        {
            throw new MadmomFormatException(what + ": the array declares shape " + Format(array.Shape) + " of " + dtype.Code + " (" + (count * itemSize).ToString(CultureInfo.InvariantCulture) + " bytes) but holds " + present.ToString(CultureInfo.InvariantCulture) + " bytes");
        }

        bool bigEndian = dtype.ByteOrder == '>';
        var values = new double[count];
        Span<byte> item = stackalloc byte[8];
        for (long i = 0; i < count; i++)
        {
            for (int b = 0; b < itemSize; b++)
            {
                item[b] = array.RawData is string text ? (byte)text[(int)((i * itemSize) + b)] : ((byte[])array.RawData!)[(i * itemSize) + b];
            }

            values[i] = Read(dtype.Code, item.Slice(0, itemSize), bigEndian);
        }

        return new DecodedArray(array.Shape, array.FortranOrder && array.Shape.Length > 1 ? ToCOrder(values, array.Shape) : values);
    }

    private static int? ItemSize(string code) => code switch
    {
        "f2" => 2, "f4" => 4, "f8" => 8,
        "i1" or "u1" or "b1" => 1, "i2" or "u2" => 2, "i4" or "u4" => 4, "i8" or "u8" => 8,
        _ => null,
    };

    private static double Read(string code, ReadOnlySpan<byte> bytes, bool bigEndian) => code switch
    {
        "f2" => (double)BitConverter.UInt16BitsToHalf(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes)),
        "f4" => bigEndian ? BinaryPrimitives.ReadSingleBigEndian(bytes) : BinaryPrimitives.ReadSingleLittleEndian(bytes),
        "f8" => bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes),
        "i1" => (sbyte)bytes[0],
        "u1" or "b1" => bytes[0],
        "i2" => bigEndian ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadInt16LittleEndian(bytes),
        "u2" => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        "i4" => bigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes),
        "u4" => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        "i8" => bigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes),
        _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
    };

    // Fortran order: the first index varies fastest.
    private static double[] ToCOrder(double[] fortran, long[] shape)
    {
        var result = new double[fortran.Length];
        var index = new long[shape.Length];
        for (long f = 0; f < fortran.Length; f++)
        {
            long c = 0;
            for (int axis = 0; axis < shape.Length; axis++)
            {
                c = (c * shape[axis]) + index[axis];
            }

            result[c] = fortran[f];
            for (int axis = 0; axis < shape.Length && ++index[axis] == shape[axis]; axis++)
            {
                index[axis] = 0;
            }
        }

        return result;
    }

    private static string Format(long[] shape) => "(" + string.Join(", ", shape) + (shape.Length == 1 ? ",)" : ")");
}
