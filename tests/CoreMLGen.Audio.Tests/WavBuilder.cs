using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CoreMLGen.Audio.Tests;

/// <summary>Writes small WAV files for tests, independently of the reader.</summary>
internal static class WavBuilder
{
    public static byte[] Build(int formatTag, int channels, int sampleRate, int bits, byte[] data, bool extensible = false, IEnumerable<(string Id, byte[] Body)>? extraChunks = null)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Encoding.ASCII.GetBytes("RIFF"));
        writer.Write(0);
        writer.Write(Encoding.ASCII.GetBytes("WAVE"));
        foreach (var (id, body) in extraChunks ?? Array.Empty<(string, byte[])>())
        {
            writer.Write(Encoding.ASCII.GetBytes(id));
            writer.Write(body.Length);
            writer.Write(body);
            if (body.Length % 2 == 1)
            {
                writer.Write((byte)0);
            }
        }

        writer.Write(Encoding.ASCII.GetBytes("fmt "));
        writer.Write(extensible ? 40 : 16);
        writer.Write((ushort)(extensible ? 0xFFFE : formatTag));
        writer.Write((ushort)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * bits / 8);
        writer.Write((ushort)(channels * bits / 8));
        writer.Write((ushort)bits);
        if (extensible)
        {
            writer.Write((ushort)22);
            writer.Write((ushort)bits);
            writer.Write(0);
            writer.Write((ushort)formatTag);
            writer.Write(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71 });
        }

        writer.Write(Encoding.ASCII.GetBytes("data"));
        writer.Write(data.Length);
        writer.Write(data);
        writer.Flush();
        byte[] bytes = stream.ToArray();
        BitConverter.GetBytes(bytes.Length - 8).CopyTo(bytes, 4);
        return bytes;
    }

    public static byte[] Int16(params short[] samples)
    {
        var data = new byte[samples.Length * 2];
        Buffer.BlockCopy(samples, 0, data, 0, data.Length);
        return data;
    }

    public static byte[] Float32(params float[] samples)
    {
        var data = new byte[samples.Length * 4];
        Buffer.BlockCopy(samples, 0, data, 0, data.Length);
        return data;
    }
}
