using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Architecture.Tests;

public sealed class LayoutTests
{
    private static readonly IReadOnlyList<ProjectNode> s_projects = ProjectGraph.Read(TestPaths.RepoRoot);

    [Fact]
    public void Every_project_reference_points_the_right_way_and_there_is_no_cycle()
    {
        s_projects.Count.ShouldBeGreaterThan(10);

        LayerRules.Violations(s_projects).ShouldBeEmpty();
    }

    [Fact]
    public void Linked_source_files_count_as_dependencies()
    {
        // The descriptor writer compiles the grammar file the generator owns: the reader must see that link,
        // or a wrong-way link (say, the generator compiling a runtime file) would go unnoticed.
        s_projects.Single(project => project.Folder == "runtime/CoreMLGen.Spec").LinkedSources.ShouldContain("generator/CoreMLGen.Generator");
    }

    [Fact]
    public void The_README_layout_table_lists_every_shipped_project_and_only_folders_that_exist()
    {
        string[] entries = LayoutTableEntries();
        foreach (ProjectNode project in s_projects.Where(project => project.Room is "generator" or "runtime" or "build"))
        {
            entries.ShouldContain(
                entry => (project.Folder + "/").StartsWith(entry.TrimEnd('/') + "/", StringComparison.Ordinal) && entry.TrimEnd('/').Contains('/'),
                "README's layout table has no row for " + project.Folder + " (or for a folder under its room holding it).");
        }

        foreach (string entry in entries)
        {
            Directory.Exists(Path.Combine(TestPaths.RepoRoot, entry)).ShouldBeTrue("README's layout table names " + entry + ", which does not exist.");
        }

        foreach (string room in ProjectGraph.Rooms)
        {
            entries.ShouldContain(entry => entry == room + "/" || entry.StartsWith(room + "/", StringComparison.Ordinal), "README's layout table says nothing of " + room + "/.");
        }
    }

    private static string[] LayoutTableEntries()
    {
        string[] lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "README.md"));
        int header = Array.FindIndex(lines, line => Regex.IsMatch(line, @"^\|\s*folder\s*\|"));
        header.ShouldBeGreaterThanOrEqualTo(0, "README.md has no layout table (a table whose first column is 'folder').");
        return lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => Regex.Match(line, @"^\|\s*`([^`]+)`").Groups[1].Value)
            .Where(entry => entry.Length > 0)
            .ToArray();
    }
}
