namespace CoreMLGen.Spec.Reading;

/// <summary>The codes of <see cref="ModelReadError"/>; each is documented in docs/diagnostics.md.</summary>
public static class ModelReadErrorCodes
{
    /// <summary>The model file or package folder does not exist.</summary>
    public const string ModelNotFound = "CMLG2001";

    /// <summary>The model file is empty.</summary>
    public const string EmptyFile = "CMLG2002";

    /// <summary>The file is not a protobuf message (truncated, corrupt or some other format).</summary>
    public const string NotProtobuf = "CMLG2003";

    /// <summary>The file is a protobuf message but not a Core ML model.</summary>
    public const string NotCoreMLModel = "CMLG2004";

    /// <summary>The file is macOS AppleDouble resource-fork metadata (<c>._Name</c>).</summary>
    public const string AppleDoubleFile = "CMLG2005";

    /// <summary>Warning: the spec version is newer than this version of CoreMLGen knows; the model is still read.</summary>
    public const string NewerSpecVersion = "CMLG2006";

    /// <summary>The file exists but could not be read (permissions, I/O error, too large).</summary>
    public const string CannotReadFile = "CMLG2007";

    /// <summary>A package folder has no Manifest.json.</summary>
    public const string ManifestMissing = "CMLG2010";

    /// <summary>Manifest.json is not valid JSON or not a JSON object.</summary>
    public const string ManifestMalformed = "CMLG2011";

    /// <summary>Manifest.json has a missing, malformed or too new <c>fileFormatVersion</c>.</summary>
    public const string ManifestVersion = "CMLG2012";

    /// <summary>Manifest.json has a missing or malformed <c>itemInfoEntries</c> object or entry.</summary>
    public const string ManifestEntries = "CMLG2013";

    /// <summary>Manifest.json has no <c>rootModelIdentifier</c>, or it names no entry.</summary>
    public const string ManifestRoot = "CMLG2014";

    /// <summary>The root model path is absolute, has <c>..</c> segments or resolves outside the package.</summary>
    public const string PackagePathOutside = "CMLG2015";

    /// <summary>Manifest.json, the root model file or a folder on its path inside the package is a symbolic link.</summary>
    public const string PackageSymbolicLink = "CMLG2016";

    /// <summary>The root model file named by Manifest.json does not exist (or is a folder).</summary>
    public const string PackageRootModelMissing = "CMLG2017";

    /// <summary>An unexpected failure inside CoreMLGen (a bug): the message carries the exception.</summary>
    public const string InternalError = "CMLG2099";
}
