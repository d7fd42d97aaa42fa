using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// transpose (output dimension i is input dimension axes[i]) and the legacy permute, which permutes [Seq, C, H, W]
/// of a rank-5 blob and keeps the batch dimension in place.
/// </summary>
internal sealed class TransposeLayer : DataMovementLayer
{
    // Rank-5 positions of the legacy permute's four axes [Seq, C, H, W].
    private static readonly int[] PermuteAxes = { 0, 2, 3, 4 };

    private readonly int[] axes;

    private TransposeLayer(NeuralNetworkLayer layer, IReadOnlyList<ulong> axes, bool legacyPermute)
        : base(layer, 1, 1, 1, 1)
    {
        string what = legacyPermute ? "axis" : "axes";
        if (legacyPermute && axes.Count == 0)
        {
            // An unset permute axis is the identity, as the spec says.
            axes = new ulong[] { 0, 1, 2, 3 };
        }

        if (axes.Count == 0 || (legacyPermute && axes.Count != 4))
        {
            throw LoadError("has " + Text(axes.Count) + " " + what + " values; it needs a permutation of " + (legacyPermute ? "the 4 axes [Seq, C, H, W]." : "the input's axes."));
        }

        var seen = new bool[axes.Count];
        foreach (ulong a in axes)
        {
            if (a >= (ulong)axes.Count || seen[a])
            {
                throw LoadError(what + " [" + string.Join(", ", axes.Select(x => Text((long)x))) + "] is not a permutation of 0.." + Text(axes.Count - 1) + ".");
            }

            seen[a] = true;
        }

        int[] order = axes.Select(a => (int)a).ToArray();
        this.axes = legacyPermute
            ? new[] { PermuteAxes[order[0]], 1, PermuteAxes[order[1]], PermuteAxes[order[2]], PermuteAxes[order[3]] }
            : order;
    }

    public static TransposeLayer Nd(NeuralNetworkLayer layer) => new(layer, layer.Transpose.Axes, false);

    public static TransposeLayer Legacy(NeuralNetworkLayer layer) => new(layer, layer.Permute.Axis, true);

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, axes.Length, axes.Length);
        int[] inputStrides = ShapeMath.Strides(input);
        var output = new int[input.Length];
        var sourceStrides = new int[input.Length];
        for (int i = 0; i < axes.Length; i++)
        {
            output[i] = input[axes[i]];
            sourceStrides[i] = inputStrides[axes[i]];
        }

        var copy = new StridedCopy(output, sourceStrides, ShapeMath.Strides(output));
        return CopyPlan.Single(output, copy);
    }
}
