using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;

namespace CoreMLGen.Audio.Wav;

/// <summary>
/// Reads RIFF/WAVE files the way madmom's <c>load_wave_file</c> (scipy's reader) sees them: PCM 8/16/24/32-bit
/// integers and 32/64-bit floats (plain or WAVE_FORMAT_EXTENSIBLE), any number of channels downmixed to mono as
/// madmom does — the mean of the channels, truncated back to the integer type for integer files.
/// </summary>
public static class WavReader
{
    private const int FormatPcm = 1;
    private const int FormatFloat = 3;
    private const int FormatExtensible = 0xFFFE;

    /// <summary>Reads and downmixes a WAV file.</summary>
    /// <exception cref="WavFormatException">The file is not a WAV file, is damaged, or stores an unsupported format.</exception>
    public static AudioSignal Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WavFormatException(path, e.Message);
        }

        return Read(bytes, path);
    }

    /// <summary>Reads and downmixes WAV file contents; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="WavFormatException">The bytes are not a WAV file, are damaged, or store an unsupported format.</exception>
    public static AudioSignal Read(ReadOnlySpan<byte> bytes, string source = "stream")
    {
        if (bytes.Length < 12 || !bytes.Slice(0, 4).SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new WavFormatException(source, "not a WAV file (no RIFF/WAVE header).");
        }

        WavFormat? format = null;
        int position = 12;
        while (position + 8 <= bytes.Length)
        {
            ReadOnlySpan<byte> id = bytes.Slice(position, 4);
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(position + 4, 4));
            int body = position + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                format = ParseFormat(bytes.Slice(body, (int)Math.Min(size, (uint)(bytes.Length - body))), source);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw new WavFormatException(source, "the data chunk comes before the fmt chunk.");
                }

                if (size > (uint)(bytes.Length - body))
                {
                    throw new WavFormatException(source, "the data chunk is truncated (" + Count(size) + " bytes declared, " + Count(bytes.Length - body) + " present).");
                }

                return Decode(bytes.Slice(body, (int)size), format, source);
            }

            // Chunks are padded to an even length.
            long next = (long)body + size + (size & 1);
            if (next > bytes.Length)
            {
                break;
            }

            position = (int)next;
        }

        throw new WavFormatException(source, format is null ? "no fmt chunk." : "no data chunk.");
    }

    private static WavFormat ParseFormat(ReadOnlySpan<byte> chunk, string source)
    {
        if (chunk.Length < 16)
        {
            throw new WavFormatException(source, "the fmt chunk is too short (" + Count(chunk.Length) + " bytes).");
        }

        int tag = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(chunk.Slice(2));
        uint sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(chunk.Slice(4));
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(chunk.Slice(12));
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(chunk.Slice(14));
        if (tag == FormatExtensible)
        {
            if (chunk.Length < 40)
            {
                throw new WavFormatException(source, "the WAVE_FORMAT_EXTENSIBLE fmt chunk is too short (" + Count(chunk.Length) + " bytes).");
            }

            // The sub-format GUID starts with the plain format tag.
            tag = BinaryPrimitives.ReadUInt16LittleEndian(chunk.Slice(24));
        }

        if (channels == 0 || sampleRate == 0 || sampleRate > int.MaxValue)
        {
            throw new WavFormatException(source, "the fmt chunk declares " + Count(channels) + " channels at " + sampleRate.ToString(CultureInfo.InvariantCulture) + " Hz.");
        }

        WavSampleFormat sampleFormat = (tag, bits) switch
        {
            (FormatPcm, 8) => WavSampleFormat.UInt8,
            (FormatPcm, 16) => WavSampleFormat.Int16,
            (FormatPcm, 24) => WavSampleFormat.Int24,
            (FormatPcm, 32) => WavSampleFormat.Int32,
            (FormatFloat, 32) => WavSampleFormat.Float32,
            (FormatFloat, 64) => WavSampleFormat.Float64,
            (FormatPcm or FormatFloat, _) => throw new WavFormatException(source, Count(bits) + "-bit " + (tag == FormatPcm ? "integer" : "float") + " samples are not supported (8/16/24/32-bit integers, 32/64-bit floats)."),
            _ => throw new WavFormatException(source, "audio format " + Count(tag) + " is not supported (only PCM integers and IEEE floats, not compressed audio)."),
        };

        if (blockAlign != channels * (bits / 8))
        {
            throw new WavFormatException(source, "block align " + Count(blockAlign) + " does not match " + Count(channels) + " channels of " + Count(bits) + " bits.");
        }

        return new WavFormat(sampleFormat, channels, (int)sampleRate, blockAlign);
    }

    private static AudioSignal Decode(ReadOnlySpan<byte> data, WavFormat format, string source)
    {
        if (data.Length % format.BlockAlign != 0)
        {
            throw new WavFormatException(source, "the data chunk (" + Count(data.Length) + " bytes) is not a whole number of " + Count(format.BlockAlign) + "-byte frames.");
        }

        int frames = data.Length / format.BlockAlign;
        int width = format.BlockAlign / format.Channels;
        var samples = new double[frames];
        for (int frame = 0; frame < frames; frame++)
        {
            ReadOnlySpan<byte> block = data.Slice(frame * format.BlockAlign, format.BlockAlign);
            samples[frame] = format.Channels == 1
                ? Sample(block, format.SampleFormat)
                : Downmix(block, format.SampleFormat, format.Channels, width);
            if (!double.IsFinite(samples[frame]))
            {
                throw new WavFormatException(source, "sample frame " + Count(frame) + " is not a finite number.");
            }
        }

        return new AudioSignal(samples, format.SampleRate, format.SampleFormat, format.Channels);
    }

    /// <summary>numpy's mean over the channels, cast back to the file's type: integer means are computed in double
    /// and truncated toward zero; float32 means are summed and divided in single precision.</summary>
    private static double Downmix(ReadOnlySpan<byte> block, WavSampleFormat format, int channels, int width)
    {
        if (format == WavSampleFormat.Float32)
        {
            float sum = 0f;
            for (int c = 0; c < channels; c++)
            {
                sum += (float)Sample(block.Slice(c * width, width), format);
            }

            return sum / channels;
        }

        double total = 0;
        for (int c = 0; c < channels; c++)
        {
            total += Sample(block.Slice(c * width, width), format);
        }

        double mean = total / channels;
        return format == WavSampleFormat.Float64 ? mean : Math.Truncate(mean);
    }

    private static double Sample(ReadOnlySpan<byte> bytes, WavSampleFormat format) => format switch
    {
        WavSampleFormat.UInt8 => bytes[0],
        WavSampleFormat.Int16 => BinaryPrimitives.ReadInt16LittleEndian(bytes),
        // scipy widens 24-bit samples to 32 bits by putting them in the top three bytes.
        WavSampleFormat.Int24 => (bytes[0] << 8) | (bytes[1] << 16) | (bytes[2] << 24),
        WavSampleFormat.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
        WavSampleFormat.Float32 => BinaryPrimitives.ReadSingleLittleEndian(bytes),
        _ => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
    };

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record WavFormat(WavSampleFormat SampleFormat, int Channels, int SampleRate, int BlockAlign);
}
