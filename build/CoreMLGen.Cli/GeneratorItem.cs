using System.IO;
using CoreMLGen.Build.Tasks;

namespace CoreMLGen.Cli;

/// <summary>
/// One model as the build hands it to the generator: the <c>build_metadata.AdditionalFiles.CoreMLGen*</c> values
/// that build/CoreMLGen.props makes compiler-visible and build/CoreMLGen.targets fills in, computed with the MSBuild
/// task's own naming rules (<see cref="BundleNames"/>, <see cref="ResourceNames"/>), and the root namespace
/// (<c>build_property.RootNamespace</c>).
/// </summary>
/// <param name="SourceModel">CoreMLGenSourceModel: the model's full path.</param>
/// <param name="RelativePath">CoreMLGenRelativePath: the model's path in the project, forward slashes.</param>
/// <param name="ClassName">CoreMLGenClassName: the item's ClassName metadata (empty: from the file name).</param>
/// <param name="Namespace">CoreMLGenNamespace: the item's Namespace metadata (empty: the root namespace).</param>
/// <param name="Access">CoreMLGenAccess: public or internal (empty: public).</param>
/// <param name="BundleName">CoreMLGenBundleName: the compiled model's name in an Apple app bundle.</param>
/// <param name="ResourceName">CoreMLGenResourceName: the embedded spec's manifest resource name (empty when not embedded).</param>
/// <param name="RootNamespace">The project's RootNamespace.</param>
internal sealed record GeneratorItem(string SourceModel, string RelativePath, string ClassName, string Namespace, string Access, string BundleName, string ResourceName, string RootNamespace)
{
    /// <summary>The resource prefix the Apple SDK strips from bundle names when a project sets none (<c>_ResourcePrefix</c>).</summary>
    private const string DefaultResourcePrefixes = "Resources";

    /// <summary>
    /// The item the build would make for the model at the request's relative path (default: its file name) in a
    /// project: the bundle name from <c>LogicalName</c> or the path; the spec embedded (as the targets do) only off
    /// Apple platforms.
    /// </summary>
    public static GeneratorItem For(GenerateRequest request)
    {
        string fullPath = Path.GetFullPath(request.ModelPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string relativePath = ProjectPaths.CleanVirtualPath(request.RelativePath.Length > 0 ? request.RelativePath : Path.GetFileName(fullPath));
        string bundleName = BundleNames.Compute(request.LogicalName, relativePath, DefaultResourcePrefixes);
        string resourceName = request.Apple ? string.Empty : ResourceNames.For(relativePath);
        return new GeneratorItem(fullPath, relativePath, request.ClassName, request.Namespace, request.Access, bundleName, resourceName, request.RootNamespace);
    }
}
