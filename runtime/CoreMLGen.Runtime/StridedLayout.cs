using System;
using System.Globalization;

namespace CoreMLGen;

/// <summary>
/// Validation and element-by-element traversal of strided layouts, shared by every
/// <see cref="MultiArray{T}"/> operation that cannot take the contiguous fast path.
/// </summary>
internal static class StridedLayout
{
    /// <summary>Checks strides against a shape and a memory length, and returns the element count.</summary>
    public static long Validate(int[] shape, int[] strides, long memoryLength)
    {
        long count = MultiArrayShape.ElementCount(shape);
        if (strides.Length != shape.Length)
        {
            throw new ArgumentException(
                "Strides " + MultiArrayShape.Describe(strides) + " have rank " + strides.Length.ToString(CultureInfo.InvariantCulture)
                + " but shape " + MultiArrayShape.Describe(shape) + " has rank " + shape.Length.ToString(CultureInfo.InvariantCulture) + ".",
                nameof(strides));
        }

        for (int i = 0; i < strides.Length; i++)
        {
            if (strides[i] < 0)
            {
                throw new ArgumentException(
                    "Strides " + MultiArrayShape.Describe(strides) + " have a negative stride at axis "
                    + i.ToString(CultureInfo.InvariantCulture) + ".", nameof(strides));
            }
        }

        if (count == 0)
        {
            return count;
        }

        // Each term is below 2^62, so only an absurd rank can overflow; treat that as out of range.
        long lastOffset = 0;
        try
        {
            for (int i = 0; i < shape.Length; i++)
            {
                lastOffset = checked(lastOffset + ((long)shape[i] - 1) * strides[i]);
            }
        }
        catch (OverflowException)
        {
            lastOffset = long.MaxValue;
        }

        if (lastOffset >= memoryLength)
        {
            throw new ArgumentException(
                "Shape " + MultiArrayShape.Describe(shape) + " with strides " + MultiArrayShape.Describe(strides)
                + " reaches element offset " + lastOffset.ToString(CultureInfo.InvariantCulture) + ", but the memory holds only "
                + memoryLength.ToString(CultureInfo.InvariantCulture) + " elements.");
        }

        return count;
    }

    /// <summary>Copies every element of <paramref name="shape"/> from one strided layout to another, in row-major order.</summary>
    public static void Copy<T>(
        ReadOnlySpan<T> source, int[] sourceStrides, Span<T> destination, int[] destinationStrides, int[] shape, long count)
    {
        if (count == 0)
        {
            return;
        }

        if (shape.Length == 0)
        {
            destination[0] = source[0];
            return;
        }

        int last = shape.Length - 1;
        int innerLength = shape[last];
        int sourceStep = sourceStrides[last];
        int destinationStep = destinationStrides[last];
        var index = new int[shape.Length];
        long sourceRow = 0;
        long destinationRow = 0;
        do
        {
            int s = (int)sourceRow;
            int d = (int)destinationRow;
            for (int i = 0; i < innerLength; i++, s += sourceStep, d += destinationStep)
            {
                destination[d] = source[s];
            }
        }
        while (AdvanceOuter(shape, index, sourceStrides, ref sourceRow, destinationStrides, ref destinationRow));
    }

    /// <summary>Sets every element of <paramref name="shape"/> in a strided layout.</summary>
    public static void Fill<T>(Span<T> destination, int[] strides, int[] shape, long count, T value)
    {
        if (count == 0)
        {
            return;
        }

        if (shape.Length == 0)
        {
            destination[0] = value;
            return;
        }

        int last = shape.Length - 1;
        int innerLength = shape[last];
        int step = strides[last];
        var index = new int[shape.Length];
        long row = 0;
        long unused = 0;
        do
        {
            int d = (int)row;
            for (int i = 0; i < innerLength; i++, d += step)
            {
                destination[d] = value;
            }
        }
        while (AdvanceOuter(shape, index, strides, ref row, strides, ref unused));
    }

    /// <summary>
    /// Steps an odometer over every dimension but the last, moving two row offsets with it.
    /// Returns false once every row has been visited.
    /// </summary>
    private static bool AdvanceOuter(int[] shape, int[] index, int[] stridesA, ref long offsetA, int[] stridesB, ref long offsetB)
    {
        for (int axis = shape.Length - 2; axis >= 0; axis--)
        {
            index[axis]++;
            offsetA += stridesA[axis];
            offsetB += stridesB[axis];
            if (index[axis] < shape[axis])
            {
                return true;
            }

            offsetA -= (long)stridesA[axis] * shape[axis];
            offsetB -= (long)stridesB[axis] * shape[axis];
            index[axis] = 0;
        }

        return false;
    }
}
