using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Spec.Interface;

/// <summary>The spec's <c>Metadata</c>; absent strings are empty.</summary>
public sealed class ModelMetadata
{
    public static readonly ModelMetadata Empty = new(string.Empty, string.Empty, string.Empty, string.Empty, Array.Empty<KeyValuePair<string, string>>());

    public ModelMetadata(string description, string author, string license, string version, IEnumerable<KeyValuePair<string, string>> userDefined)
    {
        Description = description ?? string.Empty;
        Author = author ?? string.Empty;
        License = license ?? string.Empty;
        Version = version ?? string.Empty;

        // Sorted ordinally so that every consumer (and the descriptor) sees one deterministic order.
        UserDefined = ReadOnly.Copy(userDefined.OrderBy(entry => entry.Key, StringComparer.Ordinal));
    }

    /// <summary>The model's <c>shortDescription</c>.</summary>
    public string Description { get; }

    public string Author { get; }

    public string License { get; }

    /// <summary>The model's <c>versionString</c>.</summary>
    public string Version { get; }

    /// <summary>The <c>userDefined</c> map, sorted ordinally by key.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> UserDefined { get; }
}
