using System;
using System.IO;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>Files the reader refuses, each with a message that names the file and the problem.</summary>
public class NpyRefusalTests
{
    private static readonly byte[] SixFloats = NpyBytes.LittleEndian("<f4", new[] { 1.0, 2, 3, 4, 5, 6 });

    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", "Fortran-order (column-major) arrays are not supported")]
    [InlineData("{'descr': '|O', 'fortran_order': False, 'shape': (6,), }", "object arrays (pickled Python objects) are not supported")]
    [InlineData("{'descr': [('x', '<f4'), ('y', '<f4')], 'fortran_order': False, 'shape': (3,), }", "structured (record) dtypes are not supported")]
    [InlineData("{'descr': '<c8', 'fortran_order': False, 'shape': (3,), }", "dtype '<c8' is not supported")]
    [InlineData("{'descr': '<u4', 'fortran_order': False, 'shape': (6,), }", "dtype '<u4' is not supported")]
    [InlineData("{'descr': '<f4', 'shape': (6,), }", "the header must have descr, fortran_order and shape")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), 'extra': True, }", "the header has an unexpected key 'extra'")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (-6,), }", "the header is not a valid dict")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (6,)", "the header is not a valid dict")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 4), }", "truncated: the header declares 2 × 4 float32 (<f4) (32 bytes of data) but only 24 bytes follow")]
    public void Refuses_bad_headers(string dict, string problem)
    {
        byte[] file = NpyBytes.Version1(dict, 1, SixFloats);

        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(file), "bad.npy"));

        error.Message.ShouldStartWith("bad.npy: ");
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_npy()
    {
        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0, 0, 0, 0 }), "data.npz"));

        error.Message.ShouldBe("data.npz: not an .npy file (it does not start with \\x93NUMPY)");
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(), "empty.npy")).Message.ShouldBe("empty.npy: not an .npy file (it is empty)");
    }

    [Fact]
    public void Refuses_unknown_versions()
    {
        byte[] file = NpyBytes.File(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }\n", SixFloats);
        file[6] = 4;

        Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(file))).Problem.ShouldBe("format version 4.0 is not supported (1.0, 2.0 and 3.0 are)");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(40)]
    public void Refuses_files_cut_inside_the_header(int length)
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }", 1, SixFloats);

        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(file[..length]), "cut.npy"));

        error.Problem.ShouldStartWith("truncated: ");
    }

    [Fact]
    public void Refuses_a_file_with_bytes_after_the_data_and_names_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "npy-" + Guid.NewGuid().ToString("N") + ".npy");
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': False, 'shape': (5,), }", 1, SixFloats);
        File.WriteAllBytes(path, file);
        try
        {
            NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.Read(path));

            error.Message.ShouldBe(path + ": 4 bytes follow the data the header declares (5 float32 (<f4))");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_int64_values_outside_int32_as_a_multi_array()
    {
        byte[] file = NpyBytes.Version1("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", 1, NpyBytes.LittleEndian("<i8", new[] { 1.0, 5e9 }));

        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.Read(new MemoryStream(file), "big.npy"));

        error.Message.ShouldStartWith("big.npy: element [1] = 5000000000 does not fit in int32");
    }
}
