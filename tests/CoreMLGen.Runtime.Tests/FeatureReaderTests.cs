using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class FeatureReaderTests
{
    private static readonly MultiArray<float> Logits = MultiArray<float>.Create(1, 3);

    private static readonly DictionaryFeatureProvider Provider = new(new Dictionary<string, FeatureValue>
    {
        ["count"] = FeatureValue.FromInt64(3),
        ["score"] = FeatureValue.FromDouble(0.5),
        ["label"] = FeatureValue.FromString("cat"),
        ["logits"] = FeatureValue.FromMultiArray(Logits),
        ["image"] = FeatureValue.FromImage(ImageBuffer.Create(2, 2, ImagePixelFormat.Bgra32)),
        ["byName"] = FeatureValue.FromDictionary(new Dictionary<string, double> { ["cat"] = 0.9 }),
        ["byIndex"] = FeatureValue.FromDictionary(new Dictionary<long, double> { [1] = 0.9 }),
        ["ids"] = FeatureValue.FromSequence(new long[] { 4, 5 }),
        ["words"] = FeatureValue.FromSequence(new[] { "a" }),
    });

    [Fact]
    public void Reads_every_kind()
    {
        FeatureReader.ReadInt64(Provider, "count").ShouldBe(3);
        FeatureReader.ReadDouble(Provider, "score").ShouldBe(0.5);
        FeatureReader.ReadString(Provider, "label").ShouldBe("cat");
        FeatureReader.ReadMultiArray<float>(Provider, "logits").ShouldBeSameAs(Logits);
        FeatureReader.ReadImage(Provider, "image").Width.ShouldBe(2);
        FeatureReader.ReadStringDictionary(Provider, "byName")["cat"].ShouldBe(0.9);
        FeatureReader.ReadInt64Dictionary(Provider, "byIndex")[1].ShouldBe(0.9);
        FeatureReader.ReadInt64Sequence(Provider, "ids").ShouldBe(new long[] { 4, 5 });
        FeatureReader.ReadStringSequence(Provider, "words").ShouldBe(new[] { "a" });
    }

    [Fact]
    public void Missing_feature_names_the_feature()
    {
        var error = Should.Throw<FeatureMissingException>(() => FeatureReader.ReadDouble(Provider, "nope"));

        error.FeatureName.ShouldBe("nope");
        error.Message.ShouldContain("'nope'");
        error.ShouldBeAssignableTo<CoreMLException>();
    }

    [Fact]
    public void Wrong_kind_names_the_feature_and_both_types()
    {
        var error = Should.Throw<FeatureTypeMismatchException>(() => FeatureReader.ReadMultiArray<float>(Provider, "score"));

        error.Message.ShouldBe("Feature 'score' is a Double, but MultiArray<Single> was expected.");
        error.FeatureName.ShouldBe("score");
    }

    [Fact]
    public void Wrong_element_type_is_a_mismatch_not_a_conversion()
    {
        Should.Throw<FeatureTypeMismatchException>(() => FeatureReader.ReadMultiArray<double>(Provider, "logits"))
            .Message.ShouldBe("Feature 'logits' is a MultiArray<Single>, but MultiArray<Double> was expected.");
        Should.Throw<FeatureTypeMismatchException>(() => FeatureReader.ReadInt64Dictionary(Provider, "byName"));
        Should.Throw<FeatureTypeMismatchException>(() => FeatureReader.ReadStringSequence(Provider, "ids"));
    }

    [Fact]
    public void Null_provider_is_an_argument_error()
    {
        Should.Throw<ArgumentNullException>(() => FeatureReader.ReadInt64(null!, "count")).ParamName.ShouldBe("provider");
    }
}
