namespace CoreMLGen;

/// <summary>The pixel layouts Core ML image features accept.</summary>
public enum ImagePixelFormat
{
    /// <summary>Four bytes per pixel: blue, green, red, alpha (<c>kCVPixelFormatType_32BGRA</c>).</summary>
    Bgra32,

    /// <summary>Four bytes per pixel: alpha, red, green, blue (<c>kCVPixelFormatType_32ARGB</c>).</summary>
    Argb32,

    /// <summary>Four bytes per pixel: red, green, blue, alpha (<c>kCVPixelFormatType_32RGBA</c>).</summary>
    Rgba32,

    /// <summary>One byte per pixel of luminance (<c>kCVPixelFormatType_OneComponent8</c>).</summary>
    Gray8,

    /// <summary>One 16-bit half-precision float per pixel of luminance (<c>kCVPixelFormatType_OneComponent16Half</c>).</summary>
    GrayFloat16,
}
