using System;
using CoreML.Specification.MILSpec;

namespace CoreMLGen.Evaluation.MLPrograms.Compilation;

/// <summary>
/// One named value of a compiled program: its element type and shape (fixed for the compiled input shapes) and the
/// buffer that holds it. Every element type is held as float32 (integers up to 2^24 and booleans are exact); a constant
/// is materialised once at load; ops that only change a shape (reshape, squeeze, expand_dims) share their input's buffer.
/// </summary>
internal sealed class MilValue
{
    public MilValue(string name, DataType type, int[] shape, float[] data, bool isConstant, string[]? strings = null, bool isState = false)
    {
        IsState = isState;
        Name = name;
        Type = type;
        Shape = shape;
        Data = data;
        IsConstant = isConstant;
        Strings = strings;
        Count = ElementCount(shape);
    }

    public string Name { get; }

    public DataType Type { get; }

    public int[] Shape { get; }

    public int Rank => Shape.Length;

    public int Count { get; }

    /// <summary>The values in row-major order (at least <see cref="Count"/> long).</summary>
    public float[] Data { get; }

    public bool IsConstant { get; }

    /// <summary>Whether this is a state input (iOS 18), which only read_state and coreml_update_state may use.</summary>
    public bool IsState { get; }

    /// <summary>The values of a string constant, else null.</summary>
    public string[]? Strings { get; }

    public Span<float> Span => Data.AsSpan(0, Count);

    public static int ElementCount(int[] shape)
    {
        long count = 1;
        foreach (int dimension in shape)
        {
            count *= dimension;
        }

        return (int)count;
    }

    public static bool IsFloat(DataType type) => type is DataType.Float16 or DataType.Float32 or DataType.Float64 or DataType.Bfloat16;
}
