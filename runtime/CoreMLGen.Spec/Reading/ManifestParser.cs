using System.Globalization;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// Validates a package's Manifest.json the way Core ML's ModelPackage does: a <c>fileFormatVersion</c> of the form
/// major.minor.patch no newer than 1.0.0, an <c>itemInfoEntries</c> object whose entries all have string
/// <c>path</c>, <c>name</c>, <c>author</c> and <c>description</c>, and a <c>rootModelIdentifier</c> naming an entry.
/// </summary>
internal static class ManifestParser
{
    private const string FileFormatVersionKey = "fileFormatVersion";
    private const string ItemInfoEntriesKey = "itemInfoEntries";
    private const string RootModelIdentifierKey = "rootModelIdentifier";
    private const string PathKey = "path";
    private static readonly string[] s_entryKeys = { PathKey, "name", "author", "description" };

    // The newest package format this version reads (Core ML reads the same).
    private static readonly int[] s_newestVersion = { 1, 0, 0 };

    public static PackageManifest? Parse(string json, string manifestPath, string packageName, ReadDiagnostics diagnostics)
    {
        string where = "Manifest.json of '" + packageName + "'";
        if (!JsonParser.TryParse(json, out object? document, out string? syntaxError))
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestMalformed, manifestPath, "The " + where + " is not valid JSON: " + syntaxError + ".");
            return null;
        }

        if (document is not JsonObject manifest)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestMalformed, manifestPath, "The " + where + " must be a JSON object.");
            return null;
        }

        string? version = ReadVersion(manifest, manifestPath, where, diagnostics);
        JsonObject? entries = ReadEntries(manifest, manifestPath, where, diagnostics);
        if (version is null || entries is null)
        {
            return null;
        }

        if (!manifest.TryGet(RootModelIdentifierKey, out object? rootValue) || rootValue is not string rootIdentifier)
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestRoot,
                manifestPath,
                "The " + where + " has no \"" + RootModelIdentifierKey + "\" string naming the root model entry.");
            return null;
        }

        if (!entries.TryGet(rootIdentifier, out object? rootEntry) || rootEntry is not JsonObject root)
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestRoot,
                manifestPath,
                "The " + where + " names root model entry \"" + rootIdentifier + "\", which is not in \"" + ItemInfoEntriesKey + "\".");
            return null;
        }

        root.TryGet(PathKey, out object? rootPath);
        return new PackageManifest(version, rootIdentifier, (string)rootPath!);
    }

    private static string? ReadVersion(JsonObject manifest, string manifestPath, string where, ReadDiagnostics diagnostics)
    {
        if (!manifest.TryGet(FileFormatVersionKey, out object? value) || value is not string version)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestVersion, manifestPath, "The " + where + " has no \"" + FileFormatVersionKey + "\" string.");
            return null;
        }

        int[]? parts = ParseVersion(version);
        if (parts is null)
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestVersion,
                manifestPath,
                "The " + where + " has \"" + FileFormatVersionKey + "\": \"" + version + "\"; expected the form major.minor.patch, e.g. \"1.0.0\".");
            return null;
        }

        if (IsNewer(parts, s_newestVersion))
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestVersion,
                manifestPath,
                "The " + where + " uses package format " + version + ", newer than the 1.0.0 this version of CoreMLGen (and Core ML) can read.");
            return null;
        }

        return version;
    }

    private static JsonObject? ReadEntries(JsonObject manifest, string manifestPath, string where, ReadDiagnostics diagnostics)
    {
        if (!manifest.TryGet(ItemInfoEntriesKey, out object? value) || value is not JsonObject entries)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestEntries, manifestPath, "The " + where + " has no \"" + ItemInfoEntriesKey + "\" object.");
            return null;
        }

        foreach (string identifier in entries.Names)
        {
            entries.TryGet(identifier, out object? entryValue);
            if (entryValue is not JsonObject entry)
            {
                diagnostics.Error(ModelReadErrorCodes.ManifestEntries, manifestPath, "The " + where + " has entry \"" + identifier + "\", which is not an object.");
                return null;
            }

            foreach (string key in s_entryKeys)
            {
                if (!entry.TryGet(key, out object? field) || field is not string)
                {
                    diagnostics.Error(
                        ModelReadErrorCodes.ManifestEntries,
                        manifestPath,
                        "The " + where + " has entry \"" + identifier + "\" without a \"" + key + "\" string (every entry needs path, name, author and description).");
                    return null;
                }
            }
        }

        return entries;
    }

    private static int[]? ParseVersion(string text)
    {
        string[] parts = text.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var numbers = new int[3];
        for (int i = 0; i < 3; i++)
        {
            if (parts[i].Length == 0 || !IsDigits(parts[i])
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNewer(int[] version, int[] than)
    {
        for (int i = 0; i < version.Length; i++)
        {
            if (version[i] != than[i])
            {
                return version[i] > than[i];
            }
        }

        return false;
    }
}
