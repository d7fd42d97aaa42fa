using System.Globalization;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// The type text Xcode writes in its generated documentation ("1 × 56 × 2100 3-dimensional array of floats",
/// "color (kCVPixelFormatType_32BGRA) image buffer, 224 pixels wide by 224 pixels high"), so docs read the same.
/// </summary>
internal static class TypeText
{
    public static string Describe(FeatureType type, bool isOptional)
        => (isOptional ? "optional " : string.Empty) + DescribeType(type);

    /// <summary>The summary line Xcode writes: "&lt;description or name&gt; as &lt;type text&gt;".</summary>
    public static string Summary(FeatureDescription feature, bool includeOptional)
        => (feature.Description.Length > 0 ? feature.Description : feature.Name) + " as " + Describe(feature.Type, includeOptional && feature.IsOptional);

    private static string DescribeType(FeatureType type) => type switch
    {
        ScalarFeatureType { Kind: FeatureTypeKind.Int64 } => "integer value",
        ScalarFeatureType { Kind: FeatureTypeKind.Double } => "double value",
        ScalarFeatureType { Kind: FeatureTypeKind.String } => "string value",
        ArrayFeatureType { Kind: FeatureTypeKind.State } state => "state " + Array(state),
        ArrayFeatureType array => Array(array),
        ImageFeatureType image => Image(image),
        DictionaryFeatureType dictionary => "dictionary of " + (dictionary.KeyType == ScalarKind.Int64 ? "64-bit integers" : dictionary.KeyType == ScalarKind.String ? "strings" : "unknown keys") + " to doubles",
        SequenceFeatureType sequence => "sequence of " + (sequence.ElementType == ScalarKind.Int64 ? "64-bit integers" : sequence.ElementType == ScalarKind.String ? "strings" : "unknown elements"),
        _ => "value of an unsupported type",
    };

    private static string Array(ArrayFeatureType type)
    {
        string elements = type.DataType switch
        {
            ArrayElementType.Float32 => "floats",
            ArrayElementType.Double => "doubles",
            ArrayElementType.Int32 => "32-bit integers",
            ArrayElementType.Float16 => "16-bit floats",
            ArrayElementType.Int8 => "8-bit integers",
            _ => "values of an unknown type",
        };

        if (!FeatureTypeMapping.HasFixedShape(type))
        {
            return "multidimensional array of " + elements;
        }

        string[] dims = type.Shape.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray();
        return dims.Length switch
        {
            1 => dims[0] + " element vector of " + elements,
            2 => dims[0] + " by " + dims[1] + " matrix of " + elements,
            _ => string.Join(" \u00d7 ", dims) + " " + dims.Length.ToString(CultureInfo.InvariantCulture) + "-dimensional array of " + elements,
        };
    }

    private static string Image(ImageFeatureType type)
    {
        string kind = type.ColorSpace switch
        {
            ImageColorSpace.Grayscale => "grayscale (kCVPixelFormatType_OneComponent8)",
            ImageColorSpace.GrayscaleFloat16 => "grayscale (kCVPixelFormatType_OneComponent16Half)",
            ImageColorSpace.Rgb or ImageColorSpace.Bgr => "color (kCVPixelFormatType_32BGRA)",
            _ => "unknown color space",
        };
        return kind + " image buffer, "
            + type.Width.ToString(CultureInfo.InvariantCulture) + " pixels wide by "
            + type.Height.ToString(CultureInfo.InvariantCulture) + " pixels high";
    }

    /// <summary>Extra documentation for flexible shapes and sizes and for defaults (Xcode omits these).</summary>
    public static string? Constraints(FeatureType type)
    {
        string Range(SizeRange r) => r.Lower.ToString(CultureInfo.InvariantCulture) + ".." + (r.IsUnbounded ? "∞" : r.Upper.ToString(CultureInfo.InvariantCulture));
        string Shape(EquatableArray<long> dims) => dims.Count == 0 ? "[]" : string.Join(" \u00d7 ", dims.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        string? text = type switch
        {
            ImageFeatureType { Flexibility: Flexibility.Enumerated } image
                => "Accepted sizes: " + string.Join(", ", image.Sizes.Select(s => s.Width.ToString(CultureInfo.InvariantCulture) + " \u00d7 " + s.Height.ToString(CultureInfo.InvariantCulture))) + ".",
            ImageFeatureType { Flexibility: Flexibility.Range } image
                => "Accepted sizes: width " + (image.WidthRange is null ? "any" : Range(image.WidthRange)) + ", height " + (image.HeightRange is null ? "any" : Range(image.HeightRange)) + ".",
            ArrayFeatureType { Flexibility: Flexibility.Enumerated } array => "Accepted shapes: " + string.Join(", ", array.Shapes.Select(Shape)) + ".",
            ArrayFeatureType { Flexibility: Flexibility.Range } array => "Accepted shape ranges: " + string.Join(" \u00d7 ", array.Ranges.Select(Range)) + ".",
            _ => null,
        };

        if (type is ArrayFeatureType { Default: { } value })
        {
            text = (text is null ? string.Empty : text + " ") + "Default when unset: " + value.Text + ".";
        }

        if (type is SequenceFeatureType { Length: { } size })
        {
            text = (text is null ? string.Empty : text + " ") + "Length " + Range(size) + ".";
        }

        return text;
    }
}
