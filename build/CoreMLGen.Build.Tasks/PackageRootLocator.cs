using System;
using System.IO;
using System.Text.Json;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Finds the spec file of an <c>.mlpackage</c> through its Manifest.json, cheaply and silently: null on any problem
/// (the conversion reads the package properly and reports errors). Used on every build to embed the spec, where
/// reading the whole model would cost too much.
/// </summary>
internal static class PackageRootLocator
{
    // A real manifest is a few hundred bytes.
    private const long MaxManifestBytes = 1024 * 1024;

    public static string? Find(string packagePath)
    {
        try
        {
            var manifest = new FileInfo(Path.Combine(packagePath, PackageLayout.ManifestFileName));
            if (!manifest.Exists || manifest.Length > MaxManifestBytes || manifest.LinkTarget is not null)
            {
                return null;
            }

            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(manifest.FullName));
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("rootModelIdentifier", out JsonElement identifier) || identifier.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("itemInfoEntries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Object
                || !entries.TryGetProperty(identifier.GetString()!, out JsonElement entry) || entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("path", out JsonElement itemPath) || itemPath.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return Inside(packagePath, itemPath.GetString()!);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The file <c>Data/&lt;itemPath&gt;</c> when it exists and stays inside the package.</summary>
    private static string? Inside(string packagePath, string itemPath)
    {
        if (itemPath.Length == 0 || Path.IsPathRooted(itemPath) || Array.IndexOf(itemPath.Split('/', '\\'), "..") >= 0)
        {
            return null;
        }

        string data = Path.Combine(ProjectPaths.Normalize(packagePath), PackageLayout.DataFolderName) + Path.DirectorySeparatorChar;
        string file = Path.GetFullPath(Path.Combine(data, itemPath));
        return file.StartsWith(data, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }
}
