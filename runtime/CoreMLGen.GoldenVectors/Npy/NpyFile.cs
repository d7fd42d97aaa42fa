using System;
using System.IO;
using System.Runtime.InteropServices;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// Reads and writes numpy <c>.npy</c> files: the dtypes Core ML uses (<c>&lt;f2</c>, <c>&lt;f4</c>, <c>&lt;f8</c>,
/// <c>&lt;i4</c>, <c>|i1</c>) plus <c>&lt;i8</c>, <c>|u1</c> and <c>|b1</c>, any rank including 0-d scalars, C order.
/// Reading accepts format versions 1.0, 2.0 and 3.0 and big-endian data (swapped on read); writing produces
/// version 1.0 byte for byte as numpy 1.24 and later does (header padded with spaces to a multiple of 64 bytes).
/// Fortran-order, object and structured arrays and truncated files are refused with an
/// <see cref="NpyFormatException"/> naming the file.
/// </summary>
public static class NpyFile
{
    /// <summary>The largest array data read: one .NET array (2 GB), whatever the header claims.</summary>
    public const long MaxDataBytes = int.MaxValue;

    /// <summary>Reads a file as a multi-array of its own element type (int64, uint8 and bool become int32).</summary>
    /// <param name="path">The <c>.npy</c> file.</param>
    /// <returns>A <see cref="MultiArray{T}"/>; a 0-d file gives a rank-0 array of one element.</returns>
    /// <exception cref="NpyFormatException">The file is not a supported <c>.npy</c> file, or an int64 value does not fit in int32.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static MultiArray Read(string path) => ToMultiArray(ReadArray(path), path);

    /// <summary>Reads an <c>.npy</c> stream as a multi-array of its own element type (int64, uint8 and bool become int32).</summary>
    /// <param name="stream">The stream, positioned at the magic string; it is read just past the data.</param>
    /// <param name="sourceName">The name messages use for the stream.</param>
    /// <returns>The array.</returns>
    /// <exception cref="NpyFormatException">The stream is not a supported <c>.npy</c> array.</exception>
    public static MultiArray Read(Stream stream, string sourceName = "stream") => ToMultiArray(ReadArray(stream, sourceName), sourceName);

    /// <summary>Reads a file exactly as stored (including int64, uint8 and bool elements).</summary>
    /// <param name="path">The <c>.npy</c> file.</param>
    /// <returns>The array.</returns>
    /// <exception cref="NpyFormatException">The file is not a supported <c>.npy</c> file, or has bytes after the data.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static NpyArray ReadArray(string path)
    {
        using FileStream stream = File.OpenRead(path);
        NpyArray array = ReadArray(stream, path);
        long extra = stream.Length - stream.Position;
        if (extra > 0)
        {
            throw new NpyFormatException(path, NpyStreamReader.Bytes(extra) + " follow the data the header declares (" + array + ")");
        }

        return array;
    }

    /// <summary>Reads an <c>.npy</c> stream exactly as stored.</summary>
    /// <param name="stream">The stream, positioned at the magic string; it is read just past the data.</param>
    /// <param name="sourceName">The name messages use for the stream.</param>
    /// <returns>The array.</returns>
    /// <exception cref="NpyFormatException">The stream is not a supported <c>.npy</c> array.</exception>
    public static NpyArray ReadArray(Stream stream, string sourceName = "stream")
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var reader = new NpyStreamReader(stream, sourceName ?? "stream");
        NpyHeader header = NpyHeader.Read(reader);
        int itemSize = NpyDataTypes.ItemSize(header.DataType);
        long byteCount = DataByteCount(header, itemSize, reader);
        string declared = MultiArrayShape.Describe(header.Shape) + " " + NpyDataTypes.Describe(header.DataType) + " (" + NpyStreamReader.Bytes(byteCount) + " of data)";

        // A header can claim any size: compare it with what the file holds before allocating anything for it.
        long? remaining = reader.Remaining;
        if (remaining < byteCount)
        {
            throw reader.Error("truncated: the header declares " + declared + " but only " + NpyStreamReader.Bytes(remaining.Value) + " follow");
        }

        byte[] bytes = reader.ReadUpTo((int)byteCount);
        if (bytes.Length < byteCount)
        {
            throw reader.Error("truncated: the header declares " + declared + " but only " + NpyStreamReader.Bytes(bytes.Length) + " follow");
        }

        if (header.BigEndian != !BitConverter.IsLittleEndian)
        {
            SwapBytes(bytes, itemSize);
        }

        return new NpyArray(header.DataType, header.Shape, ToElements(header.DataType, bytes));
    }

    /// <summary>Writes a multi-array (any strides) as a version 1.0 <c>.npy</c> file of its element type.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="array">The array; rank 0 is written as a 0-d array.</param>
    public static void Write(string path, MultiArray array) => Write(path, NpyArray.FromMultiArray(array));

    /// <summary>Writes a multi-array (any strides) to a stream in the version 1.0 <c>.npy</c> format.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="array">The array.</param>
    public static void Write(Stream stream, MultiArray array) => Write(stream, NpyArray.FromMultiArray(array));

    /// <summary>Writes an array as a version 1.0 <c>.npy</c> file.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="array">The array.</param>
    public static void Write(string path, NpyArray array)
    {
        using FileStream stream = File.Create(path);
        Write(stream, array);
    }

    /// <summary>Writes an array to a stream in the version 1.0 <c>.npy</c> format.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="array">The array.</param>
    public static void Write(Stream stream, NpyArray array)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (array is null)
        {
            throw new ArgumentNullException(nameof(array));
        }

        int[] shape = new int[array.Shape.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = array.Shape[i];
        }

        stream.Write(new NpyHeader(array.DataType, bigEndian: false, shape).ToBytes());
        byte[] bytes = ToBytes(array.Data);
        if (!BitConverter.IsLittleEndian)
        {
            SwapBytes(bytes, NpyDataTypes.ItemSize(array.DataType));
        }

        stream.Write(bytes);
    }

    /// <summary>Writes a 0-d float64 file, as numpy saves <c>np.float64(value)</c>.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="value">The value.</param>
    public static void WriteScalar(string path, double value) => Write(path, NpyArray.Scalar(value));

    /// <summary>Writes a 0-d int64 file, as numpy saves <c>np.int64(value)</c>.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="value">The value.</param>
    public static void WriteScalar(string path, long value) => Write(path, NpyArray.Scalar(value));

    /// <summary>The data size the header declares; refused above <see cref="MaxDataBytes"/> (or when the element count overflows).</summary>
    private static long DataByteCount(NpyHeader header, int itemSize, NpyStreamReader reader)
    {
        long count;
        try
        {
            count = MultiArrayShape.ElementCount(header.Shape);
        }
        catch (ArgumentException)
        {
            throw reader.Error("the shape " + NpyStreamReader.Excerpt(MultiArrayShape.Describe(header.Shape)) + " has more elements than a 64-bit count holds");
        }

        if (count > MaxDataBytes / itemSize)
        {
            throw reader.Error("the array (" + NpyStreamReader.Excerpt(MultiArrayShape.Describe(header.Shape)) + " " + NpyDataTypes.Describe(header.DataType)
                + ") is larger than 2 GB, more than this reader handles");
        }

        return count * itemSize;
    }

    private static MultiArray ToMultiArray(NpyArray array, string source)
    {
        try
        {
            return array.ToMultiArray();
        }
        catch (InvalidCastException exception)
        {
            throw new NpyFormatException(source, exception.Message + " Read it with NpyFile.ReadArray to keep 64-bit values.", exception);
        }
    }

    private static Array ToElements(NpyDataType type, byte[] bytes) => type switch
    {
        NpyDataType.Float16 => FromBytes<Half>(bytes),
        NpyDataType.Float32 => FromBytes<float>(bytes),
        NpyDataType.Float64 => FromBytes<double>(bytes),
        NpyDataType.Int8 => FromBytes<sbyte>(bytes),
        NpyDataType.UInt8 => bytes,
        NpyDataType.Int32 => FromBytes<int>(bytes),
        NpyDataType.Int64 => FromBytes<long>(bytes),
        // numpy stores booleans as bytes 0 and 1; treat any other byte as true, as numpy does.
        NpyDataType.Bool => Array.ConvertAll(bytes, b => b != 0),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static T[] FromBytes<T>(byte[] bytes)
        where T : unmanaged
    {
        T[] elements = new T[bytes.Length / Marshal.SizeOf<T>()];
        bytes.CopyTo(MemoryMarshal.AsBytes(elements.AsSpan()));
        return elements;
    }

    private static byte[] ToBytes(Array data) => data switch
    {
        float[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        double[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        Half[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        byte[] typed => (byte[])typed.Clone(), // Before sbyte[]: the runtime lets a byte[] pass as an sbyte[].
        sbyte[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        int[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        long[] typed => MemoryMarshal.AsBytes(typed.AsSpan()).ToArray(),
        bool[] typed => Array.ConvertAll(typed, b => b ? (byte)1 : (byte)0),
        _ => throw new ArgumentException("Unexpected storage " + data.GetType().Name + ".", nameof(data)),
    };

    private static void SwapBytes(byte[] bytes, int itemSize)
    {
        if (itemSize == 1)
        {
            return;
        }

        for (int offset = 0; offset < bytes.Length; offset += itemSize)
        {
            Array.Reverse(bytes, offset, itemSize);
        }
    }
}
