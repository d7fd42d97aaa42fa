using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>split (equal parts of axis -3) and splitND (any axis; equal parts, or the given sizes).</summary>
internal sealed class SplitLayer : DataMovementLayer
{
    private readonly long axis;
    private readonly int minRank;
    private readonly int[]? sizes;

    private SplitLayer(NeuralNetworkLayer layer, long axis, int minRank, ulong parts, IReadOnlyList<ulong> sizes)
        : base(layer, 1, 1, 1, int.MaxValue)
    {
        this.axis = axis;
        this.minRank = minRank;
        if (sizes.Count > 0)
        {
            if (sizes.Count != OutputNames.Count)
            {
                throw LoadError("has " + Text(sizes.Count) + " split sizes but " + Text(OutputNames.Count) + " outputs.");
            }

            if (sizes.Any(s => s == 0 || s > int.MaxValue))
            {
                throw LoadError("has a split size of 0 or one too large: [" + string.Join(", ", sizes.Select(s => Text((long)s))) + "].");
            }

            this.sizes = sizes.Select(s => (int)s).ToArray();
        }
        else if (parts != (ulong)OutputNames.Count)
        {
            throw LoadError("splits into " + Text((long)parts) + " parts but has " + Text(OutputNames.Count) + " outputs.");
        }
    }

    public static SplitLayer Legacy(NeuralNetworkLayer layer) =>
        new(layer, -3, 3, layer.Split.NOutputs == 0 ? (ulong)layer.Output.Count : layer.Split.NOutputs, new List<ulong>());

    public static SplitLayer Nd(NeuralNetworkLayer layer) => new(layer, layer.SplitND.Axis, 1, layer.SplitND.NumSplits, layer.SplitND.SplitSizes);

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, minRank);
        int a = ResolveAxis(axis, input.Length);
        int[] parts;
        if (sizes is not null)
        {
            if (sizes.Sum(s => (long)s) != input[a])
            {
                throw ShapeError("split sizes [" + ShapeMath.Format(sizes) + "] do not add up to dimension " + Text(a) + " of the input [" + ShapeMath.Format(input) + "].");
            }

            parts = sizes;
        }
        else
        {
            int count = OutputNames.Count;
            if (input[a] % count != 0)
            {
                throw ShapeError("cannot split dimension " + Text(a) + " of the input [" + ShapeMath.Format(input) + "] into " + Text(count) + " equal parts.");
            }

            parts = Enumerable.Repeat(input[a] / count, count).ToArray();
        }

        int[] inputStrides = ShapeMath.Strides(input);
        var outputs = new int[parts.Length][];
        var steps = new List<CopyStep>(parts.Length);
        int position = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var shape = (int[])input.Clone();
            shape[a] = parts[i];
            outputs[i] = shape;
            steps.Add(new CopyStep(0, position * inputStrides[a], i, 0, new StridedCopy(shape, inputStrides, ShapeMath.Strides(shape))));
            position += parts[i];
        }

        return new CopyPlan(outputs, steps);
    }
}
