using System;
using System.IO;
using CoreMLGen.GoldenVectors;
using Shouldly;
using Xunit;

namespace CoreMLGen.GoldenVectors.Tests.Npy;

/// <summary>
/// Headers that lie about their size: refused from the bytes actually present, before memory is allocated for what
/// the header claims, and with messages that quote at most a short excerpt of the header.
/// </summary>
public class NpyHostileHeaderTests
{
    /// <summary>Far below any claimed size used here (hundreds of megabytes), far above what reading a header needs.</summary>
    private const long AllocationBudget = 4 << 20;

    [Fact]
    public void A_huge_array_with_no_data_is_refused_without_allocating_it()
    {
        // 100,000,000 float64 = 800 MB claimed; the file holds 8 bytes.
        byte[] file = NpyBytes.Version1("{'descr': '<f8', 'fortran_order': False, 'shape': (100000000,), }", 1, new byte[8]);

        (NpyFormatException error, long allocated) = ReadMeasuringAllocations(new MemoryStream(file));

        error.Problem.ShouldBe("truncated: the header declares 100000000 float64 (<f8) (800000000 bytes of data) but only 8 bytes follow");
        allocated.ShouldBeLessThan(AllocationBudget);
    }

    [Fact]
    public void A_stream_that_cannot_tell_its_length_is_read_a_chunk_at_a_time()
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': False, 'shape': (50000000,), }", 1, new byte[12]);

        (NpyFormatException error, long allocated) = ReadMeasuringAllocations(new ForwardOnlyStream(file));

        error.Problem.ShouldBe("truncated: the header declares 50000000 float32 (<f4) (200000000 bytes of data) but only 12 bytes follow");
        allocated.ShouldBeLessThan(AllocationBudget);
    }

    [Fact]
    public void A_forward_only_stream_still_reads_a_whole_array_larger_than_one_chunk()
    {
        var values = new float[600_000]; // 2.4 MB: three chunks.
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i * 0.5f;
        }

        byte[] file = NpyBytes.ToArray(stream => NpyFile.Write(stream, MultiArray<float>.Wrap(values, values.Length)));

        NpyArray array = NpyFile.ReadArray(new ForwardOnlyStream(file));

        array.Shape.ShouldBe(new[] { values.Length });
        ((float[])array.Data)[599_999].ShouldBe(299_999.5f);
    }

    [Theory]
    [InlineData("(2147483647, 2147483647, 2147483647)", "has more elements than a 64-bit count holds")]
    [InlineData("(2147483647, 2)", "is larger than 2 GB, more than this reader handles")]
    public void Shapes_beyond_what_one_array_holds_are_refused(string shape, string problem)
    {
        byte[] file = NpyBytes.Version1("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }", 1, new byte[4]);

        (NpyFormatException error, long allocated) = ReadMeasuringAllocations(new MemoryStream(file));

        error.Problem.ShouldContain(problem);
        allocated.ShouldBeLessThan(AllocationBudget);
    }

    [Fact]
    public void A_header_longer_than_the_file_is_refused_before_it_is_read()
    {
        // Version 2.0: a 4-byte header length, here 1,000,000, followed by 10 bytes.
        byte[] file = NpyBytes.File(2, "{'descr': ", Array.Empty<byte>());
        BitConverter.GetBytes(1_000_000u).CopyTo(file, 8);

        (NpyFormatException error, long allocated) = ReadMeasuringAllocations(new MemoryStream(file));

        error.Problem.ShouldBe("truncated: the header needs 1000000 bytes but only 10 bytes remain");
        allocated.ShouldBeLessThan(AllocationBudget);
    }

    [Fact]
    public void A_header_claiming_16_MiB_is_refused_by_its_length()
    {
        byte[] file = NpyBytes.File(2, "{}", Array.Empty<byte>());
        BitConverter.GetBytes(16u << 20).CopyTo(file, 8);

        Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(file))).Problem
            .ShouldBe("the header claims 16777216 bytes, too many for an array header (at most 1048576)");
    }

    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), 'x': ", "'}")]
    [InlineData("{'descr': '", "', 'fortran_order': False, 'shape': (6,), }")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), '", "': True, }")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (", "), }")]
    public void Messages_quote_a_short_excerpt_of_a_long_header(string before, string after)
    {
        string header = before + new string('A', 900_000) + after;
        byte[] file = NpyBytes.File(2, header, Array.Empty<byte>());

        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(new MemoryStream(file), "long.npy"));

        error.Message.Length.ShouldBeLessThan(400, error.Message);
        error.Message.ShouldContain("AAAA… (");
    }

    private static (NpyFormatException Error, long Allocated) ReadMeasuringAllocations(Stream stream)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        NpyFormatException error = Should.Throw<NpyFormatException>(() => NpyFile.ReadArray(stream, "claims.npy"));
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A stream that can only be read forward and cannot tell its length (a pipe, a network stream).</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _inner;

        public ForwardOnlyStream(byte[] bytes) => _inner = new MemoryStream(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
