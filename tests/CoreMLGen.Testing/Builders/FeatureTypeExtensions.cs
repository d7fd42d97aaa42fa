using CoreML.Specification;

namespace CoreMLGen.Testing.Builders;

/// <summary>Fluent refinements of a <see cref="FeatureType"/>: optionality, flexibility, default values.</summary>
public static class FeatureTypeExtensions
{
    public static FeatureType Optional(this FeatureType type)
    {
        type.IsOptional = true;
        return type;
    }

    public static FeatureType EnumeratedShapes(this FeatureType type, params long[][] shapes)
    {
        var enumerated = new ArrayFeatureType.Types.EnumeratedShapes();
        foreach (long[] shape in shapes)
        {
            enumerated.Shapes.Add(FeatureTypes.Shape(shape));
        }

        type.MultiArrayType.EnumeratedShapes = enumerated;
        return type;
    }

    public static FeatureType ShapeRange(this FeatureType type, params (ulong Lower, long Upper)[] ranges)
    {
        var shapeRange = new ArrayFeatureType.Types.ShapeRange();
        foreach ((ulong lower, long upper) in ranges)
        {
            shapeRange.SizeRanges.Add(FeatureTypes.Range(lower, upper));
        }

        type.MultiArrayType.ShapeRange = shapeRange;
        return type;
    }

    public static FeatureType DefaultInt(this FeatureType type, int value)
    {
        type.MultiArrayType.IntDefaultValue = value;
        return type;
    }

    public static FeatureType DefaultFloat(this FeatureType type, float value)
    {
        type.MultiArrayType.FloatDefaultValue = value;
        return type;
    }

    public static FeatureType DefaultDouble(this FeatureType type, double value)
    {
        type.MultiArrayType.DoubleDefaultValue = value;
        return type;
    }

    public static FeatureType EnumeratedSizes(this FeatureType type, params (ulong Width, ulong Height)[] sizes)
    {
        var enumerated = new ImageFeatureType.Types.EnumeratedImageSizes();
        foreach ((ulong width, ulong height) in sizes)
        {
            enumerated.Sizes.Add(new ImageFeatureType.Types.ImageSize { Width = width, Height = height });
        }

        type.ImageType.EnumeratedSizes = enumerated;
        return type;
    }

    public static FeatureType SizeRange(this FeatureType type, (ulong Lower, long Upper) width, (ulong Lower, long Upper) height)
    {
        type.ImageType.ImageSizeRange = new ImageFeatureType.Types.ImageSizeRange
        {
            WidthRange = FeatureTypes.Range(width.Lower, width.Upper),
            HeightRange = FeatureTypes.Range(height.Lower, height.Upper),
        };
        return type;
    }
}
