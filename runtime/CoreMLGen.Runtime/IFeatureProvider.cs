using System.Collections.Generic;

namespace CoreMLGen;

/// <summary>A set of named feature values: a model's inputs or outputs.</summary>
public interface IFeatureProvider
{
    /// <summary>The names of the features this provider can supply.</summary>
    IReadOnlyCollection<string> FeatureNames { get; }

    /// <summary>
    /// The value of a feature. Returns null for a name the provider does not know and for an optional
    /// feature that is not set; never throws for an unknown name.
    /// </summary>
    /// <param name="featureName">The feature's name (case-sensitive).</param>
    /// <returns>The value, or null.</returns>
    FeatureValue? GetFeatureValue(string featureName);
}
