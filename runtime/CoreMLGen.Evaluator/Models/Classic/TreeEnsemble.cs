using System;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// A validated tree ensemble in flat arrays (built by <see cref="TreeEnsembleCompiler"/>): the scores are the base
/// prediction plus, for every tree, the values of the leaf the input reaches.
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly int[] _roots;
    private readonly Behavior[] _behaviors;
    private readonly int[] _featureIndices;
    private readonly double[] _thresholds;
    private readonly int[] _trueChildren;
    private readonly int[] _falseChildren;
    private readonly bool[] _missingGoesTrue;
    private readonly int[] _leafStarts;
    private readonly int[] _leafDimensions;
    private readonly double[] _leafValues;
    private readonly double[] _basePrediction;

    /// <param name="roots">The root node of every tree.</param>
    /// <param name="nodes">Per node: behavior, feature index, threshold, children (node indices), missing-value direction.</param>
    /// <param name="leafStarts">Per node plus one: where its leaf contributions start in the two leaf arrays.</param>
    /// <param name="leafDimensions">The output dimension of each leaf contribution.</param>
    /// <param name="leafValues">The value of each leaf contribution.</param>
    /// <param name="basePrediction">The starting scores, one per dimension.</param>
    /// <param name="featureCount">The input length the branches need (the largest feature index plus one).</param>
    public TreeEnsemble(
        int[] roots,
        (Behavior[] Behaviors, int[] FeatureIndices, double[] Thresholds, int[] TrueChildren, int[] FalseChildren, bool[] MissingGoesTrue) nodes,
        int[] leafStarts,
        int[] leafDimensions,
        double[] leafValues,
        double[] basePrediction,
        int featureCount)
    {
        _roots = roots;
        (_behaviors, _featureIndices, _thresholds, _trueChildren, _falseChildren, _missingGoesTrue) = nodes;
        _leafStarts = leafStarts;
        _leafDimensions = leafDimensions;
        _leafValues = leafValues;
        _basePrediction = basePrediction;
        FeatureCount = featureCount;
    }

    /// <summary>The number of scores (numPredictionDimensions).</summary>
    public int Dimensions => _basePrediction.Length;

    /// <summary>The smallest input length every branch can read.</summary>
    public int FeatureCount { get; }

    /// <summary>Sums the leaves the input reaches onto the base prediction. NaN features follow missingValueTracksTrueChild.</summary>
    public void Evaluate(ReadOnlySpan<double> features, Span<double> scores)
    {
        _basePrediction.CopyTo(scores);
        foreach (int root in _roots)
        {
            int node = root;
            while (_behaviors[node] != Behavior.LeafNode)
            {
                double value = features[_featureIndices[node]];
                bool goesTrue = double.IsNaN(value) ? _missingGoesTrue[node] : Compare(_behaviors[node], value, _thresholds[node]);
                node = goesTrue ? _trueChildren[node] : _falseChildren[node];
            }

            for (int i = _leafStarts[node]; i < _leafStarts[node + 1]; i++)
            {
                scores[_leafDimensions[i]] += _leafValues[i];
            }
        }
    }

    private static bool Compare(Behavior behavior, double value, double threshold) => behavior switch
    {
        Behavior.BranchOnValueLessThanEqual => value <= threshold,
        Behavior.BranchOnValueLessThan => value < threshold,
        Behavior.BranchOnValueGreaterThanEqual => value >= threshold,
        Behavior.BranchOnValueGreaterThan => value > threshold,
        Behavior.BranchOnValueEqual => value == threshold,
        _ => value != threshold,
    };
}
