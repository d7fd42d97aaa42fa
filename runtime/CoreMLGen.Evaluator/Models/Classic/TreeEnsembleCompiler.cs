using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;
using TreeNode = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// Checks tree ensemble parameters the way Core ML does (unique node ids, existing children, one parent per node,
/// one root per tree, no cycles, leaf values inside the prediction dimensions) and flattens them.
/// </summary>
internal static class TreeEnsembleCompiler
{
    // Far above any real model; keeps the score buffers a sane size when a spec is corrupt.
    private const ulong MaxDimensions = 1 << 24;

    public static TreeEnsemble Compile(TreeEnsembleParameters? parameters, string where)
    {
        if (parameters is null)
        {
            throw new ModelLoadException(where + ": the model has no treeEnsemble parameters.");
        }

        ulong dimensions = parameters.NumPredictionDimensions;
        if (dimensions == 0 || dimensions > MaxDimensions)
        {
            throw new ModelLoadException(where + ": numPredictionDimensions is " + Text(dimensions) + "; it must be between 1 and " + Text(MaxDimensions) + ".");
        }

        double[] basePrediction = new double[dimensions];
        if (parameters.BasePredictionValue.Count == (int)dimensions)
        {
            parameters.BasePredictionValue.CopyTo(basePrediction, 0);
        }
        else if (parameters.BasePredictionValue.Count != 0)
        {
            throw new ModelLoadException(
                where + ": basePredictionValue has " + Text(parameters.BasePredictionValue.Count) + " values, but numPredictionDimensions is " + Text(dimensions) + ".");
        }

        IList<TreeNode> nodes = parameters.Nodes;
        Dictionary<(ulong Tree, ulong Node), int> indexById = IndexNodes(nodes, where);
        int featureCount = 0;
        foreach (TreeNode node in nodes)
        {
            featureCount = Math.Max(featureCount, CheckNode(node, dimensions, where));
        }

        (int[] trueChildren, int[] falseChildren, int[] parents) = LinkChildren(nodes, indexById, where);
        int[] roots = FindRoots(nodes, parents, where);
        CheckAllReachable(nodes, roots, trueChildren, falseChildren, where);

        var leafStarts = new int[nodes.Count + 1];
        var leafDimensions = new List<int>();
        var leafValues = new List<double>();
        for (int i = 0; i < nodes.Count; i++)
        {
            leafStarts[i] = leafDimensions.Count;
            if (nodes[i].NodeBehavior == Behavior.LeafNode)
            {
                foreach (TreeNode.Types.EvaluationInfo info in nodes[i].EvaluationInfo)
                {
                    leafDimensions.Add((int)info.EvaluationIndex);
                    leafValues.Add(info.EvaluationValue);
                }
            }
        }

        leafStarts[nodes.Count] = leafDimensions.Count;
        var flatNodes = (
            nodes.Select(n => n.NodeBehavior).ToArray(),
            nodes.Select(n => n.NodeBehavior == Behavior.LeafNode ? 0 : (int)n.BranchFeatureIndex).ToArray(),
            nodes.Select(n => n.BranchFeatureValue).ToArray(),
            trueChildren,
            falseChildren,
            nodes.Select(n => n.MissingValueTracksTrueChild).ToArray());
        return new TreeEnsemble(roots, flatNodes, leafStarts, leafDimensions.ToArray(), leafValues.ToArray(), basePrediction, featureCount);
    }

    private static Dictionary<(ulong Tree, ulong Node), int> IndexNodes(IList<TreeNode> nodes, string where)
    {
        var indexById = new Dictionary<(ulong Tree, ulong Node), int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (!indexById.TryAdd((nodes[i].TreeId, nodes[i].NodeId), i))
            {
                throw new ModelLoadException(Location(where, nodes[i]) + ": the node id is used twice in this tree.");
            }
        }

        return indexById;
    }

    // Checks one node's own fields; returns the input length its branch needs (0 for a leaf).
    private static int CheckNode(TreeNode node, ulong dimensions, string where)
    {
        if (!Enum.IsDefined(node.NodeBehavior))
        {
            throw new ModelLoadException(Location(where, node) + ": unknown nodeBehavior " + Text((int)node.NodeBehavior) + ".");
        }

        if (node.NodeBehavior != Behavior.LeafNode)
        {
            if (node.BranchFeatureIndex >= int.MaxValue)
            {
                throw new ModelLoadException(Location(where, node) + ": branchFeatureIndex " + Text(node.BranchFeatureIndex) + " is out of range.");
            }

            return (int)node.BranchFeatureIndex + 1;
        }

        if (node.EvaluationInfo.Count == 0)
        {
            throw new ModelLoadException(Location(where, node) + ": the leaf has no evaluationInfo values.");
        }

        var seen = new HashSet<ulong>();
        foreach (TreeNode.Types.EvaluationInfo info in node.EvaluationInfo)
        {
            if (info.EvaluationIndex >= dimensions)
            {
                throw new ModelLoadException(
                    Location(where, node) + ": evaluationIndex " + Text(info.EvaluationIndex) + " is outside the " + Text(dimensions) + " prediction dimensions.");
            }

            if (!seen.Add(info.EvaluationIndex))
            {
                throw new ModelLoadException(Location(where, node) + ": the leaf gives dimension " + Text(info.EvaluationIndex) + " more than one value.");
            }
        }

        return 0;
    }

    private static (int[] TrueChildren, int[] FalseChildren, int[] Parents) LinkChildren(
        IList<TreeNode> nodes, Dictionary<(ulong Tree, ulong Node), int> indexById, string where)
    {
        var trueChildren = new int[nodes.Count];
        var falseChildren = new int[nodes.Count];
        var parents = new int[nodes.Count];
        Array.Fill(parents, -1);
        for (int i = 0; i < nodes.Count; i++)
        {
            TreeNode node = nodes[i];
            if (node.NodeBehavior == Behavior.LeafNode)
            {
                continue;
            }

            falseChildren[i] = Child(node.FalseChildNodeId, "false");
            trueChildren[i] = Child(node.TrueChildNodeId, "true");

            int Child(ulong childId, string branch)
            {
                if (!indexById.TryGetValue((node.TreeId, childId), out int child))
                {
                    throw new ModelLoadException(
                        Location(where, node) + ": its " + branch + " child is node " + Text(childId) + ", which the tree does not have.");
                }

                if (child == i)
                {
                    throw new ModelLoadException(Location(where, node) + ": the node is its own " + branch + " child.");
                }

                if (parents[child] >= 0)
                {
                    throw new ModelLoadException(
                        Location(where, node) + ": its " + branch + " child, node " + Text(childId) + ", is already a child of node " + Text(nodes[parents[child]].NodeId) + ".");
                }

                parents[child] = i;
                return child;
            }
        }

        return (trueChildren, falseChildren, parents);
    }

    // One root (a node without a parent) per tree, in tree id order.
    private static int[] FindRoots(IList<TreeNode> nodes, int[] parents, string where)
    {
        var rootByTree = new SortedDictionary<ulong, int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (parents[i] >= 0)
            {
                continue;
            }

            if (rootByTree.TryGetValue(nodes[i].TreeId, out int other))
            {
                throw new ModelLoadException(
                    where + ": tree " + Text(nodes[i].TreeId) + " has several root nodes (nodes " + Text(nodes[other].NodeId) + " and " + Text(nodes[i].NodeId) + ").");
            }

            rootByTree.Add(nodes[i].TreeId, i);
        }

        return rootByTree.Values.ToArray();
    }

    // With one parent per node, a node no root reaches can only sit on a cycle.
    private static void CheckAllReachable(IList<TreeNode> nodes, int[] roots, int[] trueChildren, int[] falseChildren, string where)
    {
        var reached = new bool[nodes.Count];
        var pending = new Stack<int>(roots);
        while (pending.Count > 0)
        {
            int node = pending.Pop();
            reached[node] = true;
            if (nodes[node].NodeBehavior != Behavior.LeafNode)
            {
                pending.Push(trueChildren[node]);
                pending.Push(falseChildren[node]);
            }
        }

        int unreached = Array.IndexOf(reached, false);
        if (unreached >= 0)
        {
            throw new ModelLoadException(
                Location(where, nodes[unreached]) + ": no root reaches the node; its tree has a cycle.");
        }
    }

    private static string Location(string where, TreeNode node) =>
        where + ": tree " + Text(node.TreeId) + ", node " + Text(node.NodeId);

    private static string Text(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
