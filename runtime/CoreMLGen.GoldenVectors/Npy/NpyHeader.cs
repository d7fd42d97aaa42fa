using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoreMLGen.GoldenVectors;

/// <summary>The header of an <c>.npy</c> file: its dtype, byte order and shape (C order only).</summary>
internal sealed class NpyHeader
{
    /// <summary>numpy 1.17+ aligns the data to 64 bytes so it can be memory-mapped.</summary>
    private const int Alignment = 64;

    /// <summary>numpy 1.24+ leaves room after the dict for the first dimension to grow to 21 digits.</summary>
    private const int GrowthAxisMaxDigits = 21;

    /// <summary>
    /// The longest header read. A header holds only the dtype, the order and the shape (under 1 KiB for 32 axes);
    /// numpy itself refuses headers over 10,000 bytes unless told otherwise. This leaves room for odd writers.
    /// </summary>
    private const int MaxHeaderBytes = 1 << 20;

    private static readonly byte[] Magic = { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' };

    public NpyHeader(NpyDataType dataType, bool bigEndian, int[] shape)
    {
        DataType = dataType;
        BigEndian = bigEndian;
        Shape = shape;
    }

    public NpyDataType DataType { get; }

    public bool BigEndian { get; }

    public int[] Shape { get; }

    /// <summary>Reads the magic, version and header dict from <paramref name="reader"/>.</summary>
    public static NpyHeader Read(NpyStreamReader reader)
    {
        var prefix = new byte[Magic.Length + 2];
        int read = reader.ReadAtMost(prefix);
        int compared = Math.Min(read, Magic.Length);
        if (read == 0)
        {
            throw reader.Error("not an .npy file (it is empty)");
        }

        if (!prefix.AsSpan(0, compared).SequenceEqual(Magic.AsSpan(0, compared)))
        {
            throw reader.Error("not an .npy file (it does not start with \\x93NUMPY)");
        }

        if (read < prefix.Length)
        {
            throw reader.Error("truncated: the magic string and version need " + NpyStreamReader.Bytes(prefix.Length) + " but only " + NpyStreamReader.Bytes(read) + " remain");
        }

        byte major = prefix[Magic.Length];
        byte minor = prefix[Magic.Length + 1];
        if (major is < 1 or > 3 || minor != 0)
        {
            throw reader.Error("format version " + major.ToString(CultureInfo.InvariantCulture) + "." + minor.ToString(CultureInfo.InvariantCulture) + " is not supported (1.0, 2.0 and 3.0 are)");
        }

        byte[] lengthBytes = reader.ReadExactly(major == 1 ? 2 : 4, "the header length");
        long length = major == 1 ? BitConverter.ToUInt16(LittleEndian(lengthBytes), 0) : BitConverter.ToUInt32(LittleEndian(lengthBytes), 0);
        if (length > MaxHeaderBytes)
        {
            throw reader.Error("the header claims " + length.ToString(CultureInfo.InvariantCulture) + " bytes, too many for an array header (at most "
                + MaxHeaderBytes.ToString(CultureInfo.InvariantCulture) + ")");
        }

        byte[] headerBytes = reader.ReadExactly((int)length, "the header");
        string text = major == 3 ? Encoding.UTF8.GetString(headerBytes) : Encoding.Latin1.GetString(headerBytes);
        return FromDictionary(NpyHeaderParser.Parse(text, reader.Error), reader);
    }

    /// <summary>The header bytes numpy 1.24+ writes (format version 1.0, or 2.0 when the header does not fit 1.0).</summary>
    public byte[] ToBytes()
    {
        var dict = new StringBuilder();
        dict.Append("{'descr': '").Append(NpyDataTypes.Descriptor(DataType)).Append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < Shape.Length; i++)
        {
            dict.Append(i > 0 ? ", " : string.Empty).Append(Shape[i].ToString(CultureInfo.InvariantCulture));
        }

        dict.Append(Shape.Length == 1 ? ",), }" : "), }");
        if (Shape.Length > 0)
        {
            dict.Append(' ', GrowthAxisMaxDigits - Shape[0].ToString(CultureInfo.InvariantCulture).Length);
        }

        int major = 1;
        int lengthSize = 2;
        int withNewline = dict.Length + 1;
        int padding = Alignment - ((Magic.Length + 2 + lengthSize + withNewline) % Alignment);
        if (withNewline + padding > ushort.MaxValue)
        {
            major = 2;
            lengthSize = 4;
            padding = Alignment - ((Magic.Length + 2 + lengthSize + withNewline) % Alignment);
        }

        dict.Append(' ', padding).Append('\n');
        byte[] text = Encoding.Latin1.GetBytes(dict.ToString());
        var bytes = new byte[Magic.Length + 2 + lengthSize + text.Length];
        Magic.CopyTo(bytes, 0);
        bytes[Magic.Length] = (byte)major;
        bytes[Magic.Length + 1] = 0;
        byte[] length = lengthSize == 2 ? BitConverter.GetBytes((ushort)text.Length) : BitConverter.GetBytes((uint)text.Length);
        LittleEndian(length).CopyTo(bytes, Magic.Length + 2);
        text.CopyTo(bytes, Magic.Length + 2 + lengthSize);
        return bytes;
    }

    private static NpyHeader FromDictionary(IReadOnlyDictionary<string, object> dict, NpyStreamReader reader)
    {
        foreach (string key in dict.Keys)
        {
            if (key is not ("descr" or "fortran_order" or "shape"))
            {
                throw reader.Error("the header has an unexpected key '" + NpyStreamReader.Excerpt(key) + "' (only descr, fortran_order and shape are allowed)");
            }
        }

        if (!dict.TryGetValue("descr", out object? descr) || !dict.TryGetValue("fortran_order", out object? fortran) || !dict.TryGetValue("shape", out object? shape))
        {
            throw reader.Error("the header must have descr, fortran_order and shape");
        }

        if (descr is not string descriptor)
        {
            throw reader.Error("the header's descr is not a string");
        }

        if (fortran is not bool isFortran)
        {
            throw reader.Error("the header's fortran_order is not True or False");
        }

        if (shape is not int[] dimensions)
        {
            throw reader.Error("the header's shape is not a tuple of integers");
        }

        NpyDataType? type = NpyDataTypes.Parse(descriptor, out bool bigEndian, out string problem);
        if (type is null)
        {
            throw reader.Error(problem);
        }

        if (isFortran && dimensions.Length > 1)
        {
            throw reader.Error("Fortran-order (column-major) arrays are not supported; save np.ascontiguousarray(a) instead");
        }

        return new NpyHeader(type.Value, bigEndian, dimensions);
    }

    private static byte[] LittleEndian(byte[] bytes)
    {
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return bytes;
    }
}
