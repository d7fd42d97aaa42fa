using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>A strided window of an input: per dimension a first index, a step (may be negative) and a length.</summary>
internal static class SliceWindow
{
    /// <summary>The copy of the window, read from offset <paramref name="sourceOffset"/>, into a dense buffer of the window's size.</summary>
    public static StridedCopy Copy(int[] inputShape, int[] begin, int[] step, int[] lengths, out int sourceOffset)
    {
        int[] inputStrides = ShapeMath.Strides(inputShape);
        var sourceStrides = new int[inputShape.Length];
        sourceOffset = 0;
        for (int d = 0; d < inputShape.Length; d++)
        {
            sourceStrides[d] = inputStrides[d] * step[d];
            sourceOffset += begin[d] * inputStrides[d];
        }

        return new StridedCopy(lengths, sourceStrides, ShapeMath.Strides(lengths));
    }

    /// <summary>A one-step plan that copies the window of input 0 into output 0 (whose shape may drop unit dimensions of the window).</summary>
    public static CopyPlan Plan(int[] inputShape, int[] begin, int[] step, int[] lengths, int[] outputShape)
    {
        StridedCopy copy = Copy(inputShape, begin, step, lengths, out int offset);
        return CopyPlan.Single(outputShape, copy, offset);
    }

    /// <summary>The whole input: first index 0, step 1, full length on every dimension.</summary>
    public static (int[] Begin, int[] Step, int[] Lengths) Whole(int[] inputShape)
    {
        var begin = new int[inputShape.Length];
        var step = new int[inputShape.Length];
        System.Array.Fill(step, 1);
        return (begin, step, (int[])inputShape.Clone());
    }
}
