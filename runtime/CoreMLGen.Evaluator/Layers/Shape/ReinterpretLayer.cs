using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// A layer that gives input 0's values, in the same row-major order, a new shape (copy, reshapeStatic,
/// reshapeLike, flattenTo2D, squeeze, expandDims, ...): one block copy.
/// </summary>
internal abstract class ReinterpretLayer : DataMovementLayer
{
    protected ReinterpretLayer(NeuralNetworkLayer layer, int inputs = 1)
        : base(layer, inputs, inputs, 1, 1)
    {
    }

    /// <summary>The output shape for these input shapes (throws a shape error when there is none).</summary>
    protected abstract int[] OutputShape(int[][] inputShapes);

    protected sealed override CopyPlan Plan(int[][] inputShapes)
    {
        int[] output = OutputShape(inputShapes);
        int count = ShapeMath.Product(inputShapes[0]);
        if (ShapeMath.Product(output) != count)
        {
            throw ShapeError("cannot reshape [" + ShapeMath.Format(inputShapes[0]) + "] (" + Text(count) + " values) to [" + ShapeMath.Format(output) + "].");
        }

        return CopyPlan.Reinterpret(output);
    }
}
