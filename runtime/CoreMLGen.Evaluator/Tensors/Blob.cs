using System;

namespace CoreMLGen.Evaluation.Tensors;

/// <summary>
/// A dense, row-major float32 buffer with a shape: every value of a neural network while it runs. The planner
/// allocates one per blob and shape, so kernels write into buffers that already have the right size.
/// </summary>
internal sealed class Blob
{
    public Blob(params int[] shape)
        : this(shape, new float[ShapeMath.Product(shape)])
    {
    }

    public Blob(int[] shape, float[] data)
    {
        int count = ShapeMath.Product(shape);
        if (data.Length < count)
        {
            throw new ArgumentException("The buffer holds " + data.Length + " values, the shape needs " + count + ".", nameof(data));
        }

        Shape = (int[])shape.Clone();
        Data = data;
        Count = count;
    }

    /// <summary>The dimensions, outermost first (rank 5 is [Seq, Batch, C, H, W]).</summary>
    public int[] Shape { get; }

    /// <summary>The values; may be longer than <see cref="Count"/>.</summary>
    public float[] Data { get; }

    /// <summary>The number of values the shape holds.</summary>
    public int Count { get; }

    public int Rank => Shape.Length;

    public Span<float> Span => Data.AsSpan(0, Count);

    /// <summary>A dimension by index; negative indices count from the end.</summary>
    public int Dim(int axis) => Shape[axis < 0 ? Shape.Length + axis : axis];

    public override string ToString() => "Blob[" + ShapeMath.Format(Shape) + "]";
}
