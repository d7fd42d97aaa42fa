using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CoreMLGen;

/// <summary>A feature provider over a fixed set of named values, e.g. model inputs built in code.</summary>
public sealed class DictionaryFeatureProvider : IFeatureProvider
{
    private readonly Dictionary<string, FeatureValue?> _values;
    private readonly ReadOnlyCollection<string> _names;

    /// <summary>Copies the values, so later changes to <paramref name="values"/> do not affect the provider.</summary>
    /// <param name="values">The features by name; a null value marks an optional feature that is not set.</param>
    public DictionaryFeatureProvider(IReadOnlyDictionary<string, FeatureValue> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        // Feature names are compared exactly, as Core ML does, whatever comparer the source used.
        _values = new Dictionary<string, FeatureValue?>(values.Count, StringComparer.Ordinal);
        var names = new List<string>(values.Count);
        foreach (KeyValuePair<string, FeatureValue> pair in values)
        {
            _values.Add(pair.Key, pair.Value);
            names.Add(pair.Key);
        }

        _names = names.AsReadOnly();
    }

    /// <summary>The feature names, in the order the source dictionary enumerated them.</summary>
    public IReadOnlyCollection<string> FeatureNames => _names;

    /// <summary>The value of a feature, or null for an unknown or unset feature.</summary>
    /// <param name="featureName">The feature's name (case-sensitive).</param>
    /// <returns>The value, or null.</returns>
    public FeatureValue? GetFeatureValue(string featureName)
    {
        if (featureName is null)
        {
            throw new ArgumentNullException(nameof(featureName));
        }

        return _values.TryGetValue(featureName, out FeatureValue? value) ? value : null;
    }
}
