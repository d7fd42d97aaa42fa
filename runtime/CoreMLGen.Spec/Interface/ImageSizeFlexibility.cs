using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>An image's <c>SizeFlexibility</c>: none, a list of sizes, or a width and a height range.</summary>
public sealed class ImageSizeFlexibility
{
    public static readonly ImageSizeFlexibility None = new(FlexibilityKind.None, null, null, null);

    private ImageSizeFlexibility(FlexibilityKind kind, IEnumerable<ImageSize>? sizes, DimensionRange? widthRange, DimensionRange? heightRange)
    {
        Kind = kind;
        Sizes = ReadOnly.Copy(sizes);
        WidthRange = widthRange;
        HeightRange = heightRange;
    }

    public FlexibilityKind Kind { get; }

    /// <summary>The allowed sizes when <see cref="Kind"/> is <see cref="FlexibilityKind.Enumerated"/>.</summary>
    public IReadOnlyList<ImageSize> Sizes { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="FlexibilityKind.Range"/>.</summary>
    public DimensionRange? WidthRange { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="FlexibilityKind.Range"/>.</summary>
    public DimensionRange? HeightRange { get; }

    public static ImageSizeFlexibility Enumerated(IEnumerable<ImageSize> sizes) => new(FlexibilityKind.Enumerated, sizes, null, null);

    public static ImageSizeFlexibility Range(DimensionRange widthRange, DimensionRange heightRange)
        => new(FlexibilityKind.Range, null, widthRange, heightRange);
}
