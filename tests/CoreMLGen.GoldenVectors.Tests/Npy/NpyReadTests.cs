using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>Reading: other format versions, older numpy padding, big-endian data and files numpy really wrote.</summary>
public class NpyReadTests
{
    private static readonly byte[] OneTwoThree = NpyBytes.LittleEndian("<f4", new[] { 1.0, 2, 3 });

    [Fact]
    public void Reads_a_version_2_header()
    {
        // Version 2.0 has a 4-byte header length; numpy pads it so 12 + header is a multiple of 64.
        byte[] file = NpyBytes.File(2, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }" + new string(' ', 58) + "\n", OneTwoThree);

        MultiArray array = NpyFile.Read(new MemoryStream(file), "v2.npy");

        ((MultiArray<float>)array).ToArray().ShouldBe(new[] { 1f, 2f, 3f });
    }

    [Fact]
    public void Reads_a_version_3_header_in_utf8()
    {
        byte[] file = NpyBytes.File(3, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\n", OneTwoThree);

        NpyFile.ReadArray(new MemoryStream(file)).Data.ShouldBe(new[] { 1f, 2f, 3f });
    }

    [Fact]
    public void Reads_old_numpy_16_byte_padding_and_python_2_longs()
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': False, 'shape': (1L, 3L), }", 4, OneTwoThree);

        NpyArray array = NpyFile.ReadArray(new MemoryStream(file));

        array.Shape.ShouldBe(new[] { 1, 3 });
    }

    [Fact]
    public void Reads_keys_in_any_order_with_double_quotes()
    {
        byte[] file = NpyBytes.Version1("{\"shape\": (3,), \"fortran_order\": False, \"descr\": \"<f4\"}", 1, OneTwoThree);

        NpyFile.ReadArray(new MemoryStream(file)).Shape.ShouldBe(new[] { 3 });
    }

    [Fact]
    public void Swaps_big_endian_data()
    {
        byte[] data = { 0x3F, 0x80, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00 }; // 1.0f, -2.0f big-endian
        byte[] file = NpyBytes.Version1("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", 1, data);

        NpyFile.ReadArray(new MemoryStream(file)).Data.ShouldBe(new[] { 1f, -2f });
    }

    [Fact]
    public void Fortran_order_is_fine_for_vectors()
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': True, 'shape': (3,), }", 1, OneTwoThree);

        NpyFile.ReadArray(new MemoryStream(file)).Data.ShouldBe(new[] { 1f, 2f, 3f });
    }

    [Fact]
    public void Int64_uint8_and_bool_become_int32_multi_arrays()
    {
        byte[] longs = NpyBytes.Version1("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", 1, NpyBytes.LittleEndian("<i8", new[] { -5.0, 7 }));
        byte[] bytes = NpyBytes.Version1("{'descr': '|u1', 'fortran_order': False, 'shape': (2,), }", 1, new byte[] { 255, 0 });
        byte[] flags = NpyBytes.Version1("{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }", 1, new byte[] { 1, 0 });

        ((MultiArray<int>)NpyFile.Read(new MemoryStream(longs))).ToArray().ShouldBe(new[] { -5, 7 });
        ((MultiArray<int>)NpyFile.Read(new MemoryStream(bytes))).ToArray().ShouldBe(new[] { 255, 0 });
        ((MultiArray<int>)NpyFile.Read(new MemoryStream(flags))).ToArray().ShouldBe(new[] { 1, 0 });
    }

    [Fact]
    public void A_0_d_file_is_a_rank_0_multi_array()
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", 62, NpyBytes.LittleEndian("<f8", new[] { 4.25 }));

        var array = (MultiArray<double>)NpyFile.Read(new MemoryStream(file));

        array.Rank.ShouldBe(0);
        array.Count.ShouldBe(1);
        array.Span[0].ShouldBe(4.25);
    }

    [FixtureFact]
    public void Reads_arrays_numpy_wrote()
    {
        // madmom's test data: an .npz (a zip of .npy files) written by an older numpy.
        string npz = Path.Combine(TestPaths.SharedFixtures, "madmom-sample", "sample.beats_blstm.npz");
        using ZipArchive zip = ZipFile.OpenRead(npz);

        NpyArray activations = ReadEntry(zip, "activations.npy");
        NpyArray fps = ReadEntry(zip, "fps.npy");

        activations.DataType.ShouldBe(NpyDataType.Float32);
        activations.Shape.ShouldBe(new[] { 281 });
        ((float[])activations.Data).ShouldAllBe(v => v >= 0 && v <= 1);
        fps.DataType.ShouldBe(NpyDataType.Int64);
        fps.Shape.ShouldBeEmpty();
        fps.Data.ShouldBe(new[] { 100L });
    }

    private static NpyArray ReadEntry(ZipArchive zip, string name)
    {
        using Stream stream = zip.Entries.Single(e => e.FullName == name).Open();
        return NpyFile.ReadArray(stream, name);
    }
}
