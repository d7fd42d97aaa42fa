using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.GoldenVectors;

namespace CoreMLGen.Cli;

/// <summary>
/// Turns <c>--input NAME=VALUE</c> arguments into feature values of the declared kinds: a <c>.npy</c> file for a
/// multi-array (converted to the declared element type), a number or one-element <c>.npy</c> for a double or int64,
/// the text itself for a string, a JSON file or inline JSON for a dictionary or sequence, and a
/// <c>[height, width, channels]</c> <c>.npy</c> of pixel values for an image.
/// </summary>
internal static class PredictInputs
{
    /// <summary>Parses every argument; a problem is a <see cref="CliUsageException"/>. <paramref name="notes"/> gets one line per input.</summary>
    public static Dictionary<string, FeatureValue> Parse(IReadOnlyList<string> arguments, IReadOnlyList<ModelFeature> inputs, List<string> notes)
    {
        var values = new Dictionary<string, FeatureValue>(StringComparer.Ordinal);
        foreach (string argument in arguments)
        {
            int equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException("--input '" + argument + "' is not NAME=VALUE (e.g. --input x=x.npy)");
            }

            string name = argument.Substring(0, equals);
            string text = argument.Substring(equals + 1);
            ModelFeature feature = inputs.FirstOrDefault(f => f.Name == name)
                ?? throw new CliUsageException("the model has no input '" + name + "' (its inputs: " + Describe(inputs) + ")");
            if (values.ContainsKey(name))
            {
                throw new CliUsageException("input '" + name + "' is given twice");
            }

            values[name] = Parse(feature, text, notes);
        }

        ModelFeature[] missing = inputs.Where(f => !f.IsOptional && !values.ContainsKey(f.Name)).ToArray();
        if (missing.Length > 0)
        {
            throw new CliUsageException("missing required input" + (missing.Length > 1 ? "s " : " ") + Describe(missing) + "; pass each as --input NAME=VALUE");
        }

        return values;
    }

    /// <summary>Lists features for messages, e.g. <c>'x' (MultiArray Float32 1 × 3), 'n' (Int64)</c>.</summary>
    public static string Describe(IEnumerable<ModelFeature> features)
    {
        string list = string.Join(", ", features.Select(f => "'" + f.Name + "' (" + Describe(f) + ")"));
        return list.Length == 0 ? "none" : list;
    }

    private static string Describe(ModelFeature feature) => feature.Kind switch
    {
        FeatureKind.MultiArray => "MultiArray " + feature.DataType + " " + MultiArrayShape.Describe(feature.Shape),
        FeatureKind.Dictionary or FeatureKind.Sequence when feature.ItemKind is { } item => feature.Kind + " of " + item,
        _ => feature.Kind.ToString(),
    } + (feature.IsOptional ? ", optional" : string.Empty);

    private static FeatureValue Parse(ModelFeature feature, string text, List<string> notes)
    {
        switch (feature.Kind)
        {
            case FeatureKind.MultiArray:
            {
                NpyArray array = ReadNpy(feature, text);
                MultiArrayDataType target = feature.DataType ?? array.CoreMLDataType ?? MultiArrayDataType.Int32;
                MultiArray converted = Convert(feature, text, () => array.ToMultiArray(target));
                notes.Add(feature.Name + " <- " + text + " (" + array + (converted.DataType == array.CoreMLDataType ? string.Empty : ", as " + Lower(target)) + ")");
                return FeatureValue.FromMultiArray(converted);
            }

            case FeatureKind.Image:
            {
                NpyArray array = ReadNpy(feature, text);
                ImageBuffer image = ImageInputs.FromNpy(feature, text, array);
                notes.Add(feature.Name + " <- " + text + " (" + array + ", as " + image.Width.ToString(CultureInfo.InvariantCulture) + " × "
                    + image.Height.ToString(CultureInfo.InvariantCulture) + " " + image.PixelFormat + " image)");
                return FeatureValue.FromImage(image);
            }

            case FeatureKind.Double:
            {
                double value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                    ? number
                    : SingleElement(feature, text).ToDoubles()[0];
                notes.Add(feature.Name + " <- " + value.ToString("R", CultureInfo.InvariantCulture) + " (double)");
                return FeatureValue.FromDouble(value);
            }

            case FeatureKind.Int64:
            {
                long value = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number)
                    ? number
                    : WholeNumber(feature, text);
                notes.Add(feature.Name + " <- " + value.ToString(CultureInfo.InvariantCulture) + " (int64)");
                return FeatureValue.FromInt64(value);
            }

            case FeatureKind.String:
                notes.Add(feature.Name + " <- \"" + text + "\" (string)");
                return FeatureValue.FromString(text);

            case FeatureKind.Dictionary:
            case FeatureKind.Sequence:
            {
                FeatureValue value;
                try
                {
                    value = JsonFeatureValues.Parse(feature.Kind, feature.ItemKind, ReadJson(feature, text));
                }
                catch (JsonFeatureValueException exception)
                {
                    throw new CliUsageException("input '" + feature.Name + "' " + exception.Message);
                }

                notes.Add(feature.Name + " <- " + (IsInlineJson(text) ? "inline JSON" : text) + " (" + JsonFeatureValues.Describe(value) + ")");
                return value;
            }

            default:
                throw new CliUsageException("input '" + feature.Name + "' is a " + feature.Kind + "; predict cannot pass " + feature.Kind + " inputs");
        }
    }

    private static string Lower(MultiArrayDataType type) => type.ToString().ToLowerInvariant();

    private static NpyArray SingleElement(ModelFeature feature, string text)
    {
        NpyArray array = ReadNpy(feature, text, "a number or a one-element .npy file");
        if (array.Count != 1)
        {
            throw new CliUsageException("input '" + feature.Name + "' is a single " + feature.Kind + ", but " + text + " holds " + array);
        }

        return array;
    }

    private static long WholeNumber(ModelFeature feature, string text)
    {
        NpyArray array = SingleElement(feature, text);
        if (array.Data is long[] longs)
        {
            return longs[0];
        }

        MultiArray converted = Convert(feature, text, () => array.ToMultiArray(MultiArrayDataType.Int32));
        return ((MultiArray<int>)converted).Span[0];
    }

    private static NpyArray ReadNpy(ModelFeature feature, string path, string expected = "a .npy file")
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException("input '" + feature.Name + "': " + (path.Length == 0 ? "no value given" : "file not found: " + path) + " (" + feature.Kind + " inputs take " + expected + ")");
        }

        try
        {
            return NpyFile.ReadArray(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException("input '" + feature.Name + "': " + exception.Message);
        }
    }

    private static string ReadJson(ModelFeature feature, string text)
    {
        if (IsInlineJson(text))
        {
            return text;
        }

        if (!File.Exists(text))
        {
            throw new CliUsageException("input '" + feature.Name + "': file not found: " + text + " (" + feature.Kind + " inputs take a .json file or inline JSON)");
        }

        return File.ReadAllText(text);
    }

    private static bool IsInlineJson(string text) => text.TrimStart() is { Length: > 0 } trimmed && trimmed[0] is '{' or '[';

    private static MultiArray Convert(ModelFeature feature, string path, Func<MultiArray> convert)
    {
        try
        {
            return convert();
        }
        catch (InvalidCastException exception)
        {
            throw new CliUsageException("input '" + feature.Name + "' (" + path + "): " + exception.Message);
        }
    }
}
