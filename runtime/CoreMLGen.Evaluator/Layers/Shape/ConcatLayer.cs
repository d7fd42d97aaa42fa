using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// concat (axis -3, or -5 with sequenceConcat) and concatND (any axis; with interleave, the inputs take turns along
/// the axis). Every other dimension must agree.
/// </summary>
internal sealed class ConcatLayer : DataMovementLayer
{
    private readonly long axis;
    private readonly int minRank;
    private readonly bool interleave;

    private ConcatLayer(NeuralNetworkLayer layer, long axis, int minRank, bool interleave)
        : base(layer, 1, int.MaxValue, 1, 1)
    {
        this.axis = axis;
        this.minRank = minRank;
        this.interleave = interleave;
    }

    public static ConcatLayer Legacy(NeuralNetworkLayer layer) =>
        layer.Concat.SequenceConcat ? new ConcatLayer(layer, -5, 5, false) : new ConcatLayer(layer, -3, 3, false);

    public static ConcatLayer Nd(NeuralNetworkLayer layer) => new(layer, layer.ConcatND.Axis, 1, layer.ConcatND.Interleave);

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] first = inputShapes[0];
        RequireRank(first, minRank);
        int a = ResolveAxis(axis, first.Length);
        var output = (int[])first.Clone();
        output[a] = 0;
        for (int i = 0; i < inputShapes.Length; i++)
        {
            int[] shape = inputShapes[i];
            bool fits = shape.Length == first.Length;
            for (int d = 0; fits && d < shape.Length; d++)
            {
                fits = d == a ? !interleave || shape[d] == first[d] : shape[d] == first[d];
            }

            if (!fits)
            {
                throw ShapeError("input " + Text(i) + " has shape [" + ShapeMath.Format(shape) + "], which does not fit input 0's [" + ShapeMath.Format(first)
                    + "]: all dimensions but axis " + Text(a) + (interleave ? " (and, to interleave, that one too)" : string.Empty) + " must be equal.");
            }

            output[a] += shape[a];
        }

        int[] outputStrides = ShapeMath.Strides(output);
        var targetStrides = (int[])outputStrides.Clone();
        if (interleave)
        {
            targetStrides[a] *= inputShapes.Length;
        }

        var steps = new List<CopyStep>(inputShapes.Length);
        int position = 0;
        for (int i = 0; i < inputShapes.Length; i++)
        {
            int[] shape = inputShapes[i];
            var copy = new StridedCopy(shape, ShapeMath.Strides(shape), targetStrides);
            steps.Add(new CopyStep(i, 0, 0, position * outputStrides[a], copy));
            position += interleave ? 1 : shape[a];
        }

        return new CopyPlan(new[] { output }, steps);
    }
}
