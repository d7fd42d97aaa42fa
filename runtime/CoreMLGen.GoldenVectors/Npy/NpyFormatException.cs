using System;
using System.IO;

namespace CoreMLGen.GoldenVectors;

/// <summary>An <c>.npy</c> file cannot be read: it is not an <c>.npy</c> file, is truncated, or holds an array this reader does not support.</summary>
public sealed class NpyFormatException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or stream name) at fault; the message starts with it.</param>
    /// <param name="problem">What is wrong, for people.</param>
    /// <param name="innerException">The cause, if any.</param>
    public NpyFormatException(string source, string problem, Exception? innerException = null)
        : base(source + ": " + problem, innerException)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The file (or stream name) at fault.</summary>
    public new string Source { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
