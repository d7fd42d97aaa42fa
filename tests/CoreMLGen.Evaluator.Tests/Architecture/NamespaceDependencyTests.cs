using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Architecture;

/// <summary>
/// The evaluator's namespaces form a layered graph: math kernels at the bottom (no Core ML knowledge), layer adapters
/// (one namespace per layer family) above them, the runners above those, and <see cref="ModelEvaluator"/> as the
/// composition root at the top. The graph is read from the compiled assembly (see <see cref="TypeDependencies"/>).
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "CoreMLGen.Evaluation";
    private const string Kernels = Root + ".Kernels";
    private const string Layers = Root + ".Layers";

    // The public entry point builds every runner, so it is a node of its own: the root namespace's other types
    // (options, exceptions) are vocabulary every layer may use.
    private static readonly string CompositionRoot = typeof(ModelEvaluator).FullName!;

    private static readonly Assembly Evaluator = typeof(ModelEvaluator).Assembly;

    [Fact]
    public void The_namespace_graph_has_no_cycle()
    {
        Dictionary<string, HashSet<string>> graph = NamespaceGraph();
        List<string>? cycle = FindCycle(graph);
        Assert.True(cycle is null, "Namespace cycle: " + string.Join(" -> ", cycle ?? new List<string>()));
    }

    [Fact]
    public void The_graph_reader_sees_the_layers_it_is_meant_to_check()
    {
        // Guards the other tests against passing on an empty graph.
        Dictionary<string, HashSet<string>> graph = NamespaceGraph();
        Assert.Contains(Kernels, graph[Layers + ".Linear"]);
        Assert.Contains(Layers, graph[Layers + ".Convolution"]);
        Assert.Contains(Layers + ".Recurrent", graph[Root + ".NeuralNetworks"]);
        Assert.Contains(Root + ".Models", graph[CompositionRoot]);
    }

    [Fact]
    public void Math_kernels_depend_on_no_other_evaluator_namespace_and_know_nothing_of_Core_ML_params()
    {
        var wrong = new List<string>();
        foreach (Type type in EvaluatorTypes().Where(t => t.Namespace == Kernels))
        {
            foreach (Type used in TypeDependencies.Of(type))
            {
                bool evaluatorOutsideKernels = used.Assembly == Evaluator && used.Namespace != Kernels && used.Namespace is not null;
                bool coreMlSpec = used.Namespace is not null && used.Namespace.StartsWith("CoreML.Specification", StringComparison.Ordinal);
                if (evaluatorOutsideKernels || coreMlSpec)
                {
                    wrong.Add(type.Name + " uses " + used.FullName);
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong.Distinct()));
    }

    [Fact]
    public void A_layer_family_does_not_use_another_family()
    {
        Dictionary<string, HashSet<string>> graph = NamespaceGraph();
        var wrong = new List<string>();
        foreach ((string from, HashSet<string> targets) in graph.Where(e => e.Key.StartsWith(Layers + ".", StringComparison.Ordinal)))
        {
            foreach (string to in targets.Where(t => t != from && (t.StartsWith(Layers + ".", StringComparison.Ordinal) || IsRunner(t))))
            {
                wrong.Add(from + " -> " + to);
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void The_cycle_finder_reports_a_cycle()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = new() { "B" },
            ["B"] = new() { "C" },
            ["C"] = new() { "A" },
            ["D"] = new() { "A" },
        };
        Assert.Equal(new[] { "A", "B", "C", "A" }, FindCycle(graph));
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    private static bool IsRunner(string ns) => ns is Root + ".NeuralNetworks" or Root + ".Models" || ns.StartsWith(Root + ".Models.", StringComparison.Ordinal);

    private static IEnumerable<Type> EvaluatorTypes() => Evaluator.GetTypes().Where(t => t.Namespace is not null);

    private static string Node(Type type)
    {
        Type outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        return outer.FullName == CompositionRoot ? CompositionRoot : outer.Namespace!;
    }

    private static Dictionary<string, HashSet<string>> NamespaceGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Type type in EvaluatorTypes())
        {
            string from = Node(type);
            HashSet<string> targets = graph.TryGetValue(from, out HashSet<string>? existing) ? existing : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Type used in TypeDependencies.Of(type).Where(u => u.Assembly == Evaluator && u.Namespace is not null))
            {
                string to = Node(used);
                if (to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    // Depth-first search in a fixed (ordinal) order; returns the first cycle found as a closed path, or null.
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (string next in (graph.TryGetValue(node, out HashSet<string>? targets) ? targets : new HashSet<string>()).OrderBy(n => n, StringComparer.Ordinal))
            {
                int seen = state.GetValueOrDefault(next);
                if (seen == 1)
                {
                    return path.Skip(path.IndexOf(next)).Append(next).ToList();
                }

                if (seen == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (string node in graph.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}
