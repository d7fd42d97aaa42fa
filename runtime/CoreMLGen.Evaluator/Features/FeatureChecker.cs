using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Features;

/// <summary>
/// Checks an input value against the feature the spec declares (kind, element type, shape or image size, with the
/// declared flexibility) before any work is done, so a wrong input is a clear exception naming the feature.
/// </summary>
internal static class FeatureChecker
{
    /// <param name="declared">The declared feature.</param>
    /// <param name="value">The value given.</param>
    /// <param name="sequencePrefix">
    /// True for an input of a rank-5 neural network: the value may carry leading [Seq, Batch] dimensions (or be the
    /// whole rank-5 blob) in front of the declared [C] or [C, H, W].
    /// </param>
    public static void Check(FeatureDescription declared, FeatureValue value, bool sequencePrefix)
    {
        FeatureType type = declared.Type ?? new FeatureType();
        string name = declared.Name;
        switch (type.TypeCase)
        {
            case FeatureType.TypeOneofCase.MultiArrayType:
                RequireKind(name, value, FeatureKind.MultiArray, "a multi-array");
                CheckArray(name, type.MultiArrayType, value.MultiArrayValue, sequencePrefix);
                break;
            case FeatureType.TypeOneofCase.ImageType:
                RequireKind(name, value, FeatureKind.Image, "an image");
                CheckImage(name, type.ImageType, value.ImageValue);
                break;
            case FeatureType.TypeOneofCase.DoubleType:
                RequireKind(name, value, FeatureKind.Double, "a double");
                break;
            case FeatureType.TypeOneofCase.Int64Type:
                RequireKind(name, value, FeatureKind.Int64, "an int64");
                break;
            case FeatureType.TypeOneofCase.StringType:
                RequireKind(name, value, FeatureKind.String, "a string");
                break;
            case FeatureType.TypeOneofCase.DictionaryType:
                RequireKind(name, value, FeatureKind.Dictionary, "a dictionary");
                break;
            case FeatureType.TypeOneofCase.SequenceType:
                RequireKind(name, value, FeatureKind.Sequence, "a sequence");
                break;
        }
    }

    private static void RequireKind(string name, FeatureValue value, FeatureKind kind, string expected)
    {
        if (value.Kind != kind)
        {
            throw new FeatureTypeMismatchException(name, expected, value.Kind.ToString());
        }
    }

    private static void CheckArray(string name, ArrayFeatureType declared, MultiArray value, bool sequencePrefix)
    {
        MultiArrayDataType? expectedType = ArrayTypes.ToDataType(declared.DataType);
        if (expectedType is { } dataType && value.DataType != dataType)
        {
            throw new FeatureTypeMismatchException(name, "a multi-array of " + dataType, "a multi-array of " + value.DataType);
        }

        int[] given = value.Shape.ToArray();
        int[] core = sequencePrefix ? StripSequencePrefix(name, declared, given) : given;
        if (!ShapeAllowed(declared, core))
        {
            throw new CoreMLException("Input '" + name + "' has shape [" + Format(given) + "], but the model takes " + DescribeAllowed(declared, sequencePrefix) + ".");
        }
    }

    // Rank-5 inputs: [C] may come as [S, B, C] or [S, B, C, 1, 1]; [C, H, W] as [S, B, C, H, W].
    private static int[] StripSequencePrefix(string name, ArrayFeatureType declared, int[] given)
    {
        int declaredRank = DeclaredRank(declared);
        if (given.Length == declaredRank)
        {
            return given;
        }

        if (given.Length == declaredRank + 2)
        {
            return given.Skip(2).ToArray();
        }

        if (declaredRank == 1 && given.Length == 5 && given[3] == 1 && given[4] == 1)
        {
            return new[] { given[2] };
        }

        throw new CoreMLException("Input '" + name + "' has shape [" + Format(given) + "], but the model takes " + DescribeAllowed(declared, true) + ".");
    }

    public static int DeclaredRank(ArrayFeatureType declared)
    {
        if (declared.Shape.Count > 0)
        {
            return declared.Shape.Count;
        }

        return declared.ShapeFlexibilityCase switch
        {
            ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes when declared.EnumeratedShapes.Shapes.Count > 0 => declared.EnumeratedShapes.Shapes[0].Shape_.Count,
            ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange => declared.ShapeRange.SizeRanges.Count,
            _ => 0,
        };
    }

    private static bool ShapeAllowed(ArrayFeatureType declared, int[] shape)
    {
        switch (declared.ShapeFlexibilityCase)
        {
            case ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes:
                return declared.EnumeratedShapes.Shapes.Any(s => Same(s.Shape_, shape)) || Same(declared.Shape, shape);
            case ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange:
                var ranges = declared.ShapeRange.SizeRanges;
                return ranges.Count == shape.Length
                    && ranges.Select((r, i) => shape[i] >= (long)r.LowerBound && (r.UpperBound < 0 || shape[i] <= r.UpperBound)).All(ok => ok);
            default:
                // No declared shape: the model takes any shape.
                return declared.Shape.Count == 0 || Same(declared.Shape, shape);
        }
    }

    private static bool Same(IReadOnlyList<long> declared, int[] shape) =>
        declared.Count == shape.Length && declared.Select((d, i) => d == shape[i]).All(ok => ok);

    private static string DescribeAllowed(ArrayFeatureType declared, bool sequencePrefix)
    {
        string prefix = sequencePrefix ? " (optionally after [Seq, Batch] dimensions)" : string.Empty;
        switch (declared.ShapeFlexibilityCase)
        {
            case ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes:
                return "one of the shapes " + string.Join(", ", declared.EnumeratedShapes.Shapes.Select(s => "[" + Format(s.Shape_) + "]")) + prefix;
            case ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange:
                return "shapes [" + string.Join(", ", declared.ShapeRange.SizeRanges.Select(r => r.LowerBound.ToString(CultureInfo.InvariantCulture) + ".." + (r.UpperBound < 0 ? "*" : r.UpperBound.ToString(CultureInfo.InvariantCulture)))) + "]" + prefix;
            default:
                return "shape [" + Format(declared.Shape) + "]" + prefix;
        }
    }

    /// <summary>The image's size and pixel format against the declared image (also used per pipeline step).</summary>
    public static void CheckImage(string name, ImageFeatureType declared, ImageBuffer image)
    {
        bool sizeOk = declared.SizeFlexibilityCase switch
        {
            ImageFeatureType.SizeFlexibilityOneofCase.EnumeratedSizes =>
                declared.EnumeratedSizes.Sizes.Any(s => (long)s.Width == image.Width && (long)s.Height == image.Height)
                || (declared.Width == image.Width && declared.Height == image.Height),
            ImageFeatureType.SizeFlexibilityOneofCase.ImageSizeRange =>
                InRange(declared.ImageSizeRange.WidthRange, image.Width) && InRange(declared.ImageSizeRange.HeightRange, image.Height),
            _ => declared.Width == image.Width && declared.Height == image.Height,
        };
        if (!sizeOk)
        {
            throw new CoreMLException("Input '" + name + "' is a " + image.Width.ToString(CultureInfo.InvariantCulture) + "x" + image.Height.ToString(CultureInfo.InvariantCulture)
                + " image, but the model takes " + declared.Width.ToString(CultureInfo.InvariantCulture) + "x" + declared.Height.ToString(CultureInfo.InvariantCulture)
                + (declared.SizeFlexibilityCase == ImageFeatureType.SizeFlexibilityOneofCase.None ? string.Empty : " (or another size its flexibility allows)") + ".");
        }

        bool gray = declared.ColorSpace is ImageFeatureType.Types.ColorSpace.Grayscale or ImageFeatureType.Types.ColorSpace.GrayscaleFloat16;
        bool formatOk = declared.ColorSpace switch
        {
            ImageFeatureType.Types.ColorSpace.Grayscale => image.PixelFormat == ImagePixelFormat.Gray8,
            ImageFeatureType.Types.ColorSpace.GrayscaleFloat16 => image.PixelFormat == ImagePixelFormat.GrayFloat16,
            _ => image.PixelFormat is ImagePixelFormat.Bgra32 or ImagePixelFormat.Argb32 or ImagePixelFormat.Rgba32,
        };
        if (!formatOk)
        {
            throw new FeatureTypeMismatchException(name, gray ? "a " + declared.ColorSpace + " image" : "a color image (Bgra32, Argb32 or Rgba32)", "a " + image.PixelFormat + " image");
        }
    }

    private static bool InRange(SizeRange? range, int value) =>
        range is null || (value >= (long)range.LowerBound && (range.UpperBound < 0 || value <= range.UpperBound));

    private static string Format(IEnumerable<long> shape) => string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    private static string Format(int[] shape) => string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
