using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// Dictionary and sequence features as JSON: a dictionary is an object (int64 keys written as decimal strings),
/// a sequence an array. Non-finite doubles, which JSON lacks, are the strings "NaN", "Infinity" and "-Infinity".
/// </summary>
public static class JsonFeatureValues
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Parses a dictionary or sequence value; the key or item type comes from the spec, or from the JSON when the spec does not say.</summary>
    /// <param name="kind"><see cref="FeatureKind.Dictionary"/> or <see cref="FeatureKind.Sequence"/>.</param>
    /// <param name="itemKind">The dictionary's key type or the sequence's item type (<see cref="FeatureKind.Int64"/> or <see cref="FeatureKind.String"/>); null to take it from the JSON.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The feature value.</returns>
    /// <exception cref="JsonFeatureValueException">The text is not JSON of the expected shape.</exception>
    public static FeatureValue Parse(FeatureKind kind, FeatureKind? itemKind, string json)
    {
        if (kind is not (FeatureKind.Dictionary or FeatureKind.Sequence))
        {
            throw new ArgumentException(kind + " values are not read from JSON.", nameof(kind));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new JsonFeatureValueException("is not valid JSON (" + exception.Message + ")");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            return kind == FeatureKind.Dictionary ? ParseDictionary(itemKind, root) : ParseSequence(itemKind, root);
        }
    }

    /// <summary>Writes a string, dictionary or sequence value as indented UTF-8 JSON (dictionary keys sorted), ending in a newline.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bytes of the JSON text.</returns>
    public static byte[] Write(FeatureValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            switch (value.Kind)
            {
                case FeatureKind.String:
                    writer.WriteStringValue(value.StringValue);
                    break;
                case FeatureKind.Dictionary when TryGetStringDictionary(value, out IReadOnlyDictionary<string, double>? byString):
                    writer.WriteStartObject();
                    foreach (KeyValuePair<string, double> pair in byString.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(pair.Key);
                        WriteNumber(writer, pair.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case FeatureKind.Dictionary:
                    writer.WriteStartObject();
                    foreach (KeyValuePair<long, double> pair in value.Int64DictionaryValue.OrderBy(p => p.Key))
                    {
                        writer.WritePropertyName(pair.Key.ToString(CultureInfo.InvariantCulture));
                        WriteNumber(writer, pair.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case FeatureKind.Sequence when TryGetStringSequence(value, out IReadOnlyList<string>? strings):
                    writer.WriteStartArray();
                    foreach (string item in strings)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                case FeatureKind.Sequence:
                    writer.WriteStartArray();
                    foreach (long item in value.Int64SequenceValue)
                    {
                        writer.WriteNumberValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new ArgumentException(value.Kind + " values are not written as JSON.", nameof(value));
            }
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Describes a JSON-written value for a summary line, e.g. <c>dictionary of 3 string keys</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    public static string Describe(FeatureValue value) => value.Kind switch
    {
        FeatureKind.String => "string",
        FeatureKind.Dictionary when TryGetStringDictionary(value, out IReadOnlyDictionary<string, double>? byString) => "dictionary of " + Count(byString.Count, "string key"),
        FeatureKind.Dictionary => "dictionary of " + Count(value.Int64DictionaryValue.Count, "int64 key"),
        FeatureKind.Sequence when TryGetStringSequence(value, out IReadOnlyList<string>? strings) => "sequence of " + Count(strings.Count, "string"),
        FeatureKind.Sequence => "sequence of " + Count(value.Int64SequenceValue.Count, "int64"),
        _ => value.Kind.ToString(),
    };

    private static FeatureValue ParseDictionary(FeatureKind? keyKind, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("must be a JSON object of numbers, e.g. {\"a\": 0.5}");
        }

        var entries = new List<(string Key, double Value)>();
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number)
            {
                throw Bad("has a value for key '" + property.Name + "' that is not a number");
            }

            entries.Add((property.Name, property.Value.GetDouble()));
        }

        bool int64Keys = keyKind == FeatureKind.Int64
            || (keyKind is null && entries.Count > 0 && entries.All(e => long.TryParse(e.Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)));
        if (!int64Keys)
        {
            return FeatureValue.FromDictionary(entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        }

        var byNumber = new Dictionary<long, double>();
        foreach ((string key, double value) in entries)
        {
            if (!long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
            {
                throw Bad("has the key '" + key + "', but the model's dictionary has int64 keys");
            }

            if (!byNumber.TryAdd(number, value))
            {
                throw Bad("has the key " + key + " twice");
            }
        }

        return FeatureValue.FromDictionary(byNumber);
    }

    private static FeatureValue ParseSequence(FeatureKind? itemKind, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw Bad("must be a JSON array, e.g. [1, 2] or [\"a\", \"b\"]");
        }

        JsonElement[] items = root.EnumerateArray().ToArray();
        bool strings = itemKind == FeatureKind.String || (itemKind is null && items.Length > 0 && items[0].ValueKind == JsonValueKind.String);
        if (strings)
        {
            return FeatureValue.FromSequence(items.Select((item, i) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Bad("item " + i.ToString(CultureInfo.InvariantCulture) + " is not a string")).ToList());
        }

        return FeatureValue.FromSequence(items.Select((item, i) => item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out long number)
            ? number
            : throw Bad("item " + i.ToString(CultureInfo.InvariantCulture) + " is not an int64")).ToList());
    }

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    // The kind alone does not say which key or item type a value holds; the typed accessors throw on the other one.
    private static bool TryGetStringDictionary(FeatureValue value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyDictionary<string, double>? dictionary)
    {
        try
        {
            dictionary = value.StringDictionaryValue;
            return true;
        }
        catch (FeatureTypeMismatchException)
        {
            dictionary = null;
            return false;
        }
    }

    private static bool TryGetStringSequence(FeatureValue value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<string>? sequence)
    {
        try
        {
            sequence = value.StringSequenceValue;
            return true;
        }
        catch (FeatureTypeMismatchException)
        {
            sequence = null;
            return false;
        }
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static JsonFeatureValueException Bad(string problem) => new(problem);
}
