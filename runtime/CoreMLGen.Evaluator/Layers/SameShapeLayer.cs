using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers;

/// <summary>A layer with one input and one output of the same shape (activations, unary functions, normalisations).</summary>
internal abstract class SameShapeLayer : LayerAdapter
{
    protected SameShapeLayer(NeuralNetworkLayer layer, int minimumRank = 0)
        : base(layer)
    {
        MinimumRank = minimumRank;
        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs exactly one input and one output, it has " + InputNames.Count + " and " + OutputNames.Count + ".");
        }
    }

    /// <summary>The smallest input rank the layer accepts.</summary>
    protected int MinimumRank { get; }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        if (inputShapes.Length != 1)
        {
            throw ShapeError("needs one input, got " + inputShapes.Length + ".");
        }

        int[] shape = inputShapes[0];
        if (shape.Length < MinimumRank)
        {
            throw ShapeError("needs an input of rank " + MinimumRank + " or more, got [" + ShapeMath.Format(shape) + "].");
        }

        CheckShape(shape);
        return new[] { (int[])shape.Clone() };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs) => Apply(inputs[0], outputs[0]);

    /// <summary>Further checks of the input shape (e.g. a per-channel parameter's length).</summary>
    protected virtual void CheckShape(int[] shape)
    {
    }

    /// <summary>Writes every value of <paramref name="output"/> (same shape as <paramref name="input"/>).</summary>
    protected abstract void Apply(Blob input, Blob output);
}
