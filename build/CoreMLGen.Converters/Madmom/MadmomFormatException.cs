using System;

namespace CoreMLGen.Converters.Madmom;

/// <summary>A madmom pickle that is readable but not a network this converter can turn into the exact same function.</summary>
public sealed class MadmomFormatException : Exception
{
    public MadmomFormatException(string message)
        : base(message)
    {
    }

    public MadmomFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
