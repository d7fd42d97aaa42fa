using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class DictionaryFeatureProviderTests
{
    [Fact]
    public void Names_keep_insertion_order_and_lookups_are_ordinal()
    {
        var source = new Dictionary<string, FeatureValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["zeta"] = FeatureValue.FromInt64(1),
            ["alpha"] = FeatureValue.FromInt64(2),
        };
        var provider = new DictionaryFeatureProvider(source);

        provider.FeatureNames.ShouldBe(new[] { "zeta", "alpha" });
        provider.GetFeatureValue("alpha")!.Int64Value.ShouldBe(2);
        provider.GetFeatureValue("ALPHA").ShouldBeNull();
    }

    [Fact]
    public void Unknown_names_return_null_and_later_source_changes_are_ignored()
    {
        var source = new Dictionary<string, FeatureValue> { ["a"] = FeatureValue.FromDouble(1) };
        var provider = new DictionaryFeatureProvider(source);

        source["b"] = FeatureValue.FromDouble(2);

        provider.GetFeatureValue("b").ShouldBeNull();
        provider.FeatureNames.Count.ShouldBe(1);
    }
}
