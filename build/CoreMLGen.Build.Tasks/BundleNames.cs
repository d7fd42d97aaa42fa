using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The name under which the Apple SDK (dotnet/macios) puts a model's compiled <c>.mlmodelc</c> into the app bundle,
/// minus the extension: <c>LogicalName</c> if set; otherwise the item's virtual path (its <c>Link</c>, or its path
/// relative to the project that defines it) with the longest matching resource prefix (e.g. <c>Resources/</c>)
/// removed, compared case-insensitively.
/// </summary>
internal static class BundleNames
{
    public static string Compute(string logicalName, string virtualPath, string resourcePrefixes)
    {
        if (logicalName.Trim().Length > 0)
        {
            return ProjectPaths.WithoutExtension(ProjectPaths.CleanVirtualPath(logicalName));
        }

        int longest = 0;
        foreach (string prefix in SplitPrefixes(resourcePrefixes))
        {
            if (prefix.Length > longest && virtualPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                longest = prefix.Length;
            }
        }

        return ProjectPaths.WithoutExtension(virtualPath.Substring(longest));
    }

    /// <summary>The <c>;</c>-separated prefixes, each with forward slashes and one trailing slash.</summary>
    public static IEnumerable<string> SplitPrefixes(string prefixes)
        => prefixes.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(prefix => ProjectPaths.ForwardSlashes(prefix.Trim()).TrimEnd('/'))
            .Where(prefix => prefix.Length > 0)
            .Select(prefix => prefix + "/");
}
