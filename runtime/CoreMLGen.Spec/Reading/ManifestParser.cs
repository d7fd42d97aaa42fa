using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

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

    // Manifests are a few hundred bytes; Core ML's own are never nested deeper than 3.
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 64 };

    public static PackageManifest? Parse(string json, string manifestPath, string packageName, ReadDiagnostics diagnostics)
    {
        string where = "Manifest.json of '" + packageName + "'";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException exception)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestMalformed, manifestPath, "The " + where + " is not valid JSON: " + Describe(exception) + ".");
            return null;
        }

        using (document)
        {
            return Parse(document.RootElement, manifestPath, where, diagnostics);
        }
    }

    private static PackageManifest? Parse(JsonElement manifest, string manifestPath, string where, ReadDiagnostics diagnostics)
    {
        if (manifest.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestMalformed, manifestPath, "The " + where + " must be a JSON object.");
            return null;
        }

        if (FindDuplicateProperty(manifest) is string duplicate)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestMalformed, manifestPath, "The " + where + " is not valid JSON: the property \"" + duplicate + "\" appears twice in one object.");
            return null;
        }

        string? version = ReadVersion(manifest, manifestPath, where, diagnostics);
        JsonElement? entries = ReadEntries(manifest, manifestPath, where, diagnostics);
        if (version is null || entries is not JsonElement entryObject)
        {
            return null;
        }

        if (!manifest.TryGetProperty(RootModelIdentifierKey, out JsonElement rootValue) || rootValue.ValueKind != JsonValueKind.String)
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestRoot,
                manifestPath,
                "The " + where + " has no \"" + RootModelIdentifierKey + "\" string naming the root model entry.");
            return null;
        }

        string rootIdentifier = rootValue.GetString()!;
        if (!entryObject.TryGetProperty(rootIdentifier, out JsonElement root))
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestRoot,
                manifestPath,
                "The " + where + " names root model entry \"" + rootIdentifier + "\", which is not in \"" + ItemInfoEntriesKey + "\".");
            return null;
        }

        return new PackageManifest(version, rootIdentifier, root.GetProperty(PathKey).GetString()!);
    }

    private static string? ReadVersion(JsonElement manifest, string manifestPath, string where, ReadDiagnostics diagnostics)
    {
        if (!manifest.TryGetProperty(FileFormatVersionKey, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestVersion, manifestPath, "The " + where + " has no \"" + FileFormatVersionKey + "\" string.");
            return null;
        }

        string version = value.GetString()!;
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

    private static JsonElement? ReadEntries(JsonElement manifest, string manifestPath, string where, ReadDiagnostics diagnostics)
    {
        if (!manifest.TryGetProperty(ItemInfoEntriesKey, out JsonElement entries) || entries.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(ModelReadErrorCodes.ManifestEntries, manifestPath, "The " + where + " has no \"" + ItemInfoEntriesKey + "\" object.");
            return null;
        }

        foreach (JsonProperty entry in entries.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(ModelReadErrorCodes.ManifestEntries, manifestPath, "The " + where + " has entry \"" + entry.Name + "\", which is not an object.");
                return null;
            }

            foreach (string key in s_entryKeys)
            {
                if (!entry.Value.TryGetProperty(key, out JsonElement field) || field.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Error(
                        ModelReadErrorCodes.ManifestEntries,
                        manifestPath,
                        "The " + where + " has entry \"" + entry.Name + "\" without a \"" + key + "\" string (every entry needs path, name, author and description).");
                    return null;
                }
            }
        }

        return entries;
    }

    // JsonDocument keeps repeated properties; which one a lookup finds is unspecified, so a manifest that repeats
    // one is ambiguous and refused, at any depth.
    private static string? FindDuplicateProperty(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                if (FindDuplicateProperty(item) is string duplicate)
                {
                    return duplicate;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    return property.Name;
                }

                if (FindDuplicateProperty(property.Value) is string duplicate)
                {
                    return duplicate;
                }
            }
        }

        return null;
    }

    // System.Text.Json counts lines and bytes from 0; people count from 1.
    private static string Describe(JsonException exception)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = (cut >= 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ');
        return exception.LineNumber is long line
            ? message + " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + ")"
            : message;
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
