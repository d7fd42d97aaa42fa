using System.Globalization;
using System.IO;

namespace CoreMLGen.GoldenVectors;

/// <summary>Reads exact byte counts from an <c>.npy</c> stream, turning a short read into an error that names the source.</summary>
internal sealed class NpyStreamReader
{
    private readonly Stream _stream;

    public NpyStreamReader(Stream stream, string source)
    {
        _stream = stream;
        Source = source;
    }

    /// <summary>The file or stream name that messages start with.</summary>
    public string Source { get; }

    /// <summary>Reads <paramref name="count"/> bytes, or fails naming <paramref name="what"/> as truncated.</summary>
    public byte[] ReadExactly(int count, string what)
    {
        var buffer = new byte[count];
        int read = ReadAtMost(buffer);
        if (read < count)
        {
            throw Error("truncated: " + what + " needs " + Bytes(count) + " but only " + Bytes(read) + " remain");
        }

        return buffer;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the bytes read.</summary>
    public int ReadAtMost(byte[] buffer)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int chunk = _stream.Read(buffer, read, buffer.Length - read);
            if (chunk == 0)
            {
                break;
            }

            read += chunk;
        }

        return read;
    }

    public NpyFormatException Error(string problem) => new(Source, problem);

    public static string Bytes(long count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " byte" : " bytes");
}
