using System;
using System.Collections.Generic;

namespace CoreMLGen;

/// <summary>
/// Reads one required feature from a provider as a specific type. Generated output classes call these
/// lazily, so a feature is converted only when its property is read.
/// </summary>
public static class FeatureReader
{
    /// <summary>Reads a feature's value of any kind.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    public static FeatureValue ReadValue(IFeatureProvider provider, string featureName)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        if (featureName is null)
        {
            throw new ArgumentNullException(nameof(featureName));
        }

        return provider.GetFeatureValue(featureName) ?? throw new FeatureMissingException(featureName);
    }

    /// <summary>Reads a 64-bit integer feature.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value.</exception>
    public static long ReadInt64(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetInt64(featureName);

    /// <summary>Reads a double feature.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value.</exception>
    public static double ReadDouble(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetDouble(featureName);

    /// <summary>Reads a string feature.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value.</exception>
    public static string ReadString(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetString(featureName);

    /// <summary>Reads a multi-array feature whose elements are exactly <typeparamref name="T"/> (never converted).</summary>
    /// <typeparam name="T">The element type the array must have.</typeparam>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value or element type.</exception>
    public static MultiArray<T> ReadMultiArray<T>(IFeatureProvider provider, string featureName)
        where T : unmanaged =>
        ReadValue(provider, featureName).GetMultiArray<T>(featureName);

    /// <summary>Reads an image feature.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value.</exception>
    public static ImageBuffer ReadImage(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetImage(featureName);

    /// <summary>Reads a dictionary feature with string keys.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value or key type.</exception>
    public static IReadOnlyDictionary<string, double> ReadStringDictionary(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetStringDictionary(featureName);

    /// <summary>Reads a dictionary feature with 64-bit integer keys.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value or key type.</exception>
    public static IReadOnlyDictionary<long, double> ReadInt64Dictionary(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetInt64Dictionary(featureName);

    /// <summary>Reads a sequence feature of 64-bit integers.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value or item type.</exception>
    public static IReadOnlyList<long> ReadInt64Sequence(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetInt64Sequence(featureName);

    /// <summary>Reads a sequence feature of strings.</summary>
    /// <param name="provider">The features to read from.</param>
    /// <param name="featureName">The feature's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FeatureMissingException">The provider has no value for the feature.</exception>
    /// <exception cref="FeatureTypeMismatchException">The feature holds another kind of value or item type.</exception>
    public static IReadOnlyList<string> ReadStringSequence(IFeatureProvider provider, string featureName) =>
        ReadValue(provider, featureName).GetStringSequence(featureName);
}
