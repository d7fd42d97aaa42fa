using CoreML.Specification;

namespace CoreMLGen.Evaluation.Kernels.Shape;

/// <summary>copy: the output is the input.</summary>
internal sealed class CopyKernel : ReinterpretKernel
{
    public CopyKernel(NeuralNetworkLayer layer)
        : base(layer)
    {
    }

    protected override int[] OutputShape(int[][] inputShapes) => (int[])inputShapes[0].Clone();
}
