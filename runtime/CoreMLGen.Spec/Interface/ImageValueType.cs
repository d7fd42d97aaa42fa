namespace CoreMLGen.Spec.Interface;

/// <summary>An image feature (<c>ImageFeatureType</c>).</summary>
public sealed class ImageValueType : FeatureValueType
{
    public ImageValueType(long width, long height, ImageColorSpace colorSpace, int rawColorSpace, ImageSizeFlexibility flexibility)
        : base(FeatureValueKind.Image)
    {
        Width = width;
        Height = height;
        ColorSpace = colorSpace;
        RawColorSpace = rawColorSpace;
        Flexibility = flexibility;
    }

    /// <summary>The declared (or default, when flexible) width; 0 when not declared.</summary>
    public long Width { get; }

    /// <summary>The declared (or default, when flexible) height; 0 when not declared.</summary>
    public long Height { get; }

    public ImageColorSpace ColorSpace { get; }

    /// <summary>The <c>ColorSpace</c> number as stored (meaningful when <see cref="ColorSpace"/> is Unknown).</summary>
    public int RawColorSpace { get; }

    public ImageSizeFlexibility Flexibility { get; }
}
