using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// A MIL weight file (<c>weight.bin</c>, blob storage version 2): a 64-byte header (blob count, version), then per blob
/// a 64-byte metadata record (sentinel 0xDEADBEEF, data type, size in bytes, data offset) and its data. A <c>const</c>
/// op names the offset of a metadata record. Read in place, never loaded whole: a file on disk is memory-mapped once,
/// an embedded resource is read through the runtime's stream over the loaded assembly image. Every offset and size is
/// checked against the length before anything is read.
/// </summary>
internal sealed class BlobStorageFile : IDisposable
{
    private const int HeaderBytes = 64;
    private const int MetadataBytes = 64;
    private const uint Sentinel = 0xDEADBEEF;
    private const uint SupportedVersion = 2;

    private readonly Stream _data;
    private readonly IDisposable? _owner;
    private readonly byte[] _metadata = new byte[32];

    private BlobStorageFile(Stream data, long length, IDisposable? owner)
    {
        _data = data;
        Length = length;
        _owner = owner;
    }

    public long Length { get; }

    /// <summary>Maps a file on disk and checks its header; a file that is not blob storage version 2 is refused.</summary>
    public static BlobStorageFile Open(string path, string shownName)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException("Cannot read the weight file " + shownName + ": " + exception.Message, innerException: exception);
        }

        CheckHeaderLength(length, shownName);
        MemoryMappedFile map;
        Stream view;
        try
        {
            map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            view = map.CreateViewStream(0, 0, MemoryMappedFileAccess.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException("Cannot map the weight file " + shownName + ": " + exception.Message, innerException: exception);
        }

        return Checked(new BlobStorageFile(view, length, map), shownName);
    }

    /// <summary>
    /// Reads a seekable stream in place (an embedded resource: the runtime's stream over the loaded assembly image),
    /// and checks its header. The file owns the stream.
    /// </summary>
    public static BlobStorageFile Open(Stream stream, string shownName)
    {
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new ModelLoadException("The weight file " + shownName + " cannot be read in place (its stream is not seekable).");
        }

        long length = stream.Length;
        try
        {
            CheckHeaderLength(length, shownName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return Checked(new BlobStorageFile(stream, length, owner: null), shownName);
    }

    /// <summary>The blob whose metadata record starts at <paramref name="metadataOffset"/>, checked against the file.</summary>
    public BlobRecord Record(ulong metadataOffset, string location)
    {
        if (metadataOffset < HeaderBytes || metadataOffset > (ulong)(Length - MetadataBytes))
        {
            throw new ModelLoadException(location + ": the blob offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " is outside the weight file (" + Length.ToString(CultureInfo.InvariantCulture) + " bytes).");
        }

        ReadAt((long)metadataOffset, _metadata);
        uint sentinel = BinaryPrimitives.ReadUInt32LittleEndian(_metadata);
        if (sentinel != Sentinel)
        {
            throw new ModelLoadException(location + ": no blob metadata at offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " of the weight file (sentinel 0x" + sentinel.ToString("X8", CultureInfo.InvariantCulture) + ", expected 0xDEADBEEF).");
        }

        var type = (BlobDataType)BinaryPrimitives.ReadUInt32LittleEndian(_metadata.AsSpan(4));
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(_metadata.AsSpan(8));
        ulong dataOffset = BinaryPrimitives.ReadUInt64LittleEndian(_metadata.AsSpan(16));
        ulong paddingBits = BinaryPrimitives.ReadUInt64LittleEndian(_metadata.AsSpan(24));
        if (dataOffset > (ulong)Length || size > (ulong)Length - dataOffset)
        {
            throw new ModelLoadException(location + ": the blob at offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " says its " + size.ToString(CultureInfo.InvariantCulture) + " bytes of data start at "
                + dataOffset.ToString(CultureInfo.InvariantCulture) + ", past the end of the weight file ("
                + Length.ToString(CultureInfo.InvariantCulture) + " bytes).");
        }

        return new BlobRecord(type, (long)dataOffset, (long)size, paddingBits);
    }

    /// <summary>Copies a checked record's bytes straight into <paramref name="destination"/>.</summary>
    public void ReadBytes(BlobRecord record, Span<byte> destination)
    {
        if (destination.Length > record.Size)
        {
            throw new ArgumentException("The destination is larger than the blob.", nameof(destination));
        }

        ReadAt(record.DataOffset, destination);
    }

    public void Dispose()
    {
        _data.Dispose();
        _owner?.Dispose();
    }

    private static void CheckHeaderLength(long length, string shownName)
    {
        if (length < HeaderBytes)
        {
            throw new ModelLoadException("The weight file " + shownName + " is " + length.ToString(CultureInfo.InvariantCulture)
                + " bytes long, shorter than the 64-byte blob storage header.");
        }
    }

    private static BlobStorageFile Checked(BlobStorageFile file, string shownName)
    {
        Span<byte> header = stackalloc byte[8];
        file.ReadAt(0, header);
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(4));
        if (version != SupportedVersion)
        {
            file.Dispose();
            throw new ModelLoadException("The weight file " + shownName + " declares blob storage version "
                + version.ToString(CultureInfo.InvariantCulture) + "; only version 2 (Core ML 5 and later) is supported.");
        }

        return file;
    }

    // Callers have checked the range against Length.
    private void ReadAt(long offset, Span<byte> destination)
    {
        _data.Position = offset;
        int done = 0;
        while (done < destination.Length)
        {
            int read = _data.Read(destination.Slice(done));
            if (read == 0)
            {
                throw new ModelLoadException("The weight file ended early at byte " + (offset + done).ToString(CultureInfo.InvariantCulture) + ".");
            }

            done += read;
        }
    }
}

/// <summary>One blob's checked metadata.</summary>
internal readonly record struct BlobRecord(BlobDataType Type, long DataOffset, long Size, ulong PaddingBits);

/// <summary>The blob data types of MIL blob storage (values as coremltools' storage format defines them).</summary>
internal enum BlobDataType : uint
{
    Float16 = 1,
    Float32 = 2,
    UInt8 = 3,
    Int8 = 4,
    BFloat16 = 5,
    Int16 = 6,
    UInt16 = 7,
    Int4 = 8,
    UInt1 = 9,
    UInt2 = 10,
    UInt4 = 11,
    UInt3 = 12,
    UInt6 = 13,
    Int32 = 14,
    UInt32 = 15,
}
