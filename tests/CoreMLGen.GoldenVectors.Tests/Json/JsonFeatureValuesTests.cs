using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Json;

/// <summary>Dictionary and sequence values to and from JSON, with the texts written out by hand.</summary>
public class JsonFeatureValuesTests
{
    [Fact]
    public void Int64_keys_come_from_the_spec_or_from_keys_that_are_all_numbers()
    {
        FeatureValue declared = JsonFeatureValues.Parse(FeatureKind.Dictionary, FeatureKind.Int64, "{\"1\": 0.5, \"-2\": 2}");
        FeatureValue guessed = JsonFeatureValues.Parse(FeatureKind.Dictionary, null, "{\"3\": 1}");
        FeatureValue text = JsonFeatureValues.Parse(FeatureKind.Dictionary, null, "{\"3\": 1, \"a\": 2}");

        declared.Int64DictionaryValue.OrderBy(p => p.Key).ShouldBe(new[] { new KeyValuePair<long, double>(-2, 2), new KeyValuePair<long, double>(1, 0.5) });
        guessed.Int64DictionaryValue[3].ShouldBe(1);
        text.StringDictionaryValue["a"].ShouldBe(2);
    }

    [Fact]
    public void Sequences_hold_strings_or_int64s()
    {
        JsonFeatureValues.Parse(FeatureKind.Sequence, null, "[\"hi\", \"there\"]").StringSequenceValue.ShouldBe(new[] { "hi", "there" });
        JsonFeatureValues.Parse(FeatureKind.Sequence, FeatureKind.Int64, "[1, -9007199254740993]").Int64SequenceValue.ShouldBe(new[] { 1L, -9007199254740993L });
    }

    [Theory]
    [InlineData(FeatureKind.Dictionary, FeatureKind.String, "{\"a\": \"x\"}", "has a value for key 'a' that is not a number")]
    [InlineData(FeatureKind.Dictionary, FeatureKind.Int64, "{\"a\": 1}", "has the key 'a', but the model's dictionary has int64 keys")]
    [InlineData(FeatureKind.Dictionary, FeatureKind.Int64, "{\"1\": 1, \"01\": 2}", "has the key 01 twice")]
    [InlineData(FeatureKind.Dictionary, null, "[1]", "must be a JSON object of numbers, e.g. {\"a\": 0.5}")]
    [InlineData(FeatureKind.Sequence, null, "{}", "must be a JSON array, e.g. [1, 2] or [\"a\", \"b\"]")]
    [InlineData(FeatureKind.Sequence, FeatureKind.String, "[\"a\", 2]", "item 1 is not a string")]
    [InlineData(FeatureKind.Sequence, FeatureKind.Int64, "[1, 2.5]", "item 1 is not an int64")]
    public void Values_of_the_wrong_shape_are_refused_with_the_reason(FeatureKind kind, FeatureKind? item, string json, string message)
    {
        Should.Throw<JsonFeatureValueException>(() => JsonFeatureValues.Parse(kind, item, json)).Message.ShouldBe(message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused()
    {
        Should.Throw<JsonFeatureValueException>(() => JsonFeatureValues.Parse(FeatureKind.Sequence, null, "[1,")).Message.ShouldStartWith("is not valid JSON (");
    }

    [Fact]
    public void Dictionaries_are_written_with_sorted_keys_and_named_non_finite_numbers()
    {
        var value = FeatureValue.FromDictionary(new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["b"] = double.NaN,
            ["a"] = 0.25,
            ["c"] = double.NegativeInfinity,
        });

        Encoding.UTF8.GetString(JsonFeatureValues.Write(value)).ShouldBe("{\n  \"a\": 0.25,\n  \"b\": \"NaN\",\n  \"c\": \"-Infinity\"\n}\n");
        JsonFeatureValues.Describe(value).ShouldBe("dictionary of 3 string keys");
    }

    [Fact]
    public void Int64_keys_are_written_as_decimal_strings_in_numeric_order()
    {
        var value = FeatureValue.FromDictionary(new Dictionary<long, double> { [10] = 1, [-2] = 0.5 });

        Encoding.UTF8.GetString(JsonFeatureValues.Write(value)).ShouldBe("{\n  \"-2\": 0.5,\n  \"10\": 1\n}\n");
        JsonFeatureValues.Describe(value).ShouldBe("dictionary of 2 int64 keys");
    }

    [Fact]
    public void Strings_and_sequences_are_written_as_json_values()
    {
        Encoding.UTF8.GetString(JsonFeatureValues.Write(FeatureValue.FromString("a \"b\""))).ShouldBe("\"a \\u0022b\\u0022\"\n");
        Encoding.UTF8.GetString(JsonFeatureValues.Write(FeatureValue.FromSequence(new List<long> { 3, 1 }))).ShouldBe("[\n  3,\n  1\n]\n");
        JsonFeatureValues.Describe(FeatureValue.FromSequence(new List<string> { "x" })).ShouldBe("sequence of 1 string");
    }

    [Fact]
    public void Multi_arrays_are_not_json()
    {
        Should.Throw<ArgumentException>(() => JsonFeatureValues.Write(FeatureValue.FromDouble(1)));
        Should.Throw<ArgumentException>(() => JsonFeatureValues.Parse(FeatureKind.Double, null, "1"));
    }
}
