using CoreML.Specification;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>copy: the output is the input.</summary>
internal sealed class CopyLayer : ReinterpretLayer
{
    public CopyLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
    }

    protected override int[] OutputShape(int[][] inputShapes) => (int[])inputShapes[0].Clone();
}
