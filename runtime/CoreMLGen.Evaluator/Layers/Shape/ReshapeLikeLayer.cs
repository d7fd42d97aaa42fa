using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>reshapeLike: input 0's values in the shape of input 1 (whose values are not read).</summary>
internal sealed class ReshapeLikeLayer : ReinterpretLayer
{
    public ReshapeLikeLayer(NeuralNetworkLayer layer)
        : base(layer, inputs: 2)
    {
    }

    protected override int[] OutputShape(int[][] inputShapes) => (int[])inputShapes[1].Clone();
}
