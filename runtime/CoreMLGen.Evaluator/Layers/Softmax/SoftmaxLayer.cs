using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Softmax;

/// <summary>
/// softmax (axis -3, rank 3 or more) and softmaxND (any axis, negative counts from the end). The math is
/// <see cref="AxisSoftmax"/>.
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
        int inner = ShapeMath.Product(shape, axis + 1, shape.Length);
        AxisSoftmax.Apply(
            input.Span,
            output.Span,
            ShapeMath.Product(shape, 0, axis),
            shape[axis],
            inner,
            Scratch.Ensure(ref _maxima, inner),
            Scratch.Ensure(ref _sums, inner));
    }
}
