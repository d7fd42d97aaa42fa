using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Reading;

/// <summary>Converts a spec <c>FeatureType</c> into the interface model's <see cref="FeatureValueType"/>.</summary>
internal static class FeatureTypeConverter
{
    public static FeatureValueType Convert(FeatureType? type)
    {
        if (type is null)
        {
            return new UnknownValueType(0);
        }

        return type.TypeCase switch
        {
            FeatureType.TypeOneofCase.Int64Type => ScalarValueType.Int64,
            FeatureType.TypeOneofCase.DoubleType => ScalarValueType.Double,
            FeatureType.TypeOneofCase.StringType => ScalarValueType.String,
            FeatureType.TypeOneofCase.MultiArrayType => ConvertArray(type.MultiArrayType),
            FeatureType.TypeOneofCase.ImageType => ConvertImage(type.ImageType),
            FeatureType.TypeOneofCase.DictionaryType => new DictionaryValueType(DictionaryKey(type.DictionaryType)),
            FeatureType.TypeOneofCase.SequenceType => ConvertSequence(type.SequenceType),
            FeatureType.TypeOneofCase.StateType => new StateValueType(ConvertArray(type.StateType.ArrayType)),
            _ => new UnknownValueType((int)type.TypeCase),
        };
    }

    public static MultiArrayValueType ConvertArray(ArrayFeatureType? array)
    {
        if (array is null)
        {
            return new MultiArrayValueType(ArrayElementType.Invalid, 0, System.Array.Empty<long>(), ArrayShapeFlexibility.None, null);
        }

        int raw = (int)array.DataType;
        return new MultiArrayValueType(ElementType(raw), raw, array.Shape, ShapeFlexibility(array), DefaultValue(array));
    }

    private static ArrayElementType ElementType(int raw) => (ArrayFeatureType.Types.ArrayDataType)raw switch
    {
        ArrayFeatureType.Types.ArrayDataType.InvalidArrayDataType => ArrayElementType.Invalid,
        ArrayFeatureType.Types.ArrayDataType.Float32 => ArrayElementType.Float32,
        ArrayFeatureType.Types.ArrayDataType.Double => ArrayElementType.Double,
        ArrayFeatureType.Types.ArrayDataType.Int32 => ArrayElementType.Int32,
        ArrayFeatureType.Types.ArrayDataType.Float16 => ArrayElementType.Float16,
        ArrayFeatureType.Types.ArrayDataType.Int8 => ArrayElementType.Int8,
        _ => ArrayElementType.Unknown,
    };

    private static ArrayShapeFlexibility ShapeFlexibility(ArrayFeatureType array) => array.ShapeFlexibilityCase switch
    {
        ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes
            => ArrayShapeFlexibility.Enumerated(array.EnumeratedShapes.Shapes.Select(shape => (IEnumerable<long>)shape.Shape_)),
        ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange
            => ArrayShapeFlexibility.Range(array.ShapeRange.SizeRanges.Select(Range)),
        _ => ArrayShapeFlexibility.None,
    };

    private static ArrayDefaultValue? DefaultValue(ArrayFeatureType array) => array.DefaultOptionalValueCase switch
    {
        ArrayFeatureType.DefaultOptionalValueOneofCase.IntDefaultValue => ArrayDefaultValue.FromInt(array.IntDefaultValue),
        ArrayFeatureType.DefaultOptionalValueOneofCase.FloatDefaultValue => ArrayDefaultValue.FromFloat(array.FloatDefaultValue),
        ArrayFeatureType.DefaultOptionalValueOneofCase.DoubleDefaultValue => ArrayDefaultValue.FromDouble(array.DoubleDefaultValue),
        _ => null,
    };

    private static ImageValueType ConvertImage(ImageFeatureType image)
    {
        int raw = (int)image.ColorSpace;
        ImageColorSpace colorSpace = (ImageFeatureType.Types.ColorSpace)raw switch
        {
            ImageFeatureType.Types.ColorSpace.InvalidColorSpace => ImageColorSpace.Invalid,
            ImageFeatureType.Types.ColorSpace.Grayscale => ImageColorSpace.Grayscale,
            ImageFeatureType.Types.ColorSpace.Rgb => ImageColorSpace.Rgb,
            ImageFeatureType.Types.ColorSpace.Bgr => ImageColorSpace.Bgr,
            ImageFeatureType.Types.ColorSpace.GrayscaleFloat16 => ImageColorSpace.GrayscaleFloat16,
            _ => ImageColorSpace.Unknown,
        };

        ImageSizeFlexibility flexibility = image.SizeFlexibilityCase switch
        {
            ImageFeatureType.SizeFlexibilityOneofCase.EnumeratedSizes
                => ImageSizeFlexibility.Enumerated(image.EnumeratedSizes.Sizes.Select(size => new ImageSize(size.Width, size.Height))),
            ImageFeatureType.SizeFlexibilityOneofCase.ImageSizeRange
                => ImageSizeFlexibility.Range(Range(image.ImageSizeRange.WidthRange), Range(image.ImageSizeRange.HeightRange)),
            _ => ImageSizeFlexibility.None,
        };

        return new ImageValueType(image.Width, image.Height, colorSpace, raw, flexibility);
    }

    private static ScalarElementKind DictionaryKey(DictionaryFeatureType dictionary) => dictionary.KeyTypeCase switch
    {
        DictionaryFeatureType.KeyTypeOneofCase.Int64KeyType => ScalarElementKind.Int64,
        DictionaryFeatureType.KeyTypeOneofCase.StringKeyType => ScalarElementKind.String,
        _ => ScalarElementKind.Unknown,
    };

    private static SequenceValueType ConvertSequence(SequenceFeatureType sequence)
    {
        ScalarElementKind element = sequence.TypeCase switch
        {
            SequenceFeatureType.TypeOneofCase.Int64Type => ScalarElementKind.Int64,
            SequenceFeatureType.TypeOneofCase.StringType => ScalarElementKind.String,
            _ => ScalarElementKind.Unknown,
        };

        return new SequenceValueType(element, Range(sequence.SizeRange));
    }

    // An unset SizeRange message means "no constraint" rather than the proto default 0..0.
    private static DimensionRange Range(SizeRange? range)
        => range is null ? DimensionRange.Any : new DimensionRange(range.LowerBound, range.UpperBound);
}
