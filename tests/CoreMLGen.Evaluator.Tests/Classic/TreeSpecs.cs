using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;
using TreeNode = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode;

namespace CoreMLGen.Evaluator.Tests.Classic;

/// <summary>Tree nodes and random trees for the tree ensemble tests.</summary>
internal static class TreeSpecs
{
    public static readonly Behavior[] BranchBehaviors = Enum.GetValues<Behavior>().Where(b => b != Behavior.LeafNode).ToArray();

    public static TreeNode Branch(ulong tree, ulong node, Behavior behavior, ulong feature, double value, ulong trueChild, ulong falseChild, bool missingTrue = false) => new()
    {
        TreeId = tree,
        NodeId = node,
        NodeBehavior = behavior,
        BranchFeatureIndex = feature,
        BranchFeatureValue = value,
        TrueChildNodeId = trueChild,
        FalseChildNodeId = falseChild,
        MissingValueTracksTrueChild = missingTrue,
    };

    public static TreeNode Leaf(ulong tree, ulong node, params (ulong Index, double Value)[] values)
    {
        var leaf = new TreeNode { TreeId = tree, NodeId = node, NodeBehavior = Behavior.LeafNode };
        leaf.EvaluationInfo.AddRange(values.Select(v => new TreeNode.Types.EvaluationInfo { EvaluationIndex = v.Index, EvaluationValue = v.Value }));
        return leaf;
    }

    public static TreeEnsembleParameters Parameters(ulong dimensions, IEnumerable<TreeNode> nodes, params double[] basePrediction)
    {
        var parameters = new TreeEnsembleParameters { NumPredictionDimensions = dimensions };
        parameters.Nodes.AddRange(nodes);
        parameters.BasePredictionValue.AddRange(basePrediction);
        return parameters;
    }

    /// <summary>
    /// A random ensemble: trees of random depth with random branch modes, integer thresholds (so Equal and NotEqual
    /// both happen on integer inputs), random missing-value directions, sparse leaves over the dimensions, random node
    /// ids and a shuffled node list.
    /// </summary>
    public static TreeEnsembleParameters RandomEnsemble(Random random, int trees, int features, int dimensions)
    {
        var nodes = new List<TreeNode>();
        for (int tree = 0; tree < trees; tree++)
        {
            ulong treeId = (ulong)(tree * 7 + random.Next(0, 7));
            var usedIds = new HashSet<ulong>();
            AddSubtree(random.Next(0, 5));

            ulong AddSubtree(int depth)
            {
                ulong nodeId;
                do
                {
                    nodeId = (ulong)random.Next(0, 10_000);
                }
                while (!usedIds.Add(nodeId));

                if (depth == 0)
                {
                    int count = random.Next(1, dimensions + 1);
                    (ulong, double)[] values = Enumerable.Range(0, dimensions).OrderBy(_ => random.Next()).Take(count)
                        .Select(d => ((ulong)d, random.NextDouble() * 2 - 1)).ToArray();
                    nodes.Add(Leaf(treeId, nodeId, values));
                    return nodeId;
                }

                ulong trueChild = AddSubtree(depth - 1 - random.Next(0, 2) * random.Next(0, depth));
                ulong falseChild = AddSubtree(depth - 1);
                nodes.Add(Branch(
                    treeId, nodeId, BranchBehaviors[random.Next(BranchBehaviors.Length)], (ulong)random.Next(features),
                    random.Next(0, 4) + (random.Next(3) == 0 ? 0.5 : 0), trueChild, falseChild, random.Next(2) == 0));
                return nodeId;
            }
        }

        double[] basePrediction = random.Next(2) == 0 ? Array.Empty<double>() : Enumerable.Range(0, dimensions).Select(_ => random.NextDouble() - 0.5).ToArray();
        return Parameters((ulong)dimensions, nodes.OrderBy(_ => random.Next()), basePrediction);
    }

    /// <summary>Integer features 0..4, some of them NaN (missing).</summary>
    public static double[] RandomFeatures(Random random, int count, double missingRate = 0.15) =>
        Enumerable.Range(0, count).Select(_ => random.NextDouble() < missingRate ? double.NaN : random.Next(0, 5)).ToArray();
}
