using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// reshapeStatic and rankPreservingReshape: the target shape, where 0 keeps the input's dimension at that position
/// and one -1 takes whatever count is left. rankPreservingReshape also requires the input's rank.
/// </summary>
internal sealed class ReshapeStaticLayer : ReinterpretLayer
{
    private readonly long[] target;
    private readonly bool preserveRank;

    private ReshapeStaticLayer(NeuralNetworkLayer layer, IList<long> target, bool preserveRank)
        : base(layer)
    {
        this.target = target.ToArray();
        this.preserveRank = preserveRank;
        string shape = "[" + string.Join(", ", this.target.Select(Text)) + "]";
        if (this.target.Length == 0)
        {
            throw LoadError("has an empty target shape.");
        }

        if (this.target.Any(d => d < -1 || d > int.MaxValue) || this.target.Count(d => d == -1) > 1)
        {
            throw LoadError("has target shape " + shape + "; dimensions must be positive, 0 (keep) or a single -1 (infer).");
        }
    }

    public static ReshapeStaticLayer Static(NeuralNetworkLayer layer) => new(layer, layer.ReshapeStatic.TargetShape, false);

    public static ReshapeStaticLayer RankPreserving(NeuralNetworkLayer layer) => new(layer, layer.RankPreservingReshape.TargetShape, true);

    protected override int[] OutputShape(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        if (preserveRank && input.Length != target.Length)
        {
            throw ShapeError("has a target shape of rank " + Text(target.Length) + " but the input is [" + ShapeMath.Format(input) + "].");
        }

        var output = new int[target.Length];
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < target.Length; i++)
        {
            if (target[i] == 0)
            {
                if (i >= input.Length)
                {
                    throw ShapeError("target dimension " + Text(i) + " is 0 (keep), but the input [" + ShapeMath.Format(input) + "] has no dimension " + Text(i) + ".");
                }

                output[i] = input[i];
            }
            else if (target[i] == -1)
            {
                inferred = i;
                continue;
            }
            else
            {
                output[i] = (int)target[i];
            }

            known *= output[i];
        }

        if (inferred >= 0)
        {
            long count = ShapeMath.Product(input);
            if (known == 0 || count % known != 0)
            {
                throw ShapeError("cannot infer the -1 of target shape [" + string.Join(", ", target.Select(Text)) + "] from the input [" + ShapeMath.Format(input) + "].");
            }

            output[inferred] = (int)(count / known);
        }

        return output;
    }
}
