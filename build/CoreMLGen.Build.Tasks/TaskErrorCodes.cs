namespace CoreMLGen.Build.Tasks;

/// <summary>Codes of the errors the tasks log themselves (reading errors use <c>ModelReadErrorCodes</c>); see docs/diagnostics.md.</summary>
internal static class TaskErrorCodes
{
    /// <summary>A model item reached the write task without <c>DescriptorPath</c> metadata (targets misuse).</summary>
    public const string DescriptorPathMissing = "CMLG2020";

    /// <summary>The descriptor file could not be written.</summary>
    public const string DescriptorWriteFailed = "CMLG2021";

    /// <summary>The converted <c>.mlpackage</c> folder could not be written.</summary>
    public const string PackageWriteFailed = "CMLG2022";

    /// <summary>An ML Program package's weight file is too large to embed as an assembly resource (2 GiB).</summary>
    public const string ModelFileTooLargeToEmbed = "CMLG2023";

    /// <summary>A madmom pickle (or an ensemble of them) could not be converted into a Core ML model.</summary>
    public const string PickleConversionFailed = "CMLG2030";

    /// <summary>The build runs in an MSBuild that cannot load the task (logged by CoreMLGen.targets, listed here for the docs test).</summary>
    public const string UnsupportedMSBuild = "CMLG2040";
}
