using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Cheap, runs on every build: turns the <c>CoreMLModel</c> items into the models to convert, each once, with the
/// metadata the targets need — <c>DescriptorPath</c>, <c>RelativePath</c>, <c>BundleName</c>, <c>SourceModel</c>
/// and <c>ModelInputs</c> (the files whose timestamps decide whether the descriptor is up to date). Items with
/// <c>Generate=false</c> are skipped. All other metadata (ClassName, Namespace, Access, …) is kept.
/// </summary>
public sealed class PrepareCoreMLModels : Task
{
    /// <summary>The <c>CoreMLModel</c> items.</summary>
    [Required]
    public ITaskItem[] Models { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project folder (<c>$(MSBuildProjectDirectory)</c>).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The folder descriptors go to (under <c>$(IntermediateOutputPath)</c>).</summary>
    [Required]
    public string DescriptorDirectory { get; set; } = string.Empty;

    /// <summary><c>;</c>-separated Apple resource prefixes (e.g. <c>Resources</c>) stripped from bundle names.</summary>
    public string ResourcePrefixes { get; set; } = string.Empty;

    /// <summary>One item per model to convert; the item spec is the model's full path.</summary>
    [Output]
    public ITaskItem[] PreparedModels { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var allocator = new DescriptorPathAllocator(DescriptorDirectory, ProjectDirectory);
        var seen = new HashSet<string>(ProjectPaths.Comparer);
        var prepared = new List<ITaskItem>();
        foreach (ITaskItem model in Models)
        {
            if (string.Equals(model.GetMetadata(ItemMetadataNames.Generate).Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                Log.LogMessage(MessageImportance.Low, "CoreMLGen: skipping '{0}' (Generate=false).", model.ItemSpec);
                continue;
            }

            string fullPath = ProjectPaths.Normalize(model.GetMetadata(ItemMetadataNames.FullPath));
            if (!seen.Add(fullPath))
            {
                // The same model listed twice (e.g. by a glob and explicitly) is converted and generated once.
                Log.LogMessage(MessageImportance.Low, "CoreMLGen: '{0}' is listed more than once; using the first item.", model.ItemSpec);
                continue;
            }

            prepared.Add(Prepare(model, fullPath, allocator));
        }

        PreparedModels = prepared.ToArray();
        return !Log.HasLoggedErrors;
    }

    private ITaskItem Prepare(ITaskItem model, string fullPath, DescriptorPathAllocator allocator)
    {
        string link = model.GetMetadata(ItemMetadataNames.Link);
        string relativePath = link.Trim().Length > 0
            ? ProjectPaths.CleanVirtualPath(link)
            : ProjectPaths.Relative(ProjectDirectory, fullPath);

        var item = new TaskItem(MSBuildEscaping.Escape(fullPath));
        model.CopyMetadataTo(item);
        ITaskItem2 literal = item;
        literal.SetMetadataValueLiteral(ItemMetadataNames.SourceModel, fullPath);
        literal.SetMetadataValueLiteral(ItemMetadataNames.DescriptorPath, allocator.Allocate(fullPath));
        literal.SetMetadataValueLiteral(ItemMetadataNames.RelativePath, relativePath);
        literal.SetMetadataValueLiteral(
            ItemMetadataNames.BundleName,
            BundleNames.Compute(model.GetMetadata(ItemMetadataNames.LogicalName), BundleVirtualPath(model, fullPath, link), ResourcePrefixes));

        // Escaped item by item and joined raw, so that the targets split it into one input per file.
        item.SetMetadata(ItemMetadataNames.ModelInputs, string.Join(";", ModelInputFiles.Of(fullPath).Select(MSBuildEscaping.Escape)));
        return item;
    }

    /// <summary>As the Apple SDK computes it: the Link, else the path relative to the project file that defines the item.</summary>
    private string BundleVirtualPath(ITaskItem model, string fullPath, string link)
    {
        if (link.Trim().Length > 0)
        {
            return ProjectPaths.CleanVirtualPath(link);
        }

        bool isDefaultItem = string.Equals(model.GetMetadata(ItemMetadataNames.IsDefaultItem), "true", StringComparison.OrdinalIgnoreCase);
        string definingDirectory = model.GetMetadata(ItemMetadataNames.DefiningProjectDirectory);
        string baseDirectory = isDefaultItem || definingDirectory.Length == 0 ? ProjectDirectory : definingDirectory;
        return ProjectPaths.Relative(baseDirectory, fullPath);
    }
}
