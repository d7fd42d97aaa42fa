using System;
using System.Numerics;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>Converts multi-arrays of any element type to and from doubles, the precision classic models compute in.</summary>
internal static class MultiArrayValues
{
    /// <summary>Copies every element, in row-major order, into <paramref name="destination"/> (which holds exactly Count values).</summary>
    public static void CopyToDoubles(MultiArray array, Span<double> destination)
    {
        switch (array)
        {
            case MultiArray<double> doubles:
                Copy(doubles, destination);
                break;
            case MultiArray<float> floats:
                Copy(floats, destination);
                break;
            case MultiArray<int> integers:
                Copy(integers, destination);
                break;
            case MultiArray<Half> halves:
                Copy(halves, destination);
                break;
            case MultiArray<sbyte> bytes:
                Copy(bytes, destination);
                break;
            default:
                throw new CoreMLException("Multi-arrays of " + array.ElementType.Name + " cannot be read as numbers.");
        }
    }

    /// <summary>A new contiguous multi-array of the declared element type (double when unset) holding <paramref name="values"/>.</summary>
    public static MultiArray Create(ArrayFeatureType.Types.ArrayDataType dataType, int[] shape, ReadOnlySpan<double> values) => dataType switch
    {
        ArrayFeatureType.Types.ArrayDataType.Float32 => Create<float>(shape, values),
        ArrayFeatureType.Types.ArrayDataType.Float16 => Create<Half>(shape, values),
        ArrayFeatureType.Types.ArrayDataType.Int32 => Create<int>(shape, values),
        ArrayFeatureType.Types.ArrayDataType.Int8 => Create<sbyte>(shape, values),
        _ => Create<double>(shape, values),
    };

    /// <summary>Whether <see cref="Create"/> can produce the element type (unset means double).</summary>
    public static bool IsKnown(ArrayFeatureType.Types.ArrayDataType dataType) => dataType is
        ArrayFeatureType.Types.ArrayDataType.InvalidArrayDataType or ArrayFeatureType.Types.ArrayDataType.Double
        or ArrayFeatureType.Types.ArrayDataType.Float32 or ArrayFeatureType.Types.ArrayDataType.Float16
        or ArrayFeatureType.Types.ArrayDataType.Int32 or ArrayFeatureType.Types.ArrayDataType.Int8;

    private static void Copy<T>(MultiArray<T> array, Span<double> destination)
        where T : unmanaged, INumberBase<T>
    {
        // A strided view is rare here; a row-major copy keeps the loop simple.
        ReadOnlySpan<T> source = array.TryGetContiguousSpan(out Span<T> contiguous) ? contiguous : array.ToArray();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = double.CreateTruncating(source[i]);
        }
    }

    private static MultiArray<T> Create<T>(int[] shape, ReadOnlySpan<double> values)
        where T : unmanaged, INumberBase<T>
    {
        var array = MultiArray<T>.Create(shape);
        Span<T> target = array.Span;
        for (int i = 0; i < values.Length; i++)
        {
            target[i] = T.CreateSaturating(values[i]);
        }

        return array;
    }
}
