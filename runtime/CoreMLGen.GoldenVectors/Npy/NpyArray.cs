using System;
using System.Collections.Generic;
using System.Globalization;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// The contents of an <c>.npy</c> file as it is stored: the element type, the shape (empty for a 0-d scalar) and the
/// elements in row-major (C) order. Unlike <see cref="MultiArray"/> it also holds 64-bit integers, bytes and booleans.
/// </summary>
public sealed class NpyArray
{
    private readonly int[] _shape;

    /// <summary>Creates an array over <paramref name="data"/> (not copied).</summary>
    /// <param name="dataType">The element type.</param>
    /// <param name="shape">The dimensions, outermost first; empty for a scalar.</param>
    /// <param name="data">The elements in row-major order: a <c>float[]</c>, <c>double[]</c>, <c>Half[]</c>, <c>sbyte[]</c>, <c>byte[]</c>, <c>int[]</c>, <c>long[]</c> or <c>bool[]</c> matching <paramref name="dataType"/>.</param>
    /// <exception cref="ArgumentException">The array's element type or length does not match.</exception>
    public NpyArray(NpyDataType dataType, IReadOnlyList<int> shape, Array data)
    {
        if (shape is null)
        {
            throw new ArgumentNullException(nameof(shape));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        Type expected = NpyDataTypes.ElementType(dataType);
        if (data.GetType().GetElementType() != expected || data.Rank != 1)
        {
            throw new ArgumentException("A " + dataType + " array needs a " + expected.Name + "[], not a " + data.GetType().Name + ".", nameof(data));
        }

        _shape = new int[shape.Count];
        for (int i = 0; i < _shape.Length; i++)
        {
            _shape[i] = shape[i];
        }

        long count = MultiArrayShape.ElementCount(_shape);
        if (data.Length != count)
        {
            throw new ArgumentException(
                "Shape " + MultiArrayShape.Describe(_shape) + " has " + count.ToString(CultureInfo.InvariantCulture) + " elements, but "
                + data.Length.ToString(CultureInfo.InvariantCulture) + " were given.",
                nameof(data));
        }

        DataType = dataType;
        Data = data;
    }

    /// <summary>The element type.</summary>
    public NpyDataType DataType { get; }

    /// <summary>The dimensions, outermost first; empty for a 0-d scalar.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The number of elements (1 for a scalar).</summary>
    public long Count => Data.LongLength;

    /// <summary>The elements in row-major order, typed as <see cref="NpyArray(NpyDataType, IReadOnlyList{int}, Array)"/> describes.</summary>
    public Array Data { get; }

    /// <summary>The numpy descriptor of the element type as written to files, e.g. <c>&lt;f4</c>.</summary>
    public string Descriptor => NpyDataTypes.Descriptor(DataType);

    /// <summary>Whether the elements are floating point (float16, float32 or float64).</summary>
    public bool IsFloatingPoint => NpyDataTypes.IsFloatingPoint(DataType);

    /// <summary>The Core ML element type that holds the elements unchanged; null for int64, uint8 and bool, which Core ML lacks.</summary>
    public MultiArrayDataType? CoreMLDataType => DataType switch
    {
        NpyDataType.Int64 or NpyDataType.UInt8 or NpyDataType.Bool => null,
        _ => NpyDataTypes.ToMultiArray(DataType),
    };

    /// <summary>A 0-d float64 array (what numpy saves for <c>np.float64(value)</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The scalar array.</returns>
    public static NpyArray Scalar(double value) => new(NpyDataType.Float64, Array.Empty<int>(), new[] { value });

    /// <summary>A 0-d int64 array (what numpy saves for <c>np.int64(value)</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The scalar array.</returns>
    public static NpyArray Scalar(long value) => new(NpyDataType.Int64, Array.Empty<int>(), new[] { value });

    /// <summary>Copies a multi-array (any strides) into an array of the same element type and shape.</summary>
    /// <param name="array">The multi-array; rank 0 becomes a 0-d array.</param>
    /// <returns>The copy.</returns>
    public static NpyArray FromMultiArray(MultiArray array)
    {
        if (array is null)
        {
            throw new ArgumentNullException(nameof(array));
        }

        Array data = array switch
        {
            MultiArray<float> typed => typed.ToArray(),
            MultiArray<double> typed => typed.ToArray(),
            MultiArray<Half> typed => typed.ToArray(),
            MultiArray<int> typed => typed.ToArray(),
            MultiArray<sbyte> typed => typed.ToArray(),
            _ => throw new NotSupportedException(array + " has an element type .npy files do not hold here."),
        };
        return new NpyArray(NpyDataTypes.FromMultiArray(array.DataType), array.Shape, data);
    }

    /// <summary>
    /// The array as a multi-array of the closest Core ML type: float16/32/64 and int8 unchanged (sharing the
    /// elements), int32 unchanged, and int64, uint8 and bool as int32 (a value outside int32 is an error).
    /// </summary>
    /// <returns>The multi-array; a 0-d array becomes a rank-0 multi-array.</returns>
    /// <exception cref="InvalidCastException">An int64 value does not fit in int32.</exception>
    public MultiArray ToMultiArray() => ToMultiArray(NpyDataTypes.ToMultiArray(DataType));

    /// <summary>
    /// Converts the elements to <paramref name="dataType"/>: any numbers to floating point (rounding to the nearest
    /// representable value); integers to a narrower integer type only when each value fits; floating point to an
    /// integer type only when each value is a whole number that fits.
    /// </summary>
    /// <param name="dataType">The element type of the result.</param>
    /// <returns>A new multi-array, or one sharing <see cref="Data"/> when the types already match.</returns>
    /// <exception cref="InvalidCastException">A value cannot be represented; the message names its index.</exception>
    public MultiArray ToMultiArray(MultiArrayDataType dataType) => NpyConversion.ToMultiArray(this, dataType);

    /// <summary>The elements as float64 values, in row-major order (64-bit integers beyond 2^53 are rounded).</summary>
    /// <returns>A new array.</returns>
    public double[] ToDoubles() => NpyConversion.ToDoubles(this);

    /// <summary>Formats a flat (row-major) element index as <c>[i, j, k]</c> for messages; <c>[]</c> for a scalar.</summary>
    /// <param name="flatIndex">The row-major index.</param>
    /// <returns>The index in each dimension.</returns>
    public string DescribeIndex(long flatIndex)
    {
        var indices = new long[_shape.Length];
        for (int axis = _shape.Length - 1; axis >= 0; axis--)
        {
            int size = Math.Max(_shape[axis], 1);
            indices[axis] = flatIndex % size;
            flatIndex /= size;
        }

        return "[" + string.Join(", ", Array.ConvertAll(indices, i => i.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    /// <summary>Describes the array, e.g. <c>2 × 3 float32 (&lt;f4)</c>.</summary>
    /// <returns>The shape and element type.</returns>
    public override string ToString() => MultiArrayShape.Describe(_shape) + " " + NpyDataTypes.Describe(DataType);
}
