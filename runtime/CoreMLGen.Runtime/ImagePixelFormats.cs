using System;

namespace CoreMLGen;

/// <summary>Facts about each <see cref="ImagePixelFormat"/>: its Core Video code and name, and its pixel size.</summary>
public static class ImagePixelFormats
{
    // Core Video pixel format codes are FourCCs, except 32ARGB, which predates them and is the number 32.
    private const uint Bgra32Code = 0x42475241; // 'BGRA'
    private const uint Argb32Code = 0x00000020; // kCVPixelFormatType_32ARGB = 32
    private const uint Rgba32Code = 0x52474241; // 'RGBA'
    private const uint Gray8Code = 0x4C303038; // 'L008'
    private const uint GrayFloat16Code = 0x4C303068; // 'L00h'

    /// <summary>The Core Video pixel format type (<c>OSType</c>) of the format, e.g. 'BGRA' (0x42475241).</summary>
    /// <param name="format">The pixel format.</param>
    /// <returns>The <c>kCVPixelFormatType_*</c> value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static uint ToCoreVideoPixelFormat(this ImagePixelFormat format) => format switch
    {
        ImagePixelFormat.Bgra32 => Bgra32Code,
        ImagePixelFormat.Argb32 => Argb32Code,
        ImagePixelFormat.Rgba32 => Rgba32Code,
        ImagePixelFormat.Gray8 => Gray8Code,
        ImagePixelFormat.GrayFloat16 => GrayFloat16Code,
        _ => throw Undefined(format),
    };

    /// <summary>Finds the format with a Core Video pixel format type, if it is one Core ML images use.</summary>
    /// <param name="coreVideoPixelFormat">A <c>kCVPixelFormatType_*</c> value.</param>
    /// <param name="format">The matching format, or <see cref="ImagePixelFormat.Bgra32"/> when there is none.</param>
    /// <returns>Whether the code names a supported format.</returns>
    public static bool TryFromCoreVideoPixelFormat(uint coreVideoPixelFormat, out ImagePixelFormat format)
    {
        switch (coreVideoPixelFormat)
        {
            case Bgra32Code: format = ImagePixelFormat.Bgra32; return true;
            case Argb32Code: format = ImagePixelFormat.Argb32; return true;
            case Rgba32Code: format = ImagePixelFormat.Rgba32; return true;
            case Gray8Code: format = ImagePixelFormat.Gray8; return true;
            case GrayFloat16Code: format = ImagePixelFormat.GrayFloat16; return true;
            default: format = ImagePixelFormat.Bgra32; return false;
        }
    }

    /// <summary>The name of the Core Video constant for the format, e.g. <c>kCVPixelFormatType_32BGRA</c>.</summary>
    /// <param name="format">The pixel format.</param>
    /// <returns>The constant's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string CoreVideoName(this ImagePixelFormat format) => format switch
    {
        ImagePixelFormat.Bgra32 => "kCVPixelFormatType_32BGRA",
        ImagePixelFormat.Argb32 => "kCVPixelFormatType_32ARGB",
        ImagePixelFormat.Rgba32 => "kCVPixelFormatType_32RGBA",
        ImagePixelFormat.Gray8 => "kCVPixelFormatType_OneComponent8",
        ImagePixelFormat.GrayFloat16 => "kCVPixelFormatType_OneComponent16Half",
        _ => throw Undefined(format),
    };

    /// <summary>The size of one pixel in bytes: 4 for the 32-bit color formats, 1 for <see cref="ImagePixelFormat.Gray8"/>, 2 for <see cref="ImagePixelFormat.GrayFloat16"/>.</summary>
    /// <param name="format">The pixel format.</param>
    /// <returns>The bytes per pixel.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static int BytesPerPixel(this ImagePixelFormat format) => format switch
    {
        ImagePixelFormat.Bgra32 or ImagePixelFormat.Argb32 or ImagePixelFormat.Rgba32 => 4,
        ImagePixelFormat.Gray8 => 1,
        ImagePixelFormat.GrayFloat16 => 2,
        _ => throw Undefined(format),
    };

    private static ArgumentOutOfRangeException Undefined(ImagePixelFormat format) =>
        new(nameof(format), format, "Unknown image pixel format.");
}
