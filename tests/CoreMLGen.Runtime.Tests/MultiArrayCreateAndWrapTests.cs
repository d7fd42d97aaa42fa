using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayCreateAndWrapTests
{
    [Fact]
    public void Create_is_zero_filled_contiguous_and_row_major()
    {
        var array = MultiArray<float>.Create(2, 3, 4);

        array.Shape.ShouldBe(new[] { 2, 3, 4 });
        array.Strides.ShouldBe(new[] { 12, 4, 1 });
        array.Rank.ShouldBe(3);
        array.Count.ShouldBe(24);
        array.IsContiguous.ShouldBeTrue();
        array.DataType.ShouldBe(MultiArrayDataType.Float32);
        array.ElementType.ShouldBe(typeof(float));
        array.ToArray().ShouldAllBe(x => x == 0f);
    }

    [Fact]
    public void Create_rank_zero_holds_one_element()
    {
        var scalar = MultiArray<double>.Create();

        scalar.Rank.ShouldBe(0);
        scalar.Count.ShouldBe(1);
        scalar[Array.Empty<int>()] = 2.5;
        scalar.ToArray().ShouldBe(new[] { 2.5 });
        scalar.ToString().ShouldBe("MultiArray<Double>[scalar] Double");
    }

    [Fact]
    public void Create_with_an_empty_dimension_has_no_elements()
    {
        var empty = MultiArray<int>.Create(3, 0, 2);

        empty.Count.ShouldBe(0);
        empty.ToArray().ShouldBeEmpty();
        empty.IsContiguous.ShouldBeTrue();
    }

    [Fact]
    public void Create_rejects_negative_dimensions()
    {
        var error = Should.Throw<ArgumentException>(() => MultiArray<float>.Create(1, -3));
        error.Message.ShouldContain("1 \u00D7 -3");
    }

    [Fact]
    public void Wrap_array_shares_memory_both_ways()
    {
        var data = new float[] { 1, 2, 3, 4, 5, 6 };
        var array = MultiArray<float>.Wrap(data, 2, 3);

        data[4] = 50;
        array[1, 1].ShouldBe(50f);

        array[0, 2] = 30;
        data[2].ShouldBe(30f);
    }

    [Fact]
    public void Wrap_array_copies_the_shape_argument()
    {
        var shape = new[] { 2, 3 };
        var array = MultiArray<int>.Wrap(new int[6], shape);

        shape[0] = 99;
        array.Shape.ShouldBe(new[] { 2, 3 });
    }

    [Fact]
    public void Wrap_array_requires_the_exact_element_count()
    {
        var error = Should.Throw<ArgumentException>(() => MultiArray<float>.Wrap(new float[5], 2, 3));
        error.Message.ShouldContain("2 \u00D7 3");
        error.Message.ShouldContain("5 elements");
    }

    [Fact]
    public void Wrap_memory_accepts_a_slice_and_shares_it()
    {
        var data = new int[] { 9, 1, 2, 3, 4, 9 };
        var array = MultiArray<int>.Wrap(data.AsMemory(1, 4), new[] { 2, 2 });

        array.ToArray().ShouldBe(new[] { 1, 2, 3, 4 });
        data[3] = 30;
        array[1, 0].ShouldBe(30);
    }

    [Fact]
    public void Wrap_memory_rejects_layouts_that_reach_past_the_memory()
    {
        var error = Should.Throw<ArgumentException>(
            () => MultiArray<float>.Wrap(new float[10], new[] { 3, 4 }, new[] { 4, 1 }));

        error.Message.ShouldContain("3 \u00D7 4");
        error.Message.ShouldContain("offset 11");
        error.Message.ShouldContain("only 10 elements");
    }

    [Fact]
    public void Wrap_memory_rejects_negative_strides_and_rank_mismatch()
    {
        Should.Throw<ArgumentException>(() => MultiArray<float>.Wrap(new float[10], new[] { 2, 2 }, new[] { -1, 1 }))
            .Message.ShouldContain("negative stride");
        Should.Throw<ArgumentException>(() => MultiArray<float>.Wrap(new float[10], new[] { 2, 2 }, new[] { 1 }))
            .Message.ShouldContain("rank");
    }

    [Fact]
    public void Wrap_memory_allows_an_empty_shape_over_empty_memory()
    {
        var array = MultiArray<float>.Wrap(Memory<float>.Empty, new[] { 0, 5 }, new[] { 5, 1 });
        array.Count.ShouldBe(0);
    }

    [Fact]
    public void ContiguousStrides_are_row_major()
    {
        MultiArray<float>.ContiguousStrides(new[] { 1, 56, 2100 }).ShouldBe(new[] { 117600, 2100, 1 });
        MultiArray<float>.ContiguousStrides(Array.Empty<int>()).ShouldBeEmpty();
    }

    [Fact]
    public void ToString_names_element_type_shape_and_data_type()
    {
        MultiArray<float>.Create(1, 3, 224).ToString().ShouldBe("MultiArray<Single>[1 \u00D7 3 \u00D7 224] Float32");
    }

    [Fact]
    public void Shape_and_strides_cannot_be_mutated_through_the_read_only_views()
    {
        var array = MultiArray<float>.Create(2, 3);
        array.Shape.ShouldNotBeAssignableTo<int[]>();
        array.Strides.ShouldNotBeAssignableTo<int[]>();
    }
}
