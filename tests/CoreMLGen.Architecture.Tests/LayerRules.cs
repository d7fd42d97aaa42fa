using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Architecture.Tests;

/// <summary>
/// Which way references may point between the rooms (the README's layout table says what each room is):
/// <list type="bullet">
/// <item><c>generator/</c> depends on nothing: it runs inside the compiler with zero dependencies.</item>
/// <item><c>runtime/</c> depends only on <c>runtime/</c>: apps reference it, so it may not pull build tools in. The one
/// exception is source, not an assembly: the descriptor writer compiles the descriptor grammar file the generator owns,
/// so both sides of that contract share one definition.</item>
/// <item><c>build/</c> depends on <c>runtime/</c>, <c>generator/</c> and <c>build/</c>; the measurement programs
/// (<c>build/benchmarks</c>, <c>build/perf</c>, which ship nothing) may also use <c>tests/CoreMLGen.Testing</c>'s spec
/// builders and fixture locations.</item>
/// <item><c>tests/</c> may depend on anything; <c>sample/</c> consumes the packed packages, never projects.</item>
/// <item>No cycles.</item>
/// </list>
/// </summary>
public static class LayerRules
{
    private static readonly Dictionary<string, string[]> s_allowedRooms = new(StringComparer.Ordinal)
    {
        ["generator"] = Array.Empty<string>(),
        ["runtime"] = new[] { "runtime" },
        ["build"] = new[] { "runtime", "generator", "build" },
        ["tests"] = ProjectGraph.Rooms.Where(room => room != "sample").ToArray(),
        ["sample"] = Array.Empty<string>(),
    };

    private static readonly string[] s_measurementPrograms = { "build/benchmarks/", "build/perf/" };

    private const string TestHelpers = "tests/CoreMLGen.Testing";

    private const string Generator = "generator/CoreMLGen.Generator";

    /// <summary>Every broken rule, one sentence each; empty when the graph is sound.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<ProjectNode> projects)
    {
        var violations = new List<string>();
        foreach (ProjectNode project in projects)
        {
            foreach (string target in project.DependsOn)
            {
                bool linkedOnly = project.LinkedSources.Contains(target, StringComparer.Ordinal) && !project.References.Contains(target, StringComparer.Ordinal);
                if (!IsAllowed(project, target, linkedOnly))
                {
                    violations.Add(project.Folder + " depends on " + target + ": " + project.Room + "/ may depend on "
                        + Describe(s_allowedRooms[project.Room]) + ".");
                }
            }
        }

        violations.AddRange(Cycles(projects).Select(cycle => "Cycle: " + string.Join(" -> ", cycle) + "."));
        return violations;
    }

    private static bool IsAllowed(ProjectNode project, string target, bool linkedOnly)
    {
        string targetRoom = target.Split('/')[0];
        if (s_allowedRooms[project.Room].Contains(targetRoom, StringComparer.Ordinal))
        {
            return true;
        }

        if (linkedOnly && project.Room == "runtime" && target == Generator)
        {
            return true;
        }

        return target == TestHelpers && s_measurementPrograms.Any(prefix => (project.Folder + "/").StartsWith(prefix, StringComparison.Ordinal));
    }

    private static string Describe(string[] rooms) =>
        rooms.Length == 0 ? "no other project" : string.Join(", ", rooms.Select(room => room + "/"));

    private static IEnumerable<IReadOnlyList<string>> Cycles(IReadOnlyList<ProjectNode> projects)
    {
        Dictionary<string, IReadOnlyList<string>> edges = projects.ToDictionary(project => project.Folder, project => (IReadOnlyList<string>)project.DependsOn.ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var path = new List<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            state[node] = false;
            path.Add(node);
            foreach (string next in edges.TryGetValue(node, out IReadOnlyList<string>? targets) ? targets : Array.Empty<string>())
            {
                if (!state.TryGetValue(next, out bool done))
                {
                    Visit(next);
                }
                else if (!done)
                {
                    cycles.Add(path.Skip(path.IndexOf(next)).Append(next).ToList());
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
        }

        foreach (string node in edges.Keys.OrderBy(key => key, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }
}
