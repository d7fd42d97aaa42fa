using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayElementTypeTests
{
    [Fact]
    public void Each_supported_element_type_maps_to_its_core_ml_data_type()
    {
        MultiArray<float>.ElementDataType.ShouldBe(MultiArrayDataType.Float32);
        MultiArray<double>.ElementDataType.ShouldBe(MultiArrayDataType.Double);
        MultiArray<int>.ElementDataType.ShouldBe(MultiArrayDataType.Int32);
        MultiArray<sbyte>.ElementDataType.ShouldBe(MultiArrayDataType.Int8);
        MultiArray<Half>.ElementDataType.ShouldBe(MultiArrayDataType.Float16);
    }

    [Fact]
    public void Data_type_values_equal_core_ml_constants()
    {
        ((int)MultiArrayDataType.Float32).ShouldBe(65568);
        ((int)MultiArrayDataType.Double).ShouldBe(65600);
        ((int)MultiArrayDataType.Float16).ShouldBe(65552);
        ((int)MultiArrayDataType.Int32).ShouldBe(131104);
        ((int)MultiArrayDataType.Int8).ShouldBe(131080);
    }

    [Fact]
    public void Half_values_round_trip()
    {
        var array = MultiArray<Half>.Create(3);
        array[0] = (Half)1.5f;
        array[1] = (Half)(-0.25f);
        array[2] = Half.MaxValue;

        array.DataType.ShouldBe(MultiArrayDataType.Float16);
        var copy = array.Clone().ToArray();
        ((float)copy[0]).ShouldBe(1.5f);
        ((float)copy[1]).ShouldBe(-0.25f);
        copy[2].ShouldBe(Half.MaxValue);
        array.ToString().ShouldBe("MultiArray<Half>[3] Float16");
    }

    [Fact]
    public void Unsupported_element_types_are_rejected_by_every_factory()
    {
        Should.Throw<NotSupportedException>(() => MultiArray<long>.Create(2)).Message.ShouldContain("MultiArray<Int64>");
        Should.Throw<NotSupportedException>(() => MultiArray<byte>.Wrap(new byte[2], 2));
        Should.Throw<NotSupportedException>(() => MultiArray<ushort>.Wrap(new ushort[2].AsMemory(), new[] { 2 }));
        Should.Throw<NotSupportedException>(() => MultiArray<long>.ElementDataType);
    }
}
