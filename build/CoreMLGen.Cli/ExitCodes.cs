namespace CoreMLGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The model could not be read, or generation reported errors.</summary>
    public const int ModelError = 1;

    /// <summary><c>compare</c>: some element differs by more than the tolerance.</summary>
    public const int Mismatch = 1;

    /// <summary>A bad command line, a missing or unreadable file, inputs that do not fit the model, or a file-name clash in <c>generate</c>'s output folder.</summary>
    public const int UsageError = 2;

    /// <summary>Anything else that went wrong (a bug, or a failure no command expected): one <c>error:</c> line; <c>--verbose</c> adds the details.</summary>
    public const int UnexpectedFailure = 3;
}
