using System;
using System.Globalization;
using System.Linq;

namespace CoreMLGen.Evaluation.Tensors;

/// <summary>Shape arithmetic shared by the planner and the kernels.</summary>
internal static class ShapeMath
{
    public static int Product(ReadOnlySpan<int> shape)
    {
        long product = 1;
        foreach (int d in shape)
        {
            if (d < 0)
            {
                throw new ArgumentException("A dimension is negative: [" + Format(shape.ToArray()) + "].");
            }

            product *= d;
            if (product > int.MaxValue)
            {
                throw new ArgumentException("The shape [" + Format(shape.ToArray()) + "] holds more than 2^31 values.");
            }
        }

        return (int)product;
    }

    public static int Product(ReadOnlySpan<int> shape, int start, int end) => Product(shape.Slice(start, end - start));

    public static bool SameShape(int[] a, int[] b) => a.AsSpan().SequenceEqual(b);

    public static string Format(int[] shape) => string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Row-major strides of a shape.</summary>
    public static int[] Strides(int[] shape)
    {
        var strides = new int[shape.Length];
        int stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }

        return strides;
    }

    /// <summary>Resolves a possibly negative axis against a rank, or returns -1 when it is out of range.</summary>
    public static int NormalizeAxis(long axis, int rank) => axis < -rank || axis >= rank ? -1 : (int)(axis < 0 ? axis + rank : axis);
}
