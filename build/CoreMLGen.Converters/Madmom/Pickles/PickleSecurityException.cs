using System;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>A pickle the reader refuses: a global outside the allow-list, an unsupported opcode, a bound exceeded or a corrupt stream.</summary>
public sealed class PickleSecurityException : Exception
{
    public PickleSecurityException(string message, long offset)
        : base(message + " (at byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")")
    {
        Offset = offset;
    }

    /// <summary>Byte offset of the opcode that was refused.</summary>
    public long Offset { get; }
}
