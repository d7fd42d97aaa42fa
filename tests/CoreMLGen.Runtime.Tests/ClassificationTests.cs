using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class ClassificationTests
{
    [Fact]
    public void TopK_sorts_by_probability_descending()
    {
        var probabilities = new Dictionary<string, double> { ["cat"] = 0.2, ["dog"] = 0.7, ["fox"] = 0.1 };

        var top = Classification.TopK(probabilities, 2);

        top.Select(p => p.Key).ShouldBe(new[] { "dog", "cat" });
        top[0].Value.ShouldBe(0.7);
    }

    [Fact]
    public void TopK_breaks_string_ties_ordinally()
    {
        // Ordinal order puts uppercase before lowercase, unlike most cultures.
        var probabilities = new Dictionary<string, double> { ["b"] = 0.5, ["a"] = 0.5, ["B"] = 0.5 };

        Classification.TopK(probabilities, 3).Select(p => p.Key).ShouldBe(new[] { "B", "a", "b" });
    }

    [Fact]
    public void TopK_breaks_integer_ties_ascending()
    {
        var probabilities = new Dictionary<long, double> { [9] = 0.25, [2] = 0.25, [5] = 0.5 };

        Classification.TopK(probabilities, 3).Select(p => p.Key).ShouldBe(new long[] { 5, 2, 9 });
    }

    [Fact]
    public void TopK_puts_NaN_last()
    {
        var probabilities = new Dictionary<string, double> { ["x"] = double.NaN, ["y"] = 0.0, ["z"] = 0.1, ["w"] = double.NaN };

        Classification.TopK(probabilities, 4).Select(p => p.Key).ShouldBe(new[] { "z", "y", "w", "x" });
    }

    [Fact]
    public void TopK_returns_everything_when_k_exceeds_the_count_and_nothing_for_zero()
    {
        var probabilities = new Dictionary<long, double> { [1] = 0.5, [2] = 0.5 };

        Classification.TopK(probabilities, 10).Count.ShouldBe(2);
        Classification.TopK(probabilities, 0).ShouldBeEmpty();
    }

    [Fact]
    public void TopK_rejects_negative_k()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Classification.TopK(new Dictionary<long, double>(), -1));
    }
}
