using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>expandDims: inserts unit dimensions at the given axes of the output (negative axes count from the output's end).</summary>
internal sealed class ExpandDimsLayer : ReinterpretLayer
{
    private readonly long[] axes;

    public ExpandDimsLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        axes = layer.ExpandDims.Axes.ToArray();
        if (axes.Length == 0)
        {
            throw LoadError("has no axes.");
        }

        if (axes.Distinct().Count() != axes.Length)
        {
            throw LoadError("lists an axis more than once: [" + string.Join(", ", axes.Select(Text)) + "].");
        }
    }

    protected override int[] OutputShape(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        int rank = input.Length + axes.Length;
        var unit = new bool[rank];
        foreach (long axis in axes)
        {
            int d = ResolveAxis(axis, rank, "output axis");
            if (unit[d])
            {
                throw ShapeError("axes [" + string.Join(", ", axes.Select(Text)) + "] name output axis " + Text(d) + " twice (output rank " + Text(rank) + ").");
            }

            unit[d] = true;
        }

        var output = new int[rank];
        for (int d = 0, i = 0; d < rank; d++)
        {
            output[d] = unit[d] ? 1 : input[i++];
        }

        return output;
    }
}
