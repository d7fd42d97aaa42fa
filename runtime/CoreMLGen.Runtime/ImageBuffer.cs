using System;
using System.Globalization;

namespace CoreMLGen;

/// <summary>
/// The pixels of an image in one of the <see cref="ImagePixelFormat"/> layouts, row by row from the top:
/// the portable counterpart of a Core Video pixel buffer. Rows may be padded (<see cref="BytesPerRow"/>).
/// </summary>
public sealed class ImageBuffer
{
    private ImageBuffer(Memory<byte> pixels, int width, int height, ImagePixelFormat pixelFormat, int bytesPerRow)
    {
        Pixels = pixels;
        Width = width;
        Height = height;
        PixelFormat = pixelFormat;
        BytesPerRow = bytesPerRow;
    }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>The layout of each pixel.</summary>
    public ImagePixelFormat PixelFormat { get; }

    /// <summary>The distance in bytes from the start of one row to the start of the next; at least <c>Width × BytesPerPixel</c>.</summary>
    public int BytesPerRow { get; }

    /// <summary>The pixel bytes, shared with whatever was wrapped (no copy).</summary>
    public Memory<byte> Pixels { get; }

    /// <summary>Creates a zeroed, tightly packed image (no row padding).</summary>
    /// <param name="width">The width in pixels; must be positive.</param>
    /// <param name="height">The height in pixels; must be positive.</param>
    /// <param name="format">The pixel layout.</param>
    /// <returns>The new image.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, the format is undefined, or the image exceeds 2 GiB.</exception>
    public static ImageBuffer Create(int width, int height, ImagePixelFormat format)
    {
        RequirePositive(width, nameof(width));
        RequirePositive(height, nameof(height));
        long bytesPerRow = (long)width * format.BytesPerPixel();
        long length = bytesPerRow * height;
        if (length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(width), "A " + Describe(width, height, format) + " image does not fit in one .NET array.");
        }

        return new ImageBuffer(new byte[length], width, height, format, (int)bytesPerRow);
    }

    /// <summary>Wraps existing pixel bytes without copying.</summary>
    /// <param name="pixels">The pixel bytes, rows from the top; the last row needs no padding.</param>
    /// <param name="width">The width in pixels; must be positive.</param>
    /// <param name="height">The height in pixels; must be positive.</param>
    /// <param name="format">The pixel layout.</param>
    /// <param name="bytesPerRow">The row pitch in bytes, at least <c>width × BytesPerPixel</c>; 0 means tightly packed.</param>
    /// <returns>An image that shares <paramref name="pixels"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, the format is undefined, or <paramref name="bytesPerRow"/> is too small.</exception>
    /// <exception cref="ArgumentException"><paramref name="pixels"/> is too short for the image.</exception>
    public static ImageBuffer Wrap(Memory<byte> pixels, int width, int height, ImagePixelFormat format, int bytesPerRow = 0)
    {
        RequirePositive(width, nameof(width));
        RequirePositive(height, nameof(height));
        long rowBytes = (long)width * format.BytesPerPixel();
        if (bytesPerRow == 0 && rowBytes <= int.MaxValue)
        {
            bytesPerRow = (int)rowBytes;
        }

        if (bytesPerRow < rowBytes)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bytesPerRow), bytesPerRow,
                "A row of a " + Describe(width, height, format) + " image needs at least "
                + rowBytes.ToString(CultureInfo.InvariantCulture) + " bytes.");
        }

        long required = ((long)bytesPerRow * (height - 1)) + rowBytes;
        if (pixels.Length < required)
        {
            throw new ArgumentException(
                "A " + Describe(width, height, format) + " image with " + bytesPerRow.ToString(CultureInfo.InvariantCulture)
                + " bytes per row needs " + required.ToString(CultureInfo.InvariantCulture) + " bytes, but only "
                + pixels.Length.ToString(CultureInfo.InvariantCulture) + " were given.", nameof(pixels));
        }

        return new ImageBuffer(pixels, width, height, format, bytesPerRow);
    }

    /// <summary>The pixels of row <paramref name="y"/> (0 = top), without the row padding.</summary>
    /// <param name="y">The row index.</param>
    /// <returns>A span of <c>Width × BytesPerPixel</c> bytes over <see cref="Pixels"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="y"/> is outside the image.</exception>
    public Span<byte> GetRow(int y)
    {
        if ((uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(
                nameof(y), y, "Row must be between 0 and " + (Height - 1).ToString(CultureInfo.InvariantCulture) + ".");
        }

        return Pixels.Span.Slice(y * BytesPerRow, Width * PixelFormat.BytesPerPixel());
    }

    /// <summary>Describes the image, e.g. <c>ImageBuffer[224 × 224 Bgra32]</c>.</summary>
    /// <returns>The size and pixel format.</returns>
    public override string ToString() => "ImageBuffer[" + Describe(Width, Height, PixelFormat) + "]";

    private static string Describe(int width, int height, ImagePixelFormat format) =>
        width.ToString(CultureInfo.InvariantCulture) + " \u00D7 " + height.ToString(CultureInfo.InvariantCulture) + " " + format.ToString();

    private static void RequirePositive(int value, string parameterName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "Image sizes must be positive.");
        }
    }
}
