using System.IO;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Where a converted <c>.mlpackage</c> keeps its files, as coremltools and Xcode write them: <c>Manifest.json</c>
/// at the top, the spec at <c>Data/com.apple.CoreML/model.mlmodel</c>, one manifest entry describing it.
/// </summary>
internal static class PackageLayout
{
    public const string ManifestFileName = "Manifest.json";
    public const string DataFolderName = "Data";

    // The root model entry exactly as coremltools fills it (the item path is always author/name).
    public const string RootAuthor = "com.apple.CoreML";
    public const string RootName = "model.mlmodel";
    public const string RootDescription = "CoreML Model Specification";
    public const string RootItemPath = RootAuthor + "/" + RootName;

    public const string FileFormatVersion = "1.0.0";

    public static string ManifestPath(string packagePath) => Path.Combine(packagePath, ManifestFileName);

    public static string SpecPath(string packagePath) => Path.Combine(packagePath, DataFolderName, RootAuthor, RootName);

    /// <summary>Every file a converted package holds, in a fixed order.</summary>
    public static string[] Files(string packagePath) => new[] { ManifestPath(packagePath), SpecPath(packagePath) };
}
