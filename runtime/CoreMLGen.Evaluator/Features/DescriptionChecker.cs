using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Features;

/// <summary>
/// Load-time checks of a model's (or a pipeline step's) declared interface, so that a model the evaluator could never
/// run is refused when it is loaded, with the feature named, rather than crashing or wrapping around at predict time:
/// every feature has a type; declared array shapes and image sizes are non-negative and their element counts fit an
/// <see cref="int"/>; no output is an image (the evaluator produces none).
/// </summary>
internal static class DescriptionChecker
{
    public static void Check(ModelDescription description, string where)
    {
        foreach (FeatureDescription input in description.Input)
        {
            CheckFeature(input, "input", where);
        }

        foreach (FeatureDescription output in description.Output)
        {
            CheckFeature(output, "output", where);
            if (output.Type.TypeCase == FeatureType.TypeOneofCase.ImageType)
            {
                throw Error(where, "output", output, "is an image; the managed evaluator produces no image outputs (only Core ML on Apple platforms does).");
            }
        }
    }

    private static void CheckFeature(FeatureDescription feature, string role, string where)
    {
        if (feature.Type is null || feature.Type.TypeCase == FeatureType.TypeOneofCase.None)
        {
            throw Error(where, role, feature, "has no type.");
        }

        string? problem = feature.Type.TypeCase switch
        {
            FeatureType.TypeOneofCase.MultiArrayType => ArrayProblem(feature.Type.MultiArrayType),
            FeatureType.TypeOneofCase.ImageType => ImageProblem(feature.Type.ImageType),
            _ => null,
        };
        if (problem is not null)
        {
            throw Error(where, role, feature, problem);
        }
    }

    private static string? ArrayProblem(ArrayFeatureType array)
    {
        string? problem = ShapeProblem("shape", array.Shape);
        if (problem is not null)
        {
            return problem;
        }

        switch (array.ShapeFlexibilityCase)
        {
            case ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes:
                return array.EnumeratedShapes.Shapes.Select(s => ShapeProblem("enumerated shape", s.Shape_)).FirstOrDefault(p => p is not null);
            case ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange:
                return RangeProblem(array.ShapeRange.SizeRanges.Select(r => (r.LowerBound, r.UpperBound)).ToArray());
            default:
                return null;
        }
    }

    private static string? ImageProblem(ImageFeatureType image)
    {
        string? problem = SizeProblem(image.Width, image.Height, "size");
        if (problem is not null)
        {
            return problem;
        }

        switch (image.SizeFlexibilityCase)
        {
            case ImageFeatureType.SizeFlexibilityOneofCase.EnumeratedSizes:
                return image.EnumeratedSizes.Sizes.Select(s => SizeProblem(Signed(s.Width), Signed(s.Height), "enumerated size")).FirstOrDefault(p => p is not null);
            case ImageFeatureType.SizeFlexibilityOneofCase.ImageSizeRange:
                ImageFeatureType.Types.ImageSizeRange range = image.ImageSizeRange;
                return RangeProblem(new[]
                {
                    (range.HeightRange?.LowerBound ?? 0, range.HeightRange?.UpperBound ?? -1),
                    (range.WidthRange?.LowerBound ?? 0, range.WidthRange?.UpperBound ?? -1),
                    (4UL, 4L), // up to four bytes a pixel
                });
            default:
                return null;
        }
    }

    // A ulong past long.MaxValue is as wrong as a negative size; report it as one.
    private static long Signed(ulong value) => value > long.MaxValue ? -1 : (long)value;

    private static string? SizeProblem(long width, long height, string what) =>
        ShapeProblem(what + " (height, width, 4 bytes a pixel)", new[] { height, width, 4L });

    private static string? ShapeProblem(string what, IReadOnlyList<long> dims)
    {
        long product = 1;
        foreach (long d in dims)
        {
            if (d < 0)
            {
                return "has a negative dimension in its " + what + " [" + Format(dims) + "].";
            }

            product = d == 0 || product == 0 ? 0 : (product > int.MaxValue / d ? long.MaxValue : product * d);
            if (d > int.MaxValue || product > int.MaxValue)
            {
                return "has a " + what + " [" + Format(dims) + "] with more than 2^31 - 1 elements, which the evaluator cannot hold.";
            }
        }

        return null;
    }

    // Lower bounds must fit; upper bounds may be -1 (unbounded), else at least the lower bound and within int.
    private static string? RangeProblem(IReadOnlyList<(ulong Lower, long Upper)> ranges)
    {
        string text = string.Join(", ", ranges.Select(r => r.Lower.ToString(CultureInfo.InvariantCulture) + ".." + (r.Upper < 0 ? "*" : r.Upper.ToString(CultureInfo.InvariantCulture))));
        if (ranges.Any(r => r.Upper < -1 || (r.Upper >= 0 && (ulong)r.Upper < r.Lower)))
        {
            return "has an invalid size range [" + text + "] (an upper bound below its lower bound, or negative other than -1 for unbounded).";
        }

        ulong product = 1;
        foreach ((ulong lower, _) in ranges)
        {
            product = lower == 0 || product == 0 ? 0 : (product > int.MaxValue / lower ? ulong.MaxValue : product * lower);
            if (lower > int.MaxValue || product > int.MaxValue)
            {
                return "has a size range [" + text + "] whose smallest shape holds more than 2^31 - 1 elements, which the evaluator cannot hold.";
            }
        }

        return null;
    }

    private static string Format(IReadOnlyList<long> dims) => string.Join(", ", dims.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    private static ModelLoadException Error(string where, string role, FeatureDescription feature, string problem) =>
        new(where + ": " + role + " '" + feature.Name + "' " + problem);
}
