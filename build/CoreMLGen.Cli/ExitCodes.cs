namespace CoreMLGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The model could not be read, or generation reported errors.</summary>
    public const int ModelError = 1;

    /// <summary><c>compare</c>: some element differs by more than the tolerance.</summary>
    public const int Mismatch = 1;

    /// <summary><c>predict</c>, <c>compare</c>: a bad command line, a missing or unreadable file, or inputs that do not fit the model.</summary>
    public const int UsageError = 2;
}
