using System;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>Converting file arrays to the element type a model declares: widening and narrowing floats, integral checks.</summary>
public class NpyConversionTests
{
    [Fact]
    public void Float64_becomes_float32_and_float16()
    {
        var array = new NpyArray(NpyDataType.Float64, new[] { 2 }, new[] { 0.1, -3.5 });

        ((MultiArray<float>)array.ToMultiArray(MultiArrayDataType.Float32)).ToArray().ShouldBe(new[] { 0.1f, -3.5f });
        ((MultiArray<Half>)array.ToMultiArray(MultiArrayDataType.Float16)).ToArray().ShouldBe(new[] { (Half)0.1, (Half)(-3.5) });
    }

    [Fact]
    public void Integers_become_floats_and_narrower_integers_when_they_fit()
    {
        var array = new NpyArray(NpyDataType.Int64, new[] { 1, 2 }, new[] { -128L, 127L });

        ((MultiArray<double>)array.ToMultiArray(MultiArrayDataType.Double)).ToArray().ShouldBe(new[] { -128.0, 127.0 });
        var int8 = (MultiArray<sbyte>)array.ToMultiArray(MultiArrayDataType.Int8);
        int8.Shape.ShouldBe(new[] { 1, 2 });
        int8.ToArray().ShouldBe(new sbyte[] { -128, 127 });
    }

    [Fact]
    public void Whole_floats_become_integers()
    {
        var array = new NpyArray(NpyDataType.Float32, new[] { 3 }, new[] { 1f, -2f, 0f });

        ((MultiArray<int>)array.ToMultiArray(MultiArrayDataType.Int32)).ToArray().ShouldBe(new[] { 1, -2, 0 });
    }

    [Theory]
    [InlineData(0.5, "element [1, 0] = 0.5 is not a whole number, so the float64 (<f8) array cannot become int32.")]
    [InlineData(double.NaN, "element [1, 0] = NaN is not a whole number, so the float64 (<f8) array cannot become int32.")]
    [InlineData(3e9, "element [1, 0] = 3000000000 does not fit in int32 (-2147483648 to 2147483647).")]
    public void Refuses_floats_that_are_not_whole_or_do_not_fit(double value, string message)
    {
        var array = new NpyArray(NpyDataType.Float64, new[] { 2, 1 }, new[] { 1.0, value });

        Should.Throw<InvalidCastException>(() => array.ToMultiArray(MultiArrayDataType.Int32)).Message.ShouldBe(message);
    }

    [Fact]
    public void Refuses_integers_that_do_not_fit_int8()
    {
        var array = new NpyArray(NpyDataType.Int32, new[] { 2 }, new[] { 1, 300 });

        Should.Throw<InvalidCastException>(() => array.ToMultiArray(MultiArrayDataType.Int8)).Message.ShouldBe("element [1] = 300 does not fit in int8 (-128 to 127).");
    }

    [Fact]
    public void The_same_type_shares_the_elements()
    {
        float[] data = { 1f, 2f };
        var array = new NpyArray(NpyDataType.Float32, new[] { 2 }, data);

        ((MultiArray<float>)array.ToMultiArray(MultiArrayDataType.Float32)).Span[1] = 5f;

        data[1].ShouldBe(5f);
    }

    [Fact]
    public void Refuses_storage_that_does_not_match_the_type_or_shape()
    {
        Should.Throw<ArgumentException>(() => new NpyArray(NpyDataType.Float32, new[] { 2 }, new[] { 1.0, 2.0 }));
        Should.Throw<ArgumentException>(() => new NpyArray(NpyDataType.Float32, new[] { 3 }, new[] { 1f, 2f }));
    }
}
