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
}
