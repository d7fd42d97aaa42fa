using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>Builds .npy bytes by hand, the way numpy lays them out, for the tests to compare against.</summary>
internal static class NpyBytes
{
    /// <summary>\x93NUMPY, version, little-endian header length, then the header text exactly as given.</summary>
    public static byte[] File(int major, string headerText, byte[] data)
    {
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', (byte)major, 0 };
        byte[] text = major == 3 ? Encoding.UTF8.GetBytes(headerText) : Encoding.Latin1.GetBytes(headerText);
        if (major == 1)
        {
            var length = new byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)text.Length);
            bytes.AddRange(length);
        }
        else
        {
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)text.Length);
            bytes.AddRange(length);
        }

        bytes.AddRange(text);
        bytes.AddRange(data);
        return bytes.ToArray();
    }

    /// <summary>A version 1.0 file whose header is <paramref name="dict"/>, <paramref name="spaces"/> spaces and a newline.</summary>
    public static byte[] Version1(string dict, int spaces, byte[] data) => File(1, dict + new string(' ', spaces) + "\n", data);

    /// <summary>Little-endian element bytes, written element by element with BinaryPrimitives.</summary>
    public static byte[] LittleEndian(string descriptor, IReadOnlyList<double> values)
    {
        int size = int.Parse(descriptor.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
        var bytes = new byte[values.Count * size];
        for (int i = 0; i < values.Count; i++)
        {
            Span<byte> target = bytes.AsSpan(i * size, size);
            double value = values[i];
            switch (descriptor)
            {
                case "<f2": BinaryPrimitives.WriteHalfLittleEndian(target, (Half)value); break;
                case "<f4": BinaryPrimitives.WriteSingleLittleEndian(target, (float)value); break;
                case "<f8": BinaryPrimitives.WriteDoubleLittleEndian(target, value); break;
                case "<i4": BinaryPrimitives.WriteInt32LittleEndian(target, (int)value); break;
                case "<i8": BinaryPrimitives.WriteInt64LittleEndian(target, (long)value); break;
                case "|i1": target[0] = unchecked((byte)(sbyte)value); break;
                case "|u1": target[0] = (byte)value; break;
                case "|b1": target[0] = value != 0 ? (byte)1 : (byte)0; break;
                default: throw new ArgumentException(descriptor);
            }
        }

        return bytes;
    }

    public static byte[] ToArray(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
