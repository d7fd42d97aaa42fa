using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>Writing produces the bytes numpy 1.24+ writes (checked against hand-written headers), and reading them back round-trips.</summary>
public class NpyWriteTests
{
    // Each rank's shape, its dict text as numpy writes it, and the spaces that follow before the final newline:
    // 21 minus the digits of the first dimension (numpy's growth room, none for 0-d), then padding so that
    // 10 (magic, version, length) + header is a multiple of 64. Every header below is 118 bytes (file offset 128).
    private static readonly (int[] Shape, string Dict, int Spaces)[] Ranks =
    {
        (new int[0], "{'descr': 'DT', 'fortran_order': False, 'shape': (), }", 62),
        (new[] { 3 }, "{'descr': 'DT', 'fortran_order': False, 'shape': (3,), }", 20 + 40),
        (new[] { 2, 3 }, "{'descr': 'DT', 'fortran_order': False, 'shape': (2, 3), }", 20 + 38),
        (new[] { 2, 1, 3 }, "{'descr': 'DT', 'fortran_order': False, 'shape': (2, 1, 3), }", 20 + 35),
        (new[] { 1, 2, 1, 3 }, "{'descr': 'DT', 'fortran_order': False, 'shape': (1, 2, 1, 3), }", 20 + 32),
        (new[] { 1, 1, 2, 3, 2 }, "{'descr': 'DT', 'fortran_order': False, 'shape': (1, 1, 2, 3, 2), }", 20 + 29),
    };

    public static IEnumerable<object[]> DescriptorsAndRanks() => Combine("<f4", "<f8", "<f2", "<i4", "|i1", "<i8", "|u1", "|b1");

    public static IEnumerable<object[]> CoreMlDescriptorsAndRanks() => Combine("<f4", "<f8", "<f2", "<i4", "|i1");

    [Theory]
    [MemberData(nameof(DescriptorsAndRanks))]
    public void Writes_numpy_bytes_and_reads_them_back(string descriptor, int rank)
    {
        (int[] shape, string dict, int spaces) = Ranks[rank];
        int count = shape.Aggregate(1, (a, b) => a * b);
        double[] values = Enumerable.Range(0, count).Select(i => Value(descriptor, i)).ToArray();
        byte[] expected = NpyBytes.Version1(dict.Replace("DT", descriptor, StringComparison.Ordinal), spaces, NpyBytes.LittleEndian(descriptor, values));
        NpyArray array = Make(descriptor, shape, values);

        byte[] written = NpyBytes.ToArray(stream => NpyFile.Write(stream, array));

        written.Length.ShouldBe(128 + (count * int.Parse(descriptor.Substring(2), System.Globalization.CultureInfo.InvariantCulture)));
        written.ShouldBe(expected);
        NpyArray read = NpyFile.ReadArray(new MemoryStream(written));
        read.DataType.ShouldBe(array.DataType);
        read.Shape.ShouldBe(shape);
        read.Data.ShouldBe(array.Data);
    }

    [Theory]
    [MemberData(nameof(CoreMlDescriptorsAndRanks))]
    public void Multi_arrays_of_core_ml_types_round_trip_through_files(string descriptor, int rank)
    {
        (int[] shape, _, _) = Ranks[rank];
        double[] values = Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(i => Value(descriptor, i)).ToArray();
        MultiArray original = Make(descriptor, shape, values).ToMultiArray();
        string path = Path.Combine(Path.GetTempPath(), "npy-" + Guid.NewGuid().ToString("N") + ".npy");
        try
        {
            NpyFile.Write(path, original);
            MultiArray read = NpyFile.Read(path);

            read.DataType.ShouldBe(original.DataType);
            read.Rank.ShouldBe(rank);
            read.Shape.ShouldBe(shape);
            NpyArray.FromMultiArray(read).Data.ShouldBe(NpyArray.FromMultiArray(original).Data);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_float32_vector_is_byte_for_byte_what_numpy_saves()
    {
        // np.save(f, np.array([1, -2, 0.5], dtype=np.float32))
        byte[] expected = NpyBytes.Version1(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }",
            60,
            new byte[] { 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x3F });

        byte[] written = NpyBytes.ToArray(stream => NpyFile.Write(stream, MultiArray<float>.Wrap(new[] { 1f, -2f, 0.5f }, 3)));

        written.ShouldBe(expected);
    }

    [Fact]
    public void Scalars_are_0_d_float64_and_int64()
    {
        byte[] float64 = NpyBytes.ToArray(stream => NpyFile.Write(stream, NpyArray.Scalar(2.5)));
        byte[] int64 = NpyBytes.ToArray(stream => NpyFile.Write(stream, NpyArray.Scalar(-3L)));

        float64.ShouldBe(NpyBytes.Version1("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", 62, new byte[] { 0, 0, 0, 0, 0, 0, 0x04, 0x40 }));
        int64.ShouldBe(NpyBytes.Version1("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", 62, new byte[] { 0xFD, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }));
    }

    [Fact]
    public void Growth_room_shrinks_with_the_digits_of_the_first_dimension()
    {
        // numpy: 21 - len('123456') = 15 spaces of growth room, then 38 spaces of padding.
        byte[] written = NpyBytes.ToArray(stream => NpyFile.Write(stream, MultiArray<sbyte>.Create(123456, 0)));

        written.ShouldBe(NpyBytes.Version1("{'descr': '|i1', 'fortran_order': False, 'shape': (123456, 0), }", 15 + 38, Array.Empty<byte>()));
    }

    [Fact]
    public void Strided_multi_arrays_are_written_in_row_major_order()
    {
        // A transposed view of [[1, 2, 3], [4, 5, 6]].
        MultiArray<int> transposed = MultiArray<int>.Wrap(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 3, 2 }, new[] { 1, 3 });

        NpyArray written = NpyFile.ReadArray(new MemoryStream(NpyBytes.ToArray(stream => NpyFile.Write(stream, transposed))));

        written.Shape.ShouldBe(new[] { 3, 2 });
        written.Data.ShouldBe(new[] { 1, 4, 2, 5, 3, 6 });
    }

    private static IEnumerable<object[]> Combine(params string[] descriptors) =>
        from descriptor in descriptors
        from rank in Enumerable.Range(0, Ranks.Length)
        select new object[] { descriptor, rank };

    private static double Value(string descriptor, int i) => descriptor switch
    {
        "<f4" or "<f8" or "<f2" => (i - 2) * 0.75,
        "|u1" => 250 - i,
        "|b1" => i % 2,
        "<i8" => (i - 2) * 3_000_000_000L,
        _ => (i - 2) * 7,
    };

    private static NpyArray Make(string descriptor, int[] shape, double[] values) => descriptor switch
    {
        "<f4" => new NpyArray(NpyDataType.Float32, shape, values.Select(v => (float)v).ToArray()),
        "<f8" => new NpyArray(NpyDataType.Float64, shape, values),
        "<f2" => new NpyArray(NpyDataType.Float16, shape, values.Select(v => (Half)v).ToArray()),
        "<i4" => new NpyArray(NpyDataType.Int32, shape, values.Select(v => (int)v).ToArray()),
        "|i1" => new NpyArray(NpyDataType.Int8, shape, values.Select(v => (sbyte)v).ToArray()),
        "<i8" => new NpyArray(NpyDataType.Int64, shape, values.Select(v => (long)v).ToArray()),
        "|u1" => new NpyArray(NpyDataType.UInt8, shape, values.Select(v => (byte)v).ToArray()),
        "|b1" => new NpyArray(NpyDataType.Bool, shape, values.Select(v => v != 0).ToArray()),
        _ => throw new ArgumentException(descriptor),
    };
}
