using System;
using System.Globalization;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>NumPy broadcasting of two shapes, and the per-operand strides (0 along broadcast dimensions) for a loop.</summary>
internal static class Broadcasting
{
    public static int[] Shape(OpContext context, int[] a, int[] b)
    {
        int rank = Math.Max(a.Length, b.Length);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int da = i - (rank - a.Length) >= 0 ? a[i - (rank - a.Length)] : 1;
            int db = i - (rank - b.Length) >= 0 ? b[i - (rank - b.Length)] : 1;
            if (da != db && da != 1 && db != 1)
            {
                throw context.Fail("its inputs of shapes " + OpContext.Shape(a) + " and " + OpContext.Shape(b)
                    + " do not broadcast (dimension " + i.ToString(CultureInfo.InvariantCulture) + ").");
            }

            shape[i] = da == 1 ? db : da;
        }

        return shape;
    }

    /// <summary>Row-major strides of <paramref name="shape"/> aligned to the right of <paramref name="outShape"/>, 0 where broadcast.</summary>
    public static int[] Strides(int[] shape, int[] outShape)
    {
        var strides = new int[outShape.Length];
        int stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            int o = i + outShape.Length - shape.Length;
            strides[o] = shape[i] == 1 ? 0 : stride;
            stride *= shape[i];
        }

        return strides;
    }

    /// <summary>Row-major strides of a shape.</summary>
    public static int[] Strides(int[] shape) => Strides(shape, shape);
}
