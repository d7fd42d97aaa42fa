using System.Collections.Generic;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>One descriptor as the MSBuild targets would hand it over, with its CoreMLModel item metadata.</summary>
public sealed record ModelInput(
    string RelativePath,
    string DescriptorText,
    string ClassName = "",
    string Namespace = "",
    string Access = "",
    string BundleName = "")
{
    /// <summary>Set to give two inputs with the same relative path different descriptor files.</summary>
    public string? DescriptorPathOverride { get; init; }

    public string DescriptorPath => DescriptorPathOverride ?? "/project/obj/coremlgen/" + RelativePath + ".descriptor";

    public string SourceModelPath => "/project/" + RelativePath;

    private readonly string? _resourceName;

    /// <summary>
    /// The embedded spec's resource name the build passes (CoreMLGenResourceName); by default the task's name for
    /// the path (<c>CoreMLGen.</c> + path, ending in <c>.mlmodel</c>). Empty: the spec is not embedded.
    /// </summary>
    public string ResourceName
    {
        get => _resourceName ?? "CoreMLGen." + RelativePath + (RelativePath.EndsWith(".mlmodel", System.StringComparison.OrdinalIgnoreCase) ? string.Empty : ".mlmodel");
        init => _resourceName = value;
    }

    public IReadOnlyDictionary<string, string> Metadata => new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.CoreMLGenKind"] = "Descriptor",
        ["build_metadata.AdditionalFiles.CoreMLGenSourceModel"] = SourceModelPath,
        ["build_metadata.AdditionalFiles.CoreMLGenRelativePath"] = RelativePath,
        ["build_metadata.AdditionalFiles.CoreMLGenClassName"] = ClassName,
        ["build_metadata.AdditionalFiles.CoreMLGenNamespace"] = Namespace,
        ["build_metadata.AdditionalFiles.CoreMLGenAccess"] = Access,
        ["build_metadata.AdditionalFiles.CoreMLGenBundleName"] = BundleName,
        ["build_metadata.AdditionalFiles.CoreMLGenResourceName"] = ResourceName,
    };
}
