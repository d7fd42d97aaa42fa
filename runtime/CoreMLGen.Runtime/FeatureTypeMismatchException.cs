using System;

namespace CoreMLGen;

/// <summary>Thrown when a feature value is read as a different kind or element type than it holds.</summary>
public sealed class FeatureTypeMismatchException : CoreMLException
{
    /// <summary>
    /// Creates the exception, e.g. <c>Feature 'output1' is a Double, but MultiArray&lt;Single&gt; was expected.</c>
    /// </summary>
    /// <param name="featureName">The feature's name; empty when the value was read without one.</param>
    /// <param name="expected">The type that was asked for, e.g. <c>MultiArray&lt;Single&gt;</c>.</param>
    /// <param name="actual">The type the value holds, e.g. <c>Double</c>.</param>
    public FeatureTypeMismatchException(string featureName, string expected, string actual)
        : base(FormatMessage(featureName, expected, actual))
    {
        FeatureName = featureName;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The feature's name; empty when the value was read without one.</summary>
    public string FeatureName { get; }

    /// <summary>The type that was asked for, e.g. <c>MultiArray&lt;Single&gt;</c>.</summary>
    public string Expected { get; }

    /// <summary>The type the value holds, e.g. <c>Double</c>.</summary>
    public string Actual { get; }

    private static string FormatMessage(string featureName, string expected, string actual)
    {
        if (featureName is null)
        {
            throw new ArgumentNullException(nameof(featureName));
        }

        string subject = featureName.Length == 0 ? "The feature value" : "Feature '" + featureName + "'";
        return subject + " is " + Article(actual) + " " + actual + ", but " + expected + " was expected.";
    }

    // "an Int64", "an Image", "a Double": the type names this library produces start with a capital letter.
    private static string Article(string typeName) =>
        typeName.Length > 0 && "AEIOU".IndexOf(typeName[0]) >= 0 ? "an" : "a";
}
