using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// A layer whose outputs are its inputs' values moved around. Subclasses turn input shapes into a
/// <see cref="CopyPlan"/>; this class keeps the plan of the last shapes and runs it.
/// </summary>
internal abstract class DataMovementLayer : LayerAdapter
{
    private readonly PlanCache<CopyPlan> plans;

    protected DataMovementLayer(NeuralNetworkLayer layer, int minInputs, int maxInputs, int minOutputs, int maxOutputs)
        : base(layer)
    {
        plans = new PlanCache<CopyPlan>(Plan);
        RequireCount("input", InputNames.Count, minInputs, maxInputs);
        RequireCount("output", OutputNames.Count, minOutputs, maxOutputs);
    }

    public sealed override int[][] InferOutputShapes(int[][] inputShapes)
    {
        if (inputShapes.Length != InputNames.Count)
        {
            throw ShapeError("got " + Text(inputShapes.Length) + " input shapes for " + Text(InputNames.Count) + " inputs.");
        }

        return CopyPlan.CloneShapes(plans.ForShapes(inputShapes).OutputShapes);
    }

    public sealed override void Execute(Blob[] inputs, Blob[] outputs) => plans.ForInputs(inputs).Run(inputs, outputs);

    /// <summary>The output shapes and copies for these input shapes; throws via <see cref="LayerAdapter.ShapeError"/> when they do not fit.</summary>
    protected abstract CopyPlan Plan(int[][] inputShapes);

    /// <summary>Resolves an axis (negative counts from the end) against a rank, or throws a shape error.</summary>
    protected int ResolveAxis(long axis, int rank, string what = "axis")
    {
        int resolved = ShapeMath.NormalizeAxis(axis, rank);
        if (resolved < 0)
        {
            throw ShapeError(what + " " + Text(axis) + " is out of range for an input of rank " + Text(rank) + ".");
        }

        return resolved;
    }

    /// <summary>Throws a shape error unless the input has at least <paramref name="minRank"/> (and at most <paramref name="maxRank"/>) dimensions.</summary>
    protected void RequireRank(int[] shape, int minRank, int maxRank = int.MaxValue)
    {
        if (shape.Length < minRank || shape.Length > maxRank)
        {
            string need = minRank == maxRank ? "rank " + Text(minRank)
                : maxRank == int.MaxValue ? "rank " + Text(minRank) + " or more"
                : "rank " + Text(minRank) + " to " + Text(maxRank);
            throw ShapeError("needs an input of " + need + ", got [" + ShapeMath.Format(shape) + "].");
        }
    }

    protected static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void RequireCount(string what, int count, int min, int max)
    {
        if (count < min || count > max)
        {
            string need = min == max ? Text(min) : max == int.MaxValue ? Text(min) + " or more" : Text(min) + " to " + Text(max);
            throw LoadError("has " + Text(count) + " " + what + "s; it needs " + need + ".");
        }
    }
}
