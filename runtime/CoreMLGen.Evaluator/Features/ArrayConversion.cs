using System;
using System.Numerics;

namespace CoreMLGen.Evaluation.Features;

/// <summary>
/// Converts between the runtime's typed multi-arrays and the plain values the evaluator computes with (float32 blobs
/// in neural networks, doubles in the classic models), in row-major order.
/// </summary>
internal static class ArrayConversion
{
    /// <summary>Copies the array's values in row-major order (strides honoured) into <paramref name="destination"/>.</summary>
    public static void CopyTo<TTarget>(MultiArray array, Span<TTarget> destination)
        where TTarget : unmanaged, INumberBase<TTarget>
    {
        switch (array)
        {
            case MultiArray<float> floats:
                Copy(floats, destination);
                break;
            case MultiArray<double> doubles:
                Copy(doubles, destination);
                break;
            case MultiArray<int> ints:
                Copy(ints, destination);
                break;
            case MultiArray<Half> halves:
                Copy(halves, destination);
                break;
            case MultiArray<sbyte> bytes:
                Copy(bytes, destination);
                break;
            default:
                throw new CoreMLException("Multi-arrays of " + array.DataType + " cannot be evaluated.");
        }
    }

    /// <summary>
    /// A new multi-array of the given element type holding the values; integer types truncate toward zero (as a C
    /// cast does), saturated to their range.
    /// </summary>
    public static MultiArray Create<TSource>(MultiArrayDataType dataType, int[] shape, ReadOnlySpan<TSource> values)
        where TSource : unmanaged, INumberBase<TSource>
        => dataType switch
        {
            MultiArrayDataType.Float32 => Create<TSource, float>(shape, values),
            MultiArrayDataType.Double => Create<TSource, double>(shape, values),
            MultiArrayDataType.Int32 => Create<TSource, int>(shape, values),
            MultiArrayDataType.Float16 => Create<TSource, Half>(shape, values),
            MultiArrayDataType.Int8 => Create<TSource, sbyte>(shape, values),
            _ => throw new CoreMLException("Multi-arrays of " + dataType + " cannot be produced."),
        };

    /// <summary>Writes float32 values into a contiguous float32 or float16 array in place (a state buffer).</summary>
    public static void CopyInto(ReadOnlySpan<float> values, MultiArray target)
    {
        switch (target)
        {
            case MultiArray<float> floats when floats.TryGetContiguousSpan(out Span<float> span):
                values.CopyTo(span);
                break;
            case MultiArray<Half> halves when halves.TryGetContiguousSpan(out Span<Half> span):
                for (int i = 0; i < values.Length; i++)
                {
                    span[i] = (Half)values[i];
                }

                break;
            default:
                throw new CoreMLException("A state buffer must be a contiguous float32 or float16 multi-array; this one is " + target.DataType + (target.IsContiguous ? "." : " and strided."));
        }
    }

    private static void Copy<TSource, TTarget>(MultiArray<TSource> array, Span<TTarget> destination)
        where TSource : unmanaged, INumberBase<TSource>
        where TTarget : unmanaged, INumberBase<TTarget>
    {
        // A strided view is rare; a row-major copy keeps the loop simple.
        ReadOnlySpan<TSource> source = array.TryGetContiguousSpan(out Span<TSource> contiguous) ? contiguous : array.ToArray();
        if (typeof(TSource) == typeof(TTarget))
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<TSource, TTarget>(source).CopyTo(destination);
            return;
        }

        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = TTarget.CreateTruncating(source[i]);
        }
    }

    private static MultiArray<TTarget> Create<TSource, TTarget>(int[] shape, ReadOnlySpan<TSource> values)
        where TSource : unmanaged, INumberBase<TSource>
        where TTarget : unmanaged, INumberBase<TTarget>
    {
        var array = MultiArray<TTarget>.Create(shape);
        Span<TTarget> target = array.Span;
        for (int i = 0; i < values.Length; i++)
        {
            target[i] = TTarget.CreateSaturating(values[i]);
        }

        return array;
    }
}
