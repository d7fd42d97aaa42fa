using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// tile with static reps: output dimension d is input dimension d times reps[d] (reps shorter than the rank get
/// leading 1s). Each output dimension is read as [rep, index] with a zero stride on the rep.
/// </summary>
internal sealed class TileLayer : DataMovementLayer
{
    private readonly int[] reps;

    public TileLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 2, 1, 1)
    {
        if (InputNames.Count == 2)
        {
            throw LoadError("takes its reps from a second input; the managed evaluator supports only the static reps parameter.");
        }

        if (layer.Tile.Reps.Count == 0 || layer.Tile.Reps.Any(r => r < 1 || r > int.MaxValue))
        {
            throw LoadError("has reps [" + string.Join(", ", layer.Tile.Reps.Select(r => Text((long)r))) + "]; it needs at least one, all positive.");
        }

        reps = layer.Tile.Reps.Select(r => (int)r).ToArray();
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        if (reps.Length > input.Length)
        {
            throw ShapeError("has " + Text(reps.Length) + " reps for the input [" + ShapeMath.Format(input) + "] of lower rank.");
        }

        int rank = input.Length;
        int[] inputStrides = ShapeMath.Strides(input);
        var output = new int[rank];
        var window = new int[2 * rank];
        var sourceStrides = new int[2 * rank];
        for (int d = 0; d < rank; d++)
        {
            int r = d - (rank - reps.Length) >= 0 ? reps[d - (rank - reps.Length)] : 1;
            output[d] = checked(input[d] * r);
            window[2 * d] = r;
            window[(2 * d) + 1] = input[d];
            sourceStrides[2 * d] = 0;
            sourceStrides[(2 * d) + 1] = inputStrides[d];
        }

        var copy = new StridedCopy(window, sourceStrides, ShapeMath.Strides(window));
        return CopyPlan.Single(output, copy);
    }
}
