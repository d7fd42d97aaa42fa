namespace CoreMLGen.Spec.Interface;

/// <summary>An image's <c>ColorSpace</c>; <see cref="Unknown"/> for a number this version does not know.</summary>
public enum ImageColorSpace
{
    /// <summary><c>INVALID_COLOR_SPACE</c> (0): the spec leaves it unset.</summary>
    Invalid,
    Grayscale,
    Rgb,
    Bgr,

    /// <summary>One-channel half-float image (spec 7+).</summary>
    GrayscaleFloat16,
    Unknown,
}
