using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;
using TreeNode = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode;

namespace CoreMLGen.Evaluator.Tests.Classic;

/// <summary>Straightforward float64 references for the classic models, written from the formulas (not the runners).</summary>
internal static class ClassicReference
{
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>Φ(x) = 1/2 + ∫0^x φ(t) dt by composite Simpson's rule (independent of the runner's erfc).</summary>
    public static double NormalCdf(double x)
    {
        const int intervals = 4000;
        double h = x / intervals;
        double sum = Pdf(0) + Pdf(x);
        for (int i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * Pdf(i * h);
        }

        return 0.5 + sum * h / 3.0;

        static double Pdf(double t) => Math.Exp(-t * t / 2) / Math.Sqrt(2 * Math.PI);
    }

    /// <summary>w_i · x + b_i for every weight row.</summary>
    public static double[] LinearScores(double[][] weights, double[] offsets, double[] x) =>
        weights.Select((row, i) => row.Zip(x, (w, v) => w * v).Sum() + offsets[i]).ToArray();

    public static double[] Softmax(double[] scores)
    {
        double[] exps = scores.Select(Math.Exp).ToArray();
        double sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }

    /// <summary>Walks every tree from its root by node id (dictionary lookups, recursion) and sums the leaves.</summary>
    public static double[] TreeScores(TreeEnsembleParameters parameters, double[] x)
    {
        var scores = new double[parameters.NumPredictionDimensions];
        for (int i = 0; i < parameters.BasePredictionValue.Count; i++)
        {
            scores[i] = parameters.BasePredictionValue[i];
        }

        Dictionary<(ulong, ulong), TreeNode> byId = parameters.Nodes.ToDictionary(n => (n.TreeId, n.NodeId));
        var children = new HashSet<(ulong, ulong)>(parameters.Nodes
            .Where(n => n.NodeBehavior != Behavior.LeafNode)
            .SelectMany(n => new[] { (n.TreeId, n.TrueChildNodeId), (n.TreeId, n.FalseChildNodeId) }));
        foreach (TreeNode root in parameters.Nodes.Where(n => !children.Contains((n.TreeId, n.NodeId))))
        {
            TreeNode leaf = Descend(root);
            foreach (TreeNode.Types.EvaluationInfo info in leaf.EvaluationInfo)
            {
                scores[info.EvaluationIndex] += info.EvaluationValue;
            }
        }

        return scores;

        TreeNode Descend(TreeNode node)
        {
            if (node.NodeBehavior == Behavior.LeafNode)
            {
                return node;
            }

            double v = x[node.BranchFeatureIndex];
            double t = node.BranchFeatureValue;
            bool goTrue = double.IsNaN(v)
                ? node.MissingValueTracksTrueChild
                : node.NodeBehavior switch
                {
                    Behavior.BranchOnValueLessThanEqual => v <= t,
                    Behavior.BranchOnValueLessThan => v < t,
                    Behavior.BranchOnValueGreaterThanEqual => v >= t,
                    Behavior.BranchOnValueGreaterThan => v > t,
                    Behavior.BranchOnValueEqual => v == t,
                    Behavior.BranchOnValueNotEqual => v != t,
                    _ => throw new InvalidOperationException(),
                };
            return Descend(byId[(node.TreeId, goTrue ? node.TrueChildNodeId : node.FalseChildNodeId)]);
        }
    }

    public static void AssertClose(double expected, double actual, string what, double tolerance = 1e-9)
    {
        double error = Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1.0);
        if (!(error <= tolerance))
        {
            throw new Xunit.Sdk.XunitException(what + ": " + actual + ", expected " + expected + " (relative error " + error + ").");
        }
    }

    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what, double tolerance = 1e-9)
    {
        if (expected.Count != actual.Count)
        {
            throw new Xunit.Sdk.XunitException(what + ": " + actual.Count + " values, expected " + expected.Count + ".");
        }

        for (int i = 0; i < expected.Count; i++)
        {
            AssertClose(expected[i], actual[i], what + "[" + i + "]", tolerance);
        }
    }
}
