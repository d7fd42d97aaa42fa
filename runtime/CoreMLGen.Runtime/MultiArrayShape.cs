using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoreMLGen;

/// <summary>Helpers for multi-array shapes: element counts, row-major strides and readable descriptions.</summary>
public static class MultiArrayShape
{
    /// <summary>
    /// Describes a shape for messages, e.g. <c>1 × 56 × 2100</c> (dimensions joined by U+00D7);
    /// a rank-0 shape is described as <c>scalar</c>.
    /// </summary>
    /// <param name="shape">The dimensions, outermost first.</param>
    /// <returns>The culture-invariant description.</returns>
    public static string Describe(IReadOnlyList<int> shape)
    {
        if (shape is null)
        {
            throw new ArgumentNullException(nameof(shape));
        }

        if (shape.Count == 0)
        {
            return "scalar";
        }

        var text = new StringBuilder();
        for (int i = 0; i < shape.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" \u00D7 ");
            }

            text.Append(shape[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The number of elements in an array of this shape: the product of the dimensions, 1 for rank 0.</summary>
    /// <param name="shape">The dimensions, outermost first; none may be negative.</param>
    /// <returns>The element count.</returns>
    /// <exception cref="ArgumentException">A dimension is negative, or the count overflows.</exception>
    public static long ElementCount(IReadOnlyList<int> shape)
    {
        if (shape is null)
        {
            throw new ArgumentNullException(nameof(shape));
        }

        long count = 1;
        bool overflowed = false;
        for (int i = 0; i < shape.Count; i++)
        {
            if (shape[i] < 0)
            {
                throw new ArgumentException(
                    "Shape " + Describe(shape) + " has a negative dimension at axis "
                    + i.ToString(CultureInfo.InvariantCulture) + ".", nameof(shape));
            }

            // Keep scanning after an overflow: a later zero dimension makes the array empty, not too large.
            if (shape[i] == 0)
            {
                count = 0;
            }
            else if (count != 0 && count > long.MaxValue / shape[i])
            {
                overflowed = true;
            }
            else
            {
                count *= shape[i];
            }
        }

        if (overflowed && count != 0)
        {
            throw new ArgumentException("Shape " + Describe(shape) + " has too many elements.", nameof(shape));
        }

        return count;
    }

    /// <summary>
    /// The strides, in elements, of a contiguous row-major (C order) array of this shape:
    /// the last dimension has stride 1 and each earlier stride is the product of the later dimensions.
    /// </summary>
    /// <param name="shape">The dimensions, outermost first; none may be negative.</param>
    /// <returns>A new array with one stride per dimension.</returns>
    /// <exception cref="ArgumentException">A dimension is negative, or a stride does not fit in an <see cref="int"/>.</exception>
    public static int[] ContiguousStrides(IReadOnlyList<int> shape)
    {
        ElementCount(shape);
        var strides = new int[shape.Count];
        long stride = 1;
        for (int i = shape.Count - 1; i >= 0; i--)
        {
            if (stride > int.MaxValue)
            {
                throw new ArgumentException("Shape " + Describe(shape) + " is too large for 32-bit strides.", nameof(shape));
            }

            strides[i] = (int)stride;
            // An empty dimension empties the whole array; keep later strides meaningful instead of zero.
            stride *= Math.Max(shape[i], 1);
        }

        return strides;
    }
}
