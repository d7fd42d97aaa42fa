using System;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Softmax;

/// <summary>
/// softmax (axis -3, rank 3 or more) and softmaxND (any axis, negative counts from the end). The maximum along the
/// axis is subtracted first so large inputs do not overflow; a NaN anywhere along the axis makes that slice NaN.
/// </summary>
internal sealed class SoftmaxLayer : SameShapeLayer
{
    private readonly long _axis;
    private float[] _maxima = Array.Empty<float>();
    private float[] _sums = Array.Empty<float>();

    private SoftmaxLayer(NeuralNetworkLayer layer, long axis, int minimumRank)
        : base(layer, minimumRank) => _axis = axis;

    /// <summary>The legacy softmax layer: over the channel axis -3.</summary>
    public static SoftmaxLayer Channels(NeuralNetworkLayer layer) => new(layer, -3, 3);

    /// <summary>The softmaxND layer: over the layer's axis.</summary>
    public static SoftmaxLayer Nd(NeuralNetworkLayer layer) => new(layer, layer.SoftmaxND.Axis, 1);

    protected override void CheckShape(int[] shape)
    {
        if (ShapeMath.NormalizeAxis(_axis, shape.Length) < 0)
        {
            throw ShapeError("axis " + _axis + " is out of range for an input of rank " + shape.Length + ".");
        }
    }

    protected override void Apply(Blob input, Blob output)
    {
        int[] shape = input.Shape;
        int axis = ShapeMath.NormalizeAxis(_axis, shape.Length);
        int outer = ShapeMath.Product(shape, 0, axis);
        int length = shape[axis];
        int inner = ShapeMath.Product(shape, axis + 1, shape.Length);
        ReadOnlySpan<float> x = input.Span;
        Span<float> y = output.Span;
        if (y.Length == 0)
        {
            return;
        }

        if (inner == 1)
        {
            for (int o = 0; o < outer; o++)
            {
                Contiguous(x.Slice(o * length, length), y.Slice(o * length, length));
            }

            return;
        }

        // Strided axis: work on whole rows of `inner` values at a time so every step is a vector operation.
        Span<float> maxima = Scratch.Ensure(ref _maxima, inner).AsSpan(0, inner);
        Span<float> sums = Scratch.Ensure(ref _sums, inner).AsSpan(0, inner);
        int block = length * inner;
        for (int o = 0; o < outer; o++)
        {
            ReadOnlySpan<float> xs = x.Slice(o * block, block);
            Span<float> ys = y.Slice(o * block, block);
            xs.Slice(0, inner).CopyTo(maxima);
            for (int k = 1; k < length; k++)
            {
                TensorPrimitives.Max(maxima, xs.Slice(k * inner, inner), maxima);
            }

            sums.Clear();
            for (int k = 0; k < length; k++)
            {
                Span<float> row = ys.Slice(k * inner, inner);
                TensorPrimitives.Subtract(xs.Slice(k * inner, inner), maxima, row);
                TensorPrimitives.Exp(row, row);
                TensorPrimitives.Add(sums, row, sums);
            }

            for (int k = 0; k < length; k++)
            {
                Span<float> row = ys.Slice(k * inner, inner);
                TensorPrimitives.Divide(row, sums, row);
            }
        }
    }

    private static void Contiguous(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = TensorPrimitives.Max(x);
        TensorPrimitives.Subtract(x, max, y);
        TensorPrimitives.Exp(y, y);
        float sum = TensorPrimitives.Sum(y);
        TensorPrimitives.Divide(y, sum, y);
    }
}
