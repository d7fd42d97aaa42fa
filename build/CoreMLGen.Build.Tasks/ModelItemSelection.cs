using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Picks one item per model among the <c>CoreMLModel</c> items. The same file can be listed twice (a default glob —
/// ours or the Apple SDK's — and an explicit item carrying metadata); the explicit item wins, else the first.
/// A default item inside an <c>.mlpackage</c> folder is that package's own spec, never a model of its own.
/// </summary>
internal static class ModelItemSelection
{
    private const string PackageExtension = ".mlpackage";

    /// <summary>A model: the item that speaks for it, and every item naming it.</summary>
    public sealed record Selected(string FullPath, ITaskItem Item, List<ITaskItem> All);

    /// <param name="models">The items, in project order.</param>
    /// <param name="insidePackages">The default items that are the spec inside a package folder.</param>
    public static List<Selected> Select(IEnumerable<ITaskItem> models, out List<ITaskItem> insidePackages)
    {
        var byPath = new Dictionary<string, Selected>(ProjectPaths.Comparer);
        var ordered = new List<Selected>();
        insidePackages = new List<ITaskItem>();
        foreach (ITaskItem model in models)
        {
            string fullPath = ProjectPaths.Normalize(model.GetMetadata(ItemMetadataNames.FullPath));
            if (IsDefault(model) && IsInsidePackage(fullPath))
            {
                insidePackages.Add(model);
                continue;
            }

            if (!byPath.TryGetValue(fullPath, out Selected? selected))
            {
                selected = new Selected(fullPath, model, new List<ITaskItem>());
                byPath.Add(fullPath, selected);
                ordered.Add(selected);
            }
            else if (IsDefault(selected.Item) && !IsDefault(model))
            {
                int index = ordered.IndexOf(selected);
                selected = selected with { Item = model };
                byPath[fullPath] = selected;
                ordered[index] = selected;
            }

            selected.All.Add(model);
        }

        return ordered;
    }

    public static bool IsPackage(string fullPath)
        => Directory.Exists(fullPath) || fullPath.EndsWith(PackageExtension, StringComparison.OrdinalIgnoreCase);

    private static bool IsDefault(ITaskItem item)
        => string.Equals(item.GetMetadata(ItemMetadataNames.IsDefaultItem), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsInsidePackage(string fullPath)
    {
        for (string? folder = Path.GetDirectoryName(fullPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (folder.EndsWith(PackageExtension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
