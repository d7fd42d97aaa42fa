using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class FeatureValueTests
{
    [Fact]
    public void Each_factory_produces_its_kind_and_value()
    {
        var array = MultiArray<float>.Create(2);
        var image = ImageBuffer.Create(1, 1, ImagePixelFormat.Gray8);

        FeatureValue.FromInt64(42).Int64Value.ShouldBe(42);
        FeatureValue.FromDouble(0.25).DoubleValue.ShouldBe(0.25);
        FeatureValue.FromString("cat").StringValue.ShouldBe("cat");
        FeatureValue.FromMultiArray(array).MultiArrayValue.ShouldBeSameAs(array);
        FeatureValue.FromMultiArray(array).GetMultiArray<float>().ShouldBeSameAs(array);
        FeatureValue.FromImage(image).ImageValue.ShouldBeSameAs(image);
        FeatureValue.FromDictionary(new Dictionary<string, double> { ["a"] = 0.5 }).StringDictionaryValue["a"].ShouldBe(0.5);
        FeatureValue.FromDictionary(new Dictionary<long, double> { [7] = 0.5 }).Int64DictionaryValue[7].ShouldBe(0.5);
        FeatureValue.FromSequence(new long[] { 1, 2 }).Int64SequenceValue.ShouldBe(new long[] { 1, 2 });
        FeatureValue.FromSequence(new[] { "x", "y" }).StringSequenceValue.ShouldBe(new[] { "x", "y" });

        FeatureValue.FromInt64(1).Kind.ShouldBe(FeatureKind.Int64);
        FeatureValue.FromDouble(1).Kind.ShouldBe(FeatureKind.Double);
        FeatureValue.FromString("").Kind.ShouldBe(FeatureKind.String);
        FeatureValue.FromMultiArray(array).Kind.ShouldBe(FeatureKind.MultiArray);
        FeatureValue.FromImage(image).Kind.ShouldBe(FeatureKind.Image);
        FeatureValue.FromDictionary(new Dictionary<long, double>()).Kind.ShouldBe(FeatureKind.Dictionary);
        FeatureValue.FromSequence(Array.Empty<string>()).Kind.ShouldBe(FeatureKind.Sequence);
    }

    [Fact]
    public void Dictionaries_and_sequences_are_copied()
    {
        var probabilities = new Dictionary<string, double> { ["a"] = 0.5 };
        var labels = new List<string> { "x" };
        var dictionaryValue = FeatureValue.FromDictionary(probabilities);
        var sequenceValue = FeatureValue.FromSequence(labels);

        probabilities["b"] = 0.5;
        labels.Add("y");

        dictionaryValue.StringDictionaryValue.Count.ShouldBe(1);
        sequenceValue.StringSequenceValue.Count.ShouldBe(1);
    }

    [Fact]
    public void Wrong_kind_names_both_types()
    {
        var error = Should.Throw<FeatureTypeMismatchException>(() => FeatureValue.FromDouble(1).Int64Value);

        error.Message.ShouldBe("The feature value is a Double, but Int64 was expected.");
        error.Expected.ShouldBe("Int64");
        error.Actual.ShouldBe("Double");
        error.FeatureName.ShouldBe("");
        Should.Throw<FeatureTypeMismatchException>(() => FeatureValue.FromInt64(1).DoubleValue)
            .Message.ShouldBe("The feature value is an Int64, but Double was expected.");
    }

    [Fact]
    public void Multi_array_element_type_must_match_exactly()
    {
        var value = FeatureValue.FromMultiArray(MultiArray<double>.Create(2));

        var error = Should.Throw<FeatureTypeMismatchException>(() => value.GetMultiArray<float>());
        error.Expected.ShouldBe("MultiArray<Single>");
        error.Actual.ShouldBe("MultiArray<Double>");
    }

    [Fact]
    public void Dictionary_key_type_and_sequence_item_type_must_match()
    {
        Should.Throw<FeatureTypeMismatchException>(() => FeatureValue.FromDictionary(new Dictionary<long, double>()).StringDictionaryValue)
            .Actual.ShouldBe("Dictionary<Int64, Double>");
        Should.Throw<FeatureTypeMismatchException>(() => FeatureValue.FromSequence(new long[] { 1 }).StringSequenceValue)
            .Actual.ShouldBe("Sequence<Int64>");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Should.Throw<ArgumentNullException>(() => FeatureValue.FromString(null!));
        Should.Throw<ArgumentNullException>(() => FeatureValue.FromMultiArray(null!));
        Should.Throw<ArgumentException>(() => FeatureValue.FromSequence(new string[] { "a", null! }));
    }

    [Fact]
    public void ToString_is_culture_invariant_and_describes_the_value()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            FeatureValue.FromDouble(0.25).ToString().ShouldBe("Double 0.25");
            FeatureValue.FromInt64(-3).ToString().ShouldBe("Int64 -3");
            FeatureValue.FromString("cat").ToString().ShouldBe("String \"cat\"");
            FeatureValue.FromMultiArray(MultiArray<float>.Create(1, 3)).ToString().ShouldBe("MultiArray<Single>[1 \u00D7 3] Float32");
            FeatureValue.FromDictionary(new Dictionary<string, double> { ["a"] = 1 }).ToString().ShouldBe("Dictionary<String, Double> (1 entry)");
            FeatureValue.FromSequence(new long[] { 1, 2 }).ToString().ShouldBe("Sequence<Int64> (2 items)");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
