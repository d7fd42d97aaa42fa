using System.IO;

namespace CoreMLGen.Audio.Wav;

/// <summary>A file is not a WAV file this library reads; the message is one line naming the file and the reason.</summary>
public sealed class WavFormatException : IOException
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    public WavFormatException(string source, string reason)
        : base(source + ": " + reason)
    {
        FileName = source;
        Reason = reason;
    }

    /// <summary>The file (or stream name) that was read.</summary>
    public string FileName { get; }

    /// <summary>The reason without the file name.</summary>
    public string Reason { get; }
}
