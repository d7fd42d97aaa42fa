using System;
using System.Globalization;
using System.IO;

namespace CoreMLGen.GoldenVectors;

/// <summary>Reads exact byte counts from an <c>.npy</c> stream, turning a short read into an error that names the source.</summary>
internal sealed class NpyStreamReader
{
    private const int ChunkSize = 1 << 20;

    private readonly Stream _stream;

    public NpyStreamReader(Stream stream, string source)
    {
        _stream = stream;
        Source = source;
    }

    /// <summary>The file or stream name that messages start with.</summary>
    public string Source { get; }

    /// <summary>The bytes left in a seekable stream; null when the stream cannot tell.</summary>
    public long? Remaining => _stream.CanSeek ? Math.Max(0, _stream.Length - _stream.Position) : null;

    /// <summary>Reads <paramref name="count"/> bytes, or fails naming <paramref name="what"/> as truncated.</summary>
    public byte[] ReadExactly(int count, string what)
    {
        if (Remaining < count)
        {
            throw Error("truncated: " + what + " needs " + Bytes(count) + " but only " + Bytes(Remaining.Value) + " remain");
        }

        byte[] buffer = ReadUpTo(count);
        if (buffer.Length < count)
        {
            throw Error("truncated: " + what + " needs " + Bytes(count) + " but only " + Bytes(buffer.Length) + " remain");
        }

        return buffer;
    }

    /// <summary>
    /// Reads up to <paramref name="count"/> bytes (fewer when the stream ends). Memory grows with the bytes actually
    /// read, a chunk at a time, so a stream that cannot tell its length cannot make a false count allocate.
    /// </summary>
    public byte[] ReadUpTo(int count)
    {
        if (count <= ChunkSize || Remaining >= count)
        {
            var whole = new byte[count];
            int read = ReadAtMost(whole);
            return read == count ? whole : whole.AsSpan(0, read).ToArray();
        }

        using var collected = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (collected.Length < count)
        {
            int read = _stream.Read(chunk, 0, (int)Math.Min(chunk.Length, count - collected.Length));
            if (read == 0)
            {
                break;
            }

            collected.Write(chunk, 0, read);
        }

        return collected.ToArray();
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

    /// <summary>At most the first 80 characters of <paramref name="text"/>, marked when cut: messages never echo a huge header.</summary>
    public static string Excerpt(string text)
    {
        const int Max = 80;
        string trimmed = text.Trim();
        return trimmed.Length <= Max ? trimmed : trimmed.Substring(0, Max) + "… (" + trimmed.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
    }

    public static string Bytes(long count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " byte" : " bytes");
}
