using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace CoreMLGen;

/// <summary>
/// One feature's value: a number, string, multi-array, image, dictionary or sequence. The portable
/// counterpart of Core ML's <c>MLFeatureValue</c>. Immutable: dictionaries and sequences are copied on
/// creation. Multi-arrays and images are buffers and are shared, not copied.
/// </summary>
public sealed class FeatureValue
{
    private readonly object _value;

    private FeatureValue(FeatureKind kind, object value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>The kind of value held.</summary>
    public FeatureKind Kind { get; }

    /// <summary>The value as a 64-bit integer.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not <see cref="FeatureKind.Int64"/>.</exception>
    public long Int64Value => GetInt64(string.Empty);

    /// <summary>The value as a double.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not <see cref="FeatureKind.Double"/>.</exception>
    public double DoubleValue => GetDouble(string.Empty);

    /// <summary>The value as a string.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not <see cref="FeatureKind.String"/>.</exception>
    public string StringValue => GetString(string.Empty);

    /// <summary>The value as a multi-array of any element type.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not <see cref="FeatureKind.MultiArray"/>.</exception>
    public MultiArray MultiArrayValue => GetMultiArray(string.Empty);

    /// <summary>The value as an image.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not <see cref="FeatureKind.Image"/>.</exception>
    public ImageBuffer ImageValue => GetImage(string.Empty);

    /// <summary>The value as a dictionary with string keys.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not a string-keyed dictionary.</exception>
    public IReadOnlyDictionary<string, double> StringDictionaryValue => GetStringDictionary(string.Empty);

    /// <summary>The value as a dictionary with 64-bit integer keys.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not an integer-keyed dictionary.</exception>
    public IReadOnlyDictionary<long, double> Int64DictionaryValue => GetInt64Dictionary(string.Empty);

    /// <summary>The value as a sequence of 64-bit integers.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not an integer sequence.</exception>
    public IReadOnlyList<long> Int64SequenceValue => GetInt64Sequence(string.Empty);

    /// <summary>The value as a sequence of strings.</summary>
    /// <exception cref="FeatureTypeMismatchException">The value is not a string sequence.</exception>
    public IReadOnlyList<string> StringSequenceValue => GetStringSequence(string.Empty);

    /// <summary>Creates an <see cref="FeatureKind.Int64"/> value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromInt64(long value) => new(FeatureKind.Int64, value);

    /// <summary>Creates a <see cref="FeatureKind.Double"/> value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromDouble(double value) => new(FeatureKind.Double, value);

    /// <summary>Creates a <see cref="FeatureKind.String"/> value.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromString(string value) =>
        new(FeatureKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Creates a <see cref="FeatureKind.MultiArray"/> value that shares <paramref name="value"/> (no copy).</summary>
    /// <param name="value">The multi-array.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromMultiArray(MultiArray value) =>
        new(FeatureKind.MultiArray, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Creates an <see cref="FeatureKind.Image"/> value that shares <paramref name="value"/> (no copy).</summary>
    /// <param name="value">The image.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromImage(ImageBuffer value) =>
        new(FeatureKind.Image, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Creates a <see cref="FeatureKind.Dictionary"/> value with string keys, copying the entries.</summary>
    /// <param name="value">The entries, e.g. class label to probability.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromDictionary(IReadOnlyDictionary<string, double> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var copy = new Dictionary<string, double>(value.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> pair in value)
        {
            copy.Add(pair.Key, pair.Value);
        }

        return new(FeatureKind.Dictionary, new ReadOnlyDictionary<string, double>(copy));
    }

    /// <summary>Creates a <see cref="FeatureKind.Dictionary"/> value with 64-bit integer keys, copying the entries.</summary>
    /// <param name="value">The entries, e.g. class index to probability.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromDictionary(IReadOnlyDictionary<long, double> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var copy = new Dictionary<long, double>(value.Count);
        foreach (KeyValuePair<long, double> pair in value)
        {
            copy.Add(pair.Key, pair.Value);
        }

        return new(FeatureKind.Dictionary, new ReadOnlyDictionary<long, double>(copy));
    }

    /// <summary>Creates a <see cref="FeatureKind.Sequence"/> value of 64-bit integers, copying the items.</summary>
    /// <param name="value">The items.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromSequence(IReadOnlyList<long> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return new(FeatureKind.Sequence, Array.AsReadOnly(value.ToArray()));
    }

    /// <summary>Creates a <see cref="FeatureKind.Sequence"/> value of strings, copying the items.</summary>
    /// <param name="value">The items; none may be null.</param>
    /// <returns>The feature value.</returns>
    public static FeatureValue FromSequence(IReadOnlyList<string> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        string[] items = value.ToArray();
        int nullIndex = Array.IndexOf(items, null);
        if (nullIndex >= 0)
        {
            throw new ArgumentException(
                "A string sequence cannot hold null (item " + nullIndex.ToString(CultureInfo.InvariantCulture) + ").", nameof(value));
        }

        return new(FeatureKind.Sequence, Array.AsReadOnly(items));
    }

    /// <summary>
    /// The value as a multi-array of exactly <typeparamref name="T"/>; elements are never converted.
    /// </summary>
    /// <typeparam name="T">The element type the array must have.</typeparam>
    /// <returns>The typed multi-array.</returns>
    /// <exception cref="FeatureTypeMismatchException">The value is not a multi-array of <typeparamref name="T"/>.</exception>
    public MultiArray<T> GetMultiArray<T>()
        where T : unmanaged => GetMultiArray<T>(string.Empty);

    /// <summary>Describes the value, e.g. <c>Double 0.25</c> or <c>MultiArray&lt;Single&gt;[1 × 3] Float32</c>.</summary>
    /// <returns>The kind and a short rendering of the value.</returns>
    public override string ToString() => _value switch
    {
        long number => "Int64 " + number.ToString(CultureInfo.InvariantCulture),
        double number => "Double " + number.ToString("R", CultureInfo.InvariantCulture),
        string text => "String \"" + text + "\"",
        MultiArray array => array.ToString(),
        ImageBuffer image => image.ToString(),
        IReadOnlyCollection<KeyValuePair<string, double>> entries => TypeName + " (" + Plural(entries.Count, "entry", "entries") + ")",
        IReadOnlyCollection<KeyValuePair<long, double>> entries => TypeName + " (" + Plural(entries.Count, "entry", "entries") + ")",
        IReadOnlyCollection<long> items => TypeName + " (" + Plural(items.Count, "item", "items") + ")",
        IReadOnlyCollection<string> items => TypeName + " (" + Plural(items.Count, "item", "items") + ")",
        _ => Kind.ToString(),
    };

    internal long GetInt64(string featureName) => _value is long number ? number : throw Mismatch(featureName, "Int64");

    internal double GetDouble(string featureName) => _value is double number ? number : throw Mismatch(featureName, "Double");

    internal string GetString(string featureName) => _value as string ?? throw Mismatch(featureName, "String");

    internal MultiArray GetMultiArray(string featureName) => _value as MultiArray ?? throw Mismatch(featureName, "MultiArray");

    internal MultiArray<T> GetMultiArray<T>(string featureName)
        where T : unmanaged =>
        _value as MultiArray<T> ?? throw Mismatch(featureName, "MultiArray<" + typeof(T).Name + ">");

    internal ImageBuffer GetImage(string featureName) => _value as ImageBuffer ?? throw Mismatch(featureName, "Image");

    internal IReadOnlyDictionary<string, double> GetStringDictionary(string featureName) =>
        _value as IReadOnlyDictionary<string, double> ?? throw Mismatch(featureName, "Dictionary<String, Double>");

    internal IReadOnlyDictionary<long, double> GetInt64Dictionary(string featureName) =>
        _value as IReadOnlyDictionary<long, double> ?? throw Mismatch(featureName, "Dictionary<Int64, Double>");

    internal IReadOnlyList<long> GetInt64Sequence(string featureName) =>
        _value as IReadOnlyList<long> ?? throw Mismatch(featureName, "Sequence<Int64>");

    internal IReadOnlyList<string> GetStringSequence(string featureName) =>
        _value as IReadOnlyList<string> ?? throw Mismatch(featureName, "Sequence<String>");

    // The precise type held, as mismatch messages name it: e.g. MultiArray<Single> or Dictionary<String, Double>.
    private string TypeName => _value switch
    {
        MultiArray array => "MultiArray<" + array.ElementType.Name + ">",
        IReadOnlyDictionary<string, double> => "Dictionary<String, Double>",
        IReadOnlyDictionary<long, double> => "Dictionary<Int64, Double>",
        IReadOnlyList<long> => "Sequence<Int64>",
        IReadOnlyList<string> => "Sequence<String>",
        _ => Kind.ToString(),
    };

    private static string Plural(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    private FeatureTypeMismatchException Mismatch(string featureName, string expected) => new(featureName, expected, TypeName);
}
