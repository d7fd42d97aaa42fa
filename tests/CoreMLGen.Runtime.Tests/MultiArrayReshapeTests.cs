using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayReshapeTests
{
    [Fact]
    public void Reshaping_a_contiguous_array_is_a_view()
    {
        var data = new double[] { 1, 2, 3, 4, 5, 6 };
        var rank5 = MultiArray<double>.Wrap(data, 1, 1, 6, 1, 1);

        var vector = rank5.Reshape(6);
        vector[2] = 30;

        vector.Shape.ShouldBe(new[] { 6 });
        data[2].ShouldBe(30);
    }

    [Fact]
    public void Reshaping_a_strided_array_copies_in_row_major_order()
    {
        var transposed = MultiArray<int>.Wrap(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 3, 2 }, new[] { 1, 3 });

        var flat = transposed.Reshape(6);

        flat.ToArray().ShouldBe(new[] { 1, 4, 2, 5, 3, 6 });
        flat.IsContiguous.ShouldBeTrue();
    }

    [Fact]
    public void The_same_shape_returns_the_array_itself()
    {
        var array = MultiArray<float>.Create(2, 3);

        array.Reshape(2, 3).ShouldBeSameAs(array);
    }

    [Fact]
    public void Element_counts_must_match()
        => Should.Throw<ArgumentException>(() => MultiArray<float>.Create(2, 3).Reshape(7)).Message.ShouldContain("2 × 3 (6 elements)");
}
