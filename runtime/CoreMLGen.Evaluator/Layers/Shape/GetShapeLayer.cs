using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>getShape: a rank-1 tensor holding the input's dimensions.</summary>
internal sealed class GetShapeLayer : LayerAdapter
{
    public GetShapeLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs exactly 1 input and 1 output.");
        }
    }

    public override int[][] InferOutputShapes(int[][] inputShapes) => new[] { new[] { inputShapes[0].Length } };

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        int[] shape = inputs[0].Shape;
        System.Span<float> output = outputs[0].Span;
        for (int i = 0; i < shape.Length; i++)
        {
            output[i] = shape[i];
        }
    }
}
