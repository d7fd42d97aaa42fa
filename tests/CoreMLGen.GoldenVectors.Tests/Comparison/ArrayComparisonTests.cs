using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Comparison;

/// <summary>The comparison's figures, checked against values worked out by hand.</summary>
public class ArrayComparisonTests
{
    [Fact]
    public void Figures_match_the_formulas()
    {
        double[] expected = { 2, -4, 0.5, 0 };
        double[] actual = { 2.2, -4, 0.5, -0.1 };

        ArrayComparison result = ArrayComparison.Compare(expected, actual, atol: 0, rtol: 0);

        result.MaxAbsDiff.ShouldBe(0.2, 1e-12);
        result.MaxAbsDiffIndex.ShouldBe(0);
        // (0.2/2 + 0 + 0 + 0.1/1) / 4
        result.MeanRelativeError.ShouldBe(0.05, 1e-12);
        // 10·log10((4 + 16 + 0.25) / (0.04 + 0.01))
        result.SnrDb.ShouldBe(10 * Math.Log10(20.25 / 0.05), 1e-9);
        result.Violations.ShouldBe(2);
        result.FirstViolationIndex.ShouldBe(0);
    }

    [Fact]
    public void The_tolerance_is_numpy_allclose()
    {
        // |a - e| <= atol + rtol·|e|: 1e-3 + 1e-2·10 = 0.101.
        ArrayComparison.Compare(new[] { 10.0 }, new[] { 10.1 }, atol: 1e-3, rtol: 1e-2).Violations.ShouldBe(0);
        ArrayComparison.Compare(new[] { 10.0 }, new[] { 10.102 }, atol: 1e-3, rtol: 1e-2).Violations.ShouldBe(1);
        // The tolerance scales with the expected value, not the actual one.
        ArrayComparison.Compare(new[] { 0.0 }, new[] { 10.0 }, atol: 0, rtol: 1).Violations.ShouldBe(1);
    }

    [Fact]
    public void Infinities_pass_only_when_equal()
    {
        ArrayComparison same = ArrayComparison.Compare(new[] { double.PositiveInfinity }, new[] { double.PositiveInfinity }, 1, 1);
        ArrayComparison opposite = ArrayComparison.Compare(new[] { double.PositiveInfinity }, new[] { double.NegativeInfinity }, 1, 1);
        ArrayComparison finite = ArrayComparison.Compare(new[] { double.PositiveInfinity }, new[] { 1e308 }, 1, 1);

        same.Violations.ShouldBe(0);
        opposite.Violations.ShouldBe(1);
        finite.Violations.ShouldBe(1);
    }

    [Fact]
    public void Empty_arrays_are_equal()
    {
        ArrayComparison result = ArrayComparison.Compare(Array.Empty<double>(), Array.Empty<double>(), 0, 0);

        result.Violations.ShouldBe(0);
        result.MaxAbsDiffIndex.ShouldBe(-1);
        result.SnrDb.ShouldBe(double.PositiveInfinity);
    }
}
