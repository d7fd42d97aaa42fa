using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>flattenTo2D: <c>[prod(shape[..axis]), prod(shape[axis..])]</c>; axis may be -rank..rank.</summary>
internal sealed class FlattenTo2DLayer : ReinterpretLayer
{
    private readonly long axis;

    public FlattenTo2DLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        axis = layer.FlattenTo2D.Axis;
    }

    protected override int[] OutputShape(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        // axis == rank is allowed (the spec's example: [3] with axis 1 gives [3, 1]).
        int a = axis == input.Length ? input.Length : ResolveAxis(axis, input.Length);
        return new[] { ShapeMath.Product(input, 0, a), ShapeMath.Product(input, a, input.Length) };
    }
}
