using System;

namespace CoreMLGen;

/// <summary>Thrown when a required feature is absent from a feature provider.</summary>
public sealed class FeatureMissingException : CoreMLException
{
    /// <summary>Creates the exception for the missing feature.</summary>
    /// <param name="featureName">The name of the feature that has no value.</param>
    public FeatureMissingException(string featureName)
        : base("Feature '" + featureName + "' has no value.")
    {
        FeatureName = featureName ?? throw new ArgumentNullException(nameof(featureName));
    }

    /// <summary>Creates the exception for the missing feature with a custom message.</summary>
    /// <param name="featureName">The name of the feature that has no value.</param>
    /// <param name="message">What went wrong.</param>
    public FeatureMissingException(string featureName, string message)
        : base(message)
    {
        FeatureName = featureName ?? throw new ArgumentNullException(nameof(featureName));
    }

    /// <summary>The name of the feature that has no value.</summary>
    public string FeatureName { get; }
}
