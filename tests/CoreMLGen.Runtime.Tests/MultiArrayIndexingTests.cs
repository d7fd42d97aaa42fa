using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayIndexingTests
{
    [Fact]
    public void Indexers_agree_with_row_major_offsets()
    {
        var array = MultiArray<int>.Wrap(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23 }, 2, 3, 4);

        array[1, 2, 3].ShouldBe(23);
        array[new[] { 1, 0, 2 }].ShouldBe(14);
        array.GetOffset(new[] { 0, 2, 1 }).ShouldBe(9);
    }

    [Fact]
    public void Rank_one_and_two_indexers_write_through()
    {
        var vector = MultiArray<double>.Create(3);
        vector[2] = 7;
        vector.ToArray().ShouldBe(new double[] { 0, 0, 7 });

        var matrix = MultiArray<double>.Create(2, 2);
        matrix[1, 0] = 5;
        matrix.Span[2].ShouldBe(5);
    }

    [Fact]
    public void Out_of_range_index_names_dimension_and_shape()
    {
        var array = MultiArray<float>.Create(1, 3, 224);

        var error = Should.Throw<IndexOutOfRangeException>(() => array[0, 3, 0]);
        error.Message.ShouldBe("Index 3 is out of range for dimension 1 (size 3) of a MultiArray of shape 1 \u00D7 3 \u00D7 224.");
        Should.Throw<IndexOutOfRangeException>(() => array[new[] { 0, 0, -1 }]);
    }

    [Fact]
    public void Wrong_number_of_indices_is_an_argument_error()
    {
        var array = MultiArray<float>.Create(2, 2);

        Should.Throw<ArgumentException>(() => array[1]).Message.ShouldContain("needs 2 indices, but 1 were given");
        Should.Throw<ArgumentException>(() => array[0, 0, 0]);
        Should.Throw<ArgumentException>(() => array.GetOffset(new[] { 0, 0, 0, 0 }));
    }

    [Fact]
    public void Strided_view_reads_a_transpose_without_copying()
    {
        // A 2 × 3 row-major matrix viewed as its 3 × 2 transpose.
        var data = new float[] { 1, 2, 3, 4, 5, 6 };
        var transposed = MultiArray<float>.Wrap(data, new[] { 3, 2 }, new[] { 1, 3 });

        transposed.IsContiguous.ShouldBeFalse();
        transposed.TryGetContiguousSpan(out _).ShouldBeFalse();
        transposed[2, 1].ShouldBe(6f);
        transposed.ToArray().ShouldBe(new float[] { 1, 4, 2, 5, 3, 6 });
    }

    [Fact]
    public void Padded_rows_are_not_contiguous_but_read_correctly()
    {
        // Two rows of three elements, each row padded to four (like Core ML's aligned strides).
        var data = new int[] { 1, 2, 3, -1, 4, 5, 6, -1 };
        var padded = MultiArray<int>.Wrap(data, new[] { 2, 3 }, new[] { 4, 1 });

        padded.IsContiguous.ShouldBeFalse();
        padded.ToArray().ShouldBe(new[] { 1, 2, 3, 4, 5, 6 });

        padded.Fill(0);
        data.ShouldBe(new[] { 0, 0, 0, -1, 0, 0, 0, -1 });
    }

    [Fact]
    public void Broadcast_stride_zero_repeats_an_element()
    {
        var array = MultiArray<int>.Wrap(new[] { 7, 8 }, new[] { 3, 2 }, new[] { 0, 1 });
        array.ToArray().ShouldBe(new[] { 7, 8, 7, 8, 7, 8 });
    }

    [Fact]
    public void Size_one_dimensions_do_not_affect_contiguity()
    {
        var array = MultiArray<float>.Wrap(new float[6], new[] { 1, 2, 3 }, new[] { 999, 3, 1 });
        array.IsContiguous.ShouldBeTrue();
        array.TryGetContiguousSpan(out var span).ShouldBeTrue();
        span.Length.ShouldBe(6);
    }
}
