using System.Linq;
using CoreML.Specification;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Builders;

/// <summary>Spec <see cref="FeatureType"/> messages for every Core ML feature type; refine them with <see cref="FeatureTypeExtensions"/>.</summary>
public static class FeatureTypes
{
    public static FeatureType Int64() => new() { Int64Type = new Int64FeatureType() };

    public static FeatureType Double() => new() { DoubleType = new DoubleFeatureType() };

    public static FeatureType String() => new() { StringType = new StringFeatureType() };

    /// <summary>A type with no case set (what a corrupt or newer spec can hold).</summary>
    public static FeatureType Unset() => new();

    public static FeatureType MultiArray(DataType dataType, params long[] shape)
    {
        var array = new ArrayFeatureType { DataType = dataType };
        array.Shape.AddRange(shape);
        return new FeatureType { MultiArrayType = array };
    }

    public static FeatureType Image(long width, long height, ImageFeatureType.Types.ColorSpace colorSpace)
        => new() { ImageType = new ImageFeatureType { Width = width, Height = height, ColorSpace = colorSpace } };

    public static FeatureType DictionaryWithStringKeys() => new() { DictionaryType = new DictionaryFeatureType { StringKeyType = new StringFeatureType() } };

    public static FeatureType DictionaryWithInt64Keys() => new() { DictionaryType = new DictionaryFeatureType { Int64KeyType = new Int64FeatureType() } };

    public static FeatureType SequenceOfInt64(ulong lower, long upper)
        => new() { SequenceType = new SequenceFeatureType { Int64Type = new Int64FeatureType(), SizeRange = Range(lower, upper) } };

    public static FeatureType SequenceOfString(ulong lower, long upper)
        => new() { SequenceType = new SequenceFeatureType { StringType = new StringFeatureType(), SizeRange = Range(lower, upper) } };

    public static FeatureType State(DataType dataType, params long[] shape)
    {
        var array = new ArrayFeatureType { DataType = dataType };
        array.Shape.AddRange(shape);
        return new FeatureType { StateType = new StateFeatureType { ArrayType = array } };
    }

    public static SizeRange Range(ulong lower, long upper) => new() { LowerBound = lower, UpperBound = upper };

    internal static ArrayFeatureType.Types.Shape Shape(long[] dimensions)
    {
        var shape = new ArrayFeatureType.Types.Shape();
        shape.Shape_.AddRange(dimensions.ToArray());
        return shape;
    }
}
