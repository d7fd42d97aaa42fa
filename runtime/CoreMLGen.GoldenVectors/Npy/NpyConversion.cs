using System;
using System.Globalization;

namespace CoreMLGen.GoldenVectors;

/// <summary>Element conversions between <see cref="NpyArray"/> storage and Core ML element types, refusing lossy integer conversions.</summary>
internal static class NpyConversion
{
    // Switches use DataType rather than array type patterns: the runtime lets a byte[] pass as an sbyte[].
    public static double[] ToDoubles(NpyArray array) => array.DataType switch
    {
        NpyDataType.Float64 => (double[])array.Data.Clone(),
        NpyDataType.Float32 => Array.ConvertAll((float[])array.Data, v => (double)v),
        NpyDataType.Float16 => Array.ConvertAll((Half[])array.Data, v => (double)v),
        NpyDataType.Int8 => Array.ConvertAll((sbyte[])array.Data, v => (double)v),
        NpyDataType.UInt8 => Array.ConvertAll((byte[])array.Data, v => (double)v),
        NpyDataType.Int32 => Array.ConvertAll((int[])array.Data, v => (double)v),
        NpyDataType.Int64 => Array.ConvertAll((long[])array.Data, v => (double)v),
        NpyDataType.Bool => Array.ConvertAll((bool[])array.Data, v => v ? 1.0 : 0.0),
        _ => throw new InvalidOperationException("Unexpected data type " + array.DataType + "."),
    };

    public static MultiArray ToMultiArray(NpyArray array, MultiArrayDataType target)
    {
        int[] shape = new int[array.Shape.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = array.Shape[i];
        }

        // Same element type: share the elements.
        if (NpyDataTypes.ToMultiArray(array.DataType) == target && NpyDataTypes.FromMultiArray(target) == array.DataType)
        {
            switch (target)
            {
                case MultiArrayDataType.Float32:
                    return MultiArray<float>.Wrap((float[])array.Data, shape);
                case MultiArrayDataType.Double:
                    return MultiArray<double>.Wrap((double[])array.Data, shape);
                case MultiArrayDataType.Float16:
                    return MultiArray<Half>.Wrap((Half[])array.Data, shape);
                case MultiArrayDataType.Int32:
                    return MultiArray<int>.Wrap((int[])array.Data, shape);
                case MultiArrayDataType.Int8:
                    return MultiArray<sbyte>.Wrap((sbyte[])array.Data, shape);
            }
        }

        double[] values = ToDoubles(array);
        switch (target)
        {
            case MultiArrayDataType.Float32:
                return MultiArray<float>.Wrap(Array.ConvertAll(values, v => (float)v), shape);
            case MultiArrayDataType.Double:
                return MultiArray<double>.Wrap(values, shape);
            case MultiArrayDataType.Float16:
                return MultiArray<Half>.Wrap(Array.ConvertAll(values, v => (Half)v), shape);
            case MultiArrayDataType.Int32:
                RequireIntegers(array, values, int.MinValue, int.MaxValue, "int32");
                return MultiArray<int>.Wrap(Array.ConvertAll(values, v => (int)v), shape);
            case MultiArrayDataType.Int8:
                RequireIntegers(array, values, sbyte.MinValue, sbyte.MaxValue, "int8");
                return MultiArray<sbyte>.Wrap(Array.ConvertAll(values, v => (sbyte)v), shape);
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Not a multi-array data type.");
        }
    }

    // Integer targets take only whole numbers in range; anything else would change the values silently.
    private static void RequireIntegers(NpyArray array, double[] values, double min, double max, string typeName)
    {
        for (long i = 0; i < values.LongLength; i++)
        {
            double value = values[i];
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Floor(value) != value)
            {
                throw new InvalidCastException(Element(array, i, value) + " is not a whole number, so the " + NpyDataTypes.Describe(array.DataType) + " array cannot become " + typeName + ".");
            }

            if (value < min || value > max)
            {
                throw new InvalidCastException(
                    Element(array, i, value) + " does not fit in " + typeName + " (" + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture) + ").");
            }
        }
    }

    private static string Element(NpyArray array, long index, double value) =>
        "element " + array.DescribeIndex(index) + " = " + value.ToString("R", CultureInfo.InvariantCulture);
}
