namespace CoreMLGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The model could not be read, or generation reported errors.</summary>
    public const int ModelError = 1;
}
