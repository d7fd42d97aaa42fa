using System;
using System.Globalization;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// A MIL weight file (<c>weight.bin</c>, blob storage version 2), memory-mapped once: a 64-byte header (blob count,
/// version), then per blob a 64-byte metadata record (sentinel 0xDEADBEEF, data type, size in bytes, data offset) and
/// its data. A <c>const</c> op names the offset of a metadata record. Every offset and size is checked against the file
/// before anything is read.
/// </summary>
internal sealed class BlobStorageFile : IDisposable
{
    private const int HeaderBytes = 64;
    private const int MetadataBytes = 64;
    private const uint Sentinel = 0xDEADBEEF;
    private const uint SupportedVersion = 2;

    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;

    private BlobStorageFile(string path, MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length)
    {
        Path = path;
        _map = map;
        _view = view;
        Length = length;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>Opens and checks the header; a file that is not blob storage version 2 is refused.</summary>
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

        if (length < HeaderBytes)
        {
            throw new ModelLoadException("The weight file " + shownName + " is " + length.ToString(CultureInfo.InvariantCulture)
                + " bytes long, shorter than the 64-byte blob storage header.");
        }

        MemoryMappedFile map;
        MemoryMappedViewAccessor view;
        try
        {
            map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException("Cannot map the weight file " + shownName + ": " + exception.Message, innerException: exception);
        }

        var file = new BlobStorageFile(path, map, view, length);
        uint version = view.ReadUInt32(4);
        if (version != SupportedVersion)
        {
            file.Dispose();
            throw new ModelLoadException("The weight file " + shownName + " declares blob storage version "
                + version.ToString(CultureInfo.InvariantCulture) + "; only version 2 (Core ML 5 and later) is supported.");
        }

        return file;
    }

    /// <summary>The blob whose metadata record starts at <paramref name="metadataOffset"/>, checked against the file.</summary>
    public BlobRecord Record(ulong metadataOffset, string location)
    {
        if (metadataOffset < HeaderBytes || metadataOffset > (ulong)(Length - MetadataBytes))
        {
            throw new ModelLoadException(location + ": the blob offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " is outside the weight file (" + Length.ToString(CultureInfo.InvariantCulture) + " bytes).");
        }

        long at = (long)metadataOffset;
        uint sentinel = _view!.ReadUInt32(at);
        if (sentinel != Sentinel)
        {
            throw new ModelLoadException(location + ": no blob metadata at offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " of the weight file (sentinel 0x" + sentinel.ToString("X8", CultureInfo.InvariantCulture) + ", expected 0xDEADBEEF).");
        }

        var type = (BlobDataType)_view.ReadUInt32(at + 4);
        ulong size = _view.ReadUInt64(at + 8);
        ulong dataOffset = _view.ReadUInt64(at + 16);
        ulong paddingBits = _view.ReadUInt64(at + 24);
        if (dataOffset > (ulong)Length || size > (ulong)Length - dataOffset)
        {
            throw new ModelLoadException(location + ": the blob at offset " + metadataOffset.ToString(CultureInfo.InvariantCulture)
                + " says its " + size.ToString(CultureInfo.InvariantCulture) + " bytes of data start at "
                + dataOffset.ToString(CultureInfo.InvariantCulture) + ", past the end of the weight file ("
                + Length.ToString(CultureInfo.InvariantCulture) + " bytes).");
        }

        return new BlobRecord(type, (long)dataOffset, (long)size, paddingBits);
    }

    /// <summary>Copies a checked record's bytes out of the mapping.</summary>
    public void ReadBytes(BlobRecord record, Span<byte> destination)
    {
        if (destination.Length > record.Size)
        {
            throw new ArgumentException("The destination is larger than the blob.", nameof(destination));
        }

        // ReadArray works on arrays; blobs are copied in chunks to keep the copy bounded.
        byte[] chunk = new byte[Math.Min(destination.Length, 1 << 20)];
        int done = 0;
        while (done < destination.Length)
        {
            int count = Math.Min(chunk.Length, destination.Length - done);
            _view!.ReadArray(record.DataOffset + done, chunk, 0, count);
            chunk.AsSpan(0, count).CopyTo(destination.Slice(done));
            done += count;
        }
    }

    public void Dispose()
    {
        _view?.Dispose();
        _map?.Dispose();
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
