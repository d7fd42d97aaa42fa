using System;

namespace CoreMLGen.Evaluation.Features;

/// <summary>Converts between the runtime's typed multi-arrays and the evaluator's float32 blobs (row-major values).</summary>
internal static class ArrayConversion
{
    /// <summary>Copies the array's values in row-major order (strides honoured) into <paramref name="destination"/> as float32.</summary>
    public static void CopyToFloats(MultiArray array, Span<float> destination)
    {
        switch (array)
        {
            case MultiArray<float> floats:
                if (floats.TryGetContiguousSpan(out Span<float> span))
                {
                    span.CopyTo(destination);
                }
                else
                {
                    floats.ToArray().CopyTo(destination);
                }

                break;
            case MultiArray<double> doubles:
                Convert(Contiguous(doubles), destination, d => (float)d);
                break;
            case MultiArray<int> ints:
                Convert(Contiguous(ints), destination, i => i);
                break;
            case MultiArray<Half> halves:
                Convert(Contiguous(halves), destination, h => (float)h);
                break;
            case MultiArray<sbyte> bytes:
                Convert(Contiguous(bytes), destination, b => b);
                break;
            default:
                throw new CoreMLException("Multi-arrays of " + array.DataType + " cannot be evaluated.");
        }
    }

    /// <summary>A new multi-array of the given element type holding the values.</summary>
    public static MultiArray FromFloats(ReadOnlySpan<float> values, int[] shape, MultiArrayDataType dataType)
    {
        switch (dataType)
        {
            case MultiArrayDataType.Float32:
            {
                var array = MultiArray<float>.Create(shape);
                values.CopyTo(array.Span);
                return array;
            }

            case MultiArrayDataType.Double:
            {
                var array = MultiArray<double>.Create(shape);
                Span<double> target = array.Span;
                for (int i = 0; i < values.Length; i++)
                {
                    target[i] = values[i];
                }

                return array;
            }

            case MultiArrayDataType.Int32:
            {
                var array = MultiArray<int>.Create(shape);
                Span<int> target = array.Span;
                for (int i = 0; i < values.Length; i++)
                {
                    target[i] = (int)MathF.Round(values[i]);
                }

                return array;
            }

            case MultiArrayDataType.Float16:
            {
                var array = MultiArray<Half>.Create(shape);
                Span<Half> target = array.Span;
                for (int i = 0; i < values.Length; i++)
                {
                    target[i] = (Half)values[i];
                }

                return array;
            }

            case MultiArrayDataType.Int8:
            {
                var array = MultiArray<sbyte>.Create(shape);
                Span<sbyte> target = array.Span;
                for (int i = 0; i < values.Length; i++)
                {
                    target[i] = (sbyte)Math.Clamp(MathF.Round(values[i]), sbyte.MinValue, sbyte.MaxValue);
                }

                return array;
            }

            default:
                throw new CoreMLException("Multi-arrays of " + dataType + " cannot be produced.");
        }
    }

    private static ReadOnlySpan<T> Contiguous<T>(MultiArray<T> array)
        where T : unmanaged
        => array.TryGetContiguousSpan(out Span<T> span) ? span : array.ToArray();

    private static void Convert<T>(ReadOnlySpan<T> source, Span<float> destination, Func<T, float> convert)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = convert(source[i]);
        }
    }
}
