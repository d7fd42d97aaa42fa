using System;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Float64 element-wise references: unary functions and numpy-broadcast binary operations.</summary>
internal static class ElementwiseReference
{
    public static double Unary(string type, double v, double alpha, double epsilon, double shift, double scale)
    {
        double x = scale * v + shift;
        return type switch
        {
            "SQRT" => Math.Sqrt(x),
            "RSQRT" => 1 / Math.Sqrt(x + epsilon),
            "INVERSE" => 1 / (x + epsilon),
            "POWER" => Math.Pow(x, alpha),
            "EXP" => Math.Exp(x),
            "LOG" => Math.Log(x),
            "ABS" => Math.Abs(x),
            "THRESHOLD" => Math.Max(alpha, x),
            _ => throw new ArgumentException("Unknown unary function " + type, nameof(type)),
        };
    }

    public static double Binary(string op, double a, double b) => op switch
    {
        "add" => a + b,
        "subtract" => a - b,
        "multiply" => a * b,
        "divide" => a / b,
        "max" => Math.Max(a, b),
        "min" => Math.Min(a, b),
        "pow" => Math.Pow(a, b),
        "mod" => a - Math.Floor(a / b) * b, // Python's %, as MIL's mod documents
        "floorDiv" => Math.Floor(a / b),
        _ => throw new ArgumentException("Unknown operation " + op, nameof(op)),
    };

    /// <summary>The numpy broadcast shape (shapes aligned on the right).</summary>
    public static int[] BroadcastShape(params int[][] shapes)
    {
        int rank = shapes.Max(s => s.Length);
        var result = Enumerable.Repeat(1, rank).ToArray();
        foreach (int[] s in shapes)
        {
            for (int i = 0; i < s.Length; i++)
            {
                int axis = rank - s.Length + i;
                if (s[i] != 1)
                {
                    result[axis] = s[i];
                }
            }
        }

        return result;
    }

    /// <summary>The value of a (shape aShape) that lands at flat index <paramref name="index"/> of the broadcast shape.</summary>
    public static double At(double[] a, int[] aShape, int[] outShape, int index)
    {
        int offset = 0, stride = 1;
        for (int axis = outShape.Length - 1; axis >= 0; axis--)
        {
            int coordinate = index % outShape[axis];
            index /= outShape[axis];
            int aAxis = axis - (outShape.Length - aShape.Length);
            if (aAxis < 0)
            {
                continue;
            }

            int d = aShape[aAxis];
            offset += (d == 1 ? 0 : coordinate) * stride;
            stride *= d;
        }

        return a[offset];
    }

    /// <summary>Folds a binary operation over inputs with broadcasting.</summary>
    public static double[] Fold(string op, double[][] inputs, int[][] shapes, out int[] outShape)
    {
        int[] shape = BroadcastShape(shapes);
        outShape = shape;
        int count = shape.Aggregate(1, (p, d) => p * d);
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            double acc = At(inputs[0], shapes[0], shape, i);
            for (int k = 1; k < inputs.Length; k++)
            {
                acc = Binary(op, acc, At(inputs[k], shapes[k], shape, i));
            }

            y[i] = acc;
        }

        return y;
    }
}
