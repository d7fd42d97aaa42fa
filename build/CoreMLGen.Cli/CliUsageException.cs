using System;

namespace CoreMLGen.Cli;

/// <summary>A problem with what the user asked for (a missing file, an unknown input, a bad value): reported as one line, exit code 2.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }
}
