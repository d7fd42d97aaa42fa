namespace CoreMLGen.Build.Tasks;

/// <summary>Item metadata the tasks read and write (the targets use the same names).</summary>
internal static class ItemMetadataNames
{
    // Set by the user on CoreMLModel items.
    public const string Generate = "Generate";
    public const string Link = "Link";
    public const string LogicalName = "LogicalName";

    // Well-known metadata MSBuild sets.
    public const string FullPath = "FullPath";
    public const string DefiningProjectDirectory = "DefiningProjectDirectory";
    public const string IsDefaultItem = "IsDefaultItem";

    // Set by PrepareCoreMLModels.
    public const string DescriptorPath = "DescriptorPath";
    public const string RelativePath = "RelativePath";
    public const string BundleName = "BundleName";
    public const string SourceModel = "SourceModel";
    public const string ModelInputs = "ModelInputs";

    /// <summary>The <c>.mlpackage</c> folder a model file is converted into (empty for a model that is a package).</summary>
    public const string PackagePath = "PackagePath";

    /// <summary>The files of that package (for incremental builds and clean).</summary>
    public const string PackageFiles = "PackageFiles";

    /// <summary>The spec file to embed as a managed resource (the model file, or the root model file of a package).</summary>
    public const string SpecFile = "SpecFile";

    /// <summary>The manifest resource name of the embedded spec.</summary>
    public const string ResourceName = "ResourceName";

    /// <summary>What the Apple SDK compiles into the app bundle (the converted package, or the package item itself).</summary>
    public const string AppleModelPath = "AppleModelPath";

    /// <summary>The LogicalName handed to the Apple SDK with it: the bundle name plus <c>.mlpackage</c>.</summary>
    public const string AppleLogicalName = "AppleLogicalName";
    public const string Ensemble = "Ensemble";
    public const string EnsembleMembers = "EnsembleMembers";
}
