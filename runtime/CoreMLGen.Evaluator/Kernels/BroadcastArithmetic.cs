using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Numpy-style broadcasting: shapes align on the right and a dimension of 1 stretches. Rows along the last axis are
/// handed to TensorPrimitives whole, so the common cases (same shape, per-channel or scalar operand) are vectorised.
/// </summary>
internal static class BroadcastArithmetic
{
    /// <summary>The broadcast shape of two shapes, or null when they do not broadcast.</summary>
    public static int[]? BroadcastShape(int[] a, int[] b)
    {
        int rank = Math.Max(a.Length, b.Length);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int da = i < rank - a.Length ? 1 : a[i - (rank - a.Length)];
            int db = i < rank - b.Length ? 1 : b[i - (rank - b.Length)];
            if (da != db && da != 1 && db != 1)
            {
                return null;
            }

            shape[i] = da == 1 ? db : da;
        }

        return shape;
    }

    /// <summary>y = a op b, where a and b broadcast to y's shape. a may be y itself (same shape).</summary>
    public static void Apply(BinaryOperation op, ReadOnlySpan<float> a, int[] aShape, ReadOnlySpan<float> b, int[] bShape, Span<float> y, int[] yShape)
    {
        int rank = yShape.Length;
        if (rank == 0 || (SameAs(aShape, yShape) && SameAs(bShape, yShape)))
        {
            Row(op, a, 1, b, 1, y);
            return;
        }

        Span<int> aStrides = stackalloc int[rank];
        Span<int> bStrides = stackalloc int[rank];
        AlignedStrides(aShape, yShape, aStrides);
        AlignedStrides(bShape, yShape, bStrides);
        Span<int> index = stackalloc int[rank];
        index.Clear();

        int width = yShape[rank - 1];
        int rows = width == 0 ? 0 : y.Length / width;
        int aOffset = 0, bOffset = 0;
        for (int row = 0; row < rows; row++)
        {
            Row(op, a.Slice(aOffset), aStrides[rank - 1], b.Slice(bOffset), bStrides[rank - 1], y.Slice(row * width, width));

            // Odometer over the leading axes, keeping both operands' offsets in step.
            for (int axis = rank - 2; axis >= 0; axis--)
            {
                index[axis]++;
                aOffset += aStrides[axis];
                bOffset += bStrides[axis];
                if (index[axis] < yShape[axis])
                {
                    break;
                }

                aOffset -= aStrides[axis] * index[axis];
                bOffset -= bStrides[axis] * index[axis];
                index[axis] = 0;
            }
        }
    }

    private static bool SameAs(int[] shape, int[] target) => shape.AsSpan().SequenceEqual(target);

    // Strides of `shape` laid against the broadcast shape: 0 where the operand is stretched or absent.
    private static void AlignedStrides(int[] shape, int[] target, Span<int> strides)
    {
        int lead = target.Length - shape.Length;
        int stride = 1;
        for (int i = target.Length - 1; i >= 0; i--)
        {
            int d = i < lead ? 1 : shape[i - lead];
            strides[i] = d == 1 ? 0 : stride;
            stride *= d;
        }
    }

    // One row of y; an operand stride of 0 means a single value repeated.
    private static void Row(BinaryOperation op, ReadOnlySpan<float> a, int aStride, ReadOnlySpan<float> b, int bStride, Span<float> y)
    {
        int n = y.Length;
        if (n == 1 || (aStride == 0 && bStride == 0))
        {
            y.Fill(Scalar(op, a[0], b[0]));
            return;
        }

        if (op is BinaryOperation.Mod or BinaryOperation.FloorDiv)
        {
            // No TensorPrimitives counterpart: one value at a time.
            for (int i = 0; i < n; i++)
            {
                y[i] = Scalar(op, a[i * aStride], b[i * bStride]);
            }

            return;
        }

        if (aStride == 0)
        {
            ScalarLeft(op, a[0], b.Slice(0, n), y);
        }
        else if (bStride == 0)
        {
            ScalarRight(op, a.Slice(0, n), b[0], y);
        }
        else
        {
            Rows(op, a.Slice(0, n), b.Slice(0, n), y);
        }
    }

    private static void Rows(BinaryOperation op, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> y)
    {
        switch (op)
        {
            case BinaryOperation.Add: TensorPrimitives.Add(a, b, y); break;
            case BinaryOperation.Subtract: TensorPrimitives.Subtract(a, b, y); break;
            case BinaryOperation.Multiply: TensorPrimitives.Multiply(a, b, y); break;
            case BinaryOperation.Divide: TensorPrimitives.Divide(a, b, y); break;
            case BinaryOperation.Max: TensorPrimitives.Max(a, b, y); break;
            case BinaryOperation.Min: TensorPrimitives.Min(a, b, y); break;
            default: TensorPrimitives.Pow(a, b, y); break;
        }
    }

    private static void ScalarRight(BinaryOperation op, ReadOnlySpan<float> a, float b, Span<float> y)
    {
        switch (op)
        {
            case BinaryOperation.Add: TensorPrimitives.Add(a, b, y); break;
            case BinaryOperation.Subtract: TensorPrimitives.Subtract(a, b, y); break;
            case BinaryOperation.Multiply: TensorPrimitives.Multiply(a, b, y); break;
            case BinaryOperation.Divide: TensorPrimitives.Divide(a, b, y); break;
            case BinaryOperation.Max: TensorPrimitives.Max(a, b, y); break;
            case BinaryOperation.Min: TensorPrimitives.Min(a, b, y); break;
            default: TensorPrimitives.Pow(a, b, y); break;
        }
    }

    private static void ScalarLeft(BinaryOperation op, float a, ReadOnlySpan<float> b, Span<float> y)
    {
        switch (op)
        {
            case BinaryOperation.Subtract: TensorPrimitives.Subtract(a, b, y); break;
            case BinaryOperation.Divide: TensorPrimitives.Divide(a, b, y); break;
            case BinaryOperation.Pow: TensorPrimitives.Pow(a, b, y); break;
            default: ScalarRight(op, b, a, y); break; // the other operations commute
        }
    }

    /// <summary>a op b for single values (NaN propagates through max and min too).</summary>
    public static float Scalar(BinaryOperation op, float a, float b) => op switch
    {
        BinaryOperation.Add => a + b,
        BinaryOperation.Subtract => a - b,
        BinaryOperation.Multiply => a * b,
        BinaryOperation.Divide => a / b,
        BinaryOperation.Max => MathF.Max(a, b),
        BinaryOperation.Min => MathF.Min(a, b),
        BinaryOperation.Pow => MathF.Pow(a, b),
        BinaryOperation.Mod => FloorModulo(a, b),
        _ => MathF.Floor(a / b),
    };

    private static float FloorModulo(float a, float b)
    {
        float r = a % b; // exact, with the dividend's sign
        return r != 0f && (r < 0f) != (b < 0f) ? r + b : r;
    }
}
