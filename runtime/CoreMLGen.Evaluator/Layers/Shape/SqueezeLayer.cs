using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// squeeze: removes the given unit dimensions (negative axes count from the end), or with squeezeAll every unit
/// dimension. A result of rank 0 is [1], as the spec keeps rank 1 for rank-1 inputs.
/// </summary>
internal sealed class SqueezeLayer : ReinterpretLayer
{
    private readonly long[] axes;
    private readonly bool all;

    public SqueezeLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        axes = layer.Squeeze.Axes.ToArray();
        all = layer.Squeeze.SqueezeAll;
        if (!all && axes.Length == 0)
        {
            throw LoadError("has no axes and squeezeAll is false.");
        }

        if (axes.Distinct().Count() != axes.Length)
        {
            throw LoadError("lists an axis more than once: [" + string.Join(", ", axes.Select(Text)) + "].");
        }
    }

    protected override int[] OutputShape(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        var remove = new bool[input.Length];
        if (all)
        {
            for (int d = 0; d < input.Length; d++)
            {
                remove[d] = input[d] == 1;
            }
        }
        else
        {
            foreach (long axis in axes)
            {
                int d = ResolveAxis(axis, input.Length);
                if (remove[d] || input[d] != 1)
                {
                    throw ShapeError("cannot squeeze axis " + Text(axis) + " of the input [" + ShapeMath.Format(input) + "]: it is not a single unit dimension.");
                }

                remove[d] = true;
            }
        }

        var output = new List<int>(input.Length);
        for (int d = 0; d < input.Length; d++)
        {
            if (!remove[d])
            {
                output.Add(input[d]);
            }
        }

        if (output.Count == 0)
        {
            output.Add(1);
        }

        return output.ToArray();
    }
}
