using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayCopyTests
{
    [Fact]
    public void Clone_is_contiguous_and_independent()
    {
        var data = new float[] { 1, 2, 3, 4, 5, 6 };
        var transposed = MultiArray<float>.Wrap(data, new[] { 3, 2 }, new[] { 1, 3 });

        var clone = transposed.Clone();
        data[0] = 100;

        clone.IsContiguous.ShouldBeTrue();
        clone.Shape.ShouldBe(new[] { 3, 2 });
        clone.ToArray().ShouldBe(new float[] { 1, 4, 2, 5, 3, 6 });
    }

    [Fact]
    public void CopyTo_converts_between_layouts()
    {
        var source = MultiArray<int>.Wrap(new[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        var backing = new int[8];
        var padded = MultiArray<int>.Wrap(backing, new[] { 2, 3 }, new[] { 4, 1 });

        source.CopyTo(padded);

        backing.ShouldBe(new[] { 1, 2, 3, 0, 4, 5, 6, 0 });
    }

    [Fact]
    public void CopyTo_between_overlapping_strided_views_uses_the_original_values()
    {
        var data = new int[] { 1, 2, 3, 4 };
        var matrix = MultiArray<int>.Wrap(data, new[] { 2, 2 }, new[] { 2, 1 });
        var transposed = MultiArray<int>.Wrap(data, new[] { 2, 2 }, new[] { 1, 2 });

        matrix.CopyTo(transposed);

        data.ShouldBe(new[] { 1, 3, 2, 4 });
    }

    [Fact]
    public void CopyTo_requires_equal_shapes()
    {
        var error = Should.Throw<ArgumentException>(() => MultiArray<float>.Create(2, 3).CopyTo(MultiArray<float>.Create(3, 2)));
        error.Message.ShouldContain("2 \u00D7 3");
        error.Message.ShouldContain("3 \u00D7 2");
    }

    [Fact]
    public void Fill_sets_every_element()
    {
        var array = MultiArray<sbyte>.Create(2, 2);
        array.Fill(-3);
        array.ToArray().ShouldBe(new sbyte[] { -3, -3, -3, -3 });
    }

    [Fact]
    public void Fill_leaves_memory_outside_a_strided_view_alone()
    {
        var data = new double[6];
        var column = MultiArray<double>.Wrap(data.AsMemory(), new[] { 3 }, new[] { 2 });

        column.Fill(1);

        data.ShouldBe(new double[] { 1, 0, 1, 0, 1, 0 });
    }

    [Fact]
    public void TryGetContiguousSpan_covers_only_the_elements()
    {
        var array = MultiArray<float>.Wrap(new float[10].AsMemory(), new[] { 2, 2 });

        array.TryGetContiguousSpan(out var span).ShouldBeTrue();
        span.Length.ShouldBe(4);
        array.Memory.Length.ShouldBe(10);
    }

    [Fact]
    public unsafe void Pin_exposes_the_managed_elements()
    {
        var array = MultiArray<int>.Wrap(new[] { 10, 20, 30 }, 3);

        using var handle = array.Pin();
        int* pointer = (int*)handle.Pointer;
        pointer[1].ShouldBe(20);
        pointer[2] = 33;
        array[2].ShouldBe(33);
    }
}
