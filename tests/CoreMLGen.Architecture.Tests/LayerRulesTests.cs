using System;
using System.Linq;
using Shouldly;
using Xunit;

namespace CoreMLGen.Architecture.Tests;

/// <summary>The rules themselves, on graphs made here: each wrong-way reference is caught, the allowed ones pass.</summary>
public sealed class LayerRulesTests
{
    private static ProjectNode Project(string folder, params string[] references) => new(folder, references, Array.Empty<string>());

    private static ProjectNode Linking(string folder, params string[] linkedFrom) => new(folder, Array.Empty<string>(), linkedFrom);

    [Theory]
    [InlineData("generator/CoreMLGen.Generator", "runtime/CoreMLGen.Runtime")]
    [InlineData("generator/CoreMLGen.Generator", "build/CoreMLGen.Build.Tasks")]
    [InlineData("runtime/CoreMLGen.Evaluator", "build/CoreMLGen.Cli")]
    [InlineData("runtime/CoreMLGen.Evaluator", "generator/CoreMLGen.Generator")]
    [InlineData("runtime/CoreMLGen.Evaluator", "tests/CoreMLGen.Testing")]
    [InlineData("build/CoreMLGen.Cli", "tests/CoreMLGen.Testing")]
    [InlineData("build/CoreMLGen.Build.Tasks", "sample/CoreMLGen.Sample")]
    [InlineData("sample/CoreMLGen.Sample", "runtime/CoreMLGen.Runtime")]
    public void A_wrong_way_reference_is_a_violation(string from, string to)
    {
        LayerRules.Violations(new[] { Project(from, to), Project(to) }).ShouldHaveSingleItem().ShouldStartWith(from + " depends on " + to);
    }

    [Theory]
    [InlineData("generator/CoreMLGen.Generator", "runtime/CoreMLGen.Spec")]
    [InlineData("runtime/CoreMLGen.Spec", "build/CoreMLGen.Build.Tasks")]
    public void A_wrong_way_linked_source_is_a_violation(string from, string to)
    {
        LayerRules.Violations(new[] { Linking(from, to), Project(to) }).ShouldHaveSingleItem().ShouldStartWith(from + " depends on " + to);
    }

    [Theory]
    [InlineData("runtime/CoreMLGen.Evaluator", "runtime/CoreMLGen.Spec")]
    [InlineData("build/CoreMLGen.Cli", "generator/CoreMLGen.Generator")]
    [InlineData("build/CoreMLGen.Cli", "runtime/CoreMLGen.Evaluator")]
    [InlineData("build/perf/CoreMLGen.Perf", "tests/CoreMLGen.Testing")]
    [InlineData("build/benchmarks/CoreMLGen.Evaluator.Benchmarks", "tests/CoreMLGen.Testing")]
    [InlineData("tests/CoreMLGen.Cli.Tests", "build/CoreMLGen.Cli")]
    public void An_allowed_reference_passes(string from, string to)
    {
        LayerRules.Violations(new[] { Project(from, to), Project(to) }).ShouldBeEmpty();
    }

    [Fact]
    public void The_generator_grammar_file_may_be_linked_into_runtime_but_not_referenced()
    {
        LayerRules.Violations(new[] { Linking("runtime/CoreMLGen.Spec", "generator/CoreMLGen.Generator"), Project("generator/CoreMLGen.Generator") }).ShouldBeEmpty();
        LayerRules.Violations(new[] { Project("runtime/CoreMLGen.Spec", "generator/CoreMLGen.Generator"), Project("generator/CoreMLGen.Generator") }).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_cycle_is_a_violation_naming_its_path()
    {
        var graph = new[]
        {
            Project("runtime/A", "runtime/B"),
            Project("runtime/B", "runtime/C"),
            Project("runtime/C", "runtime/A"),
        };

        LayerRules.Violations(graph).ShouldHaveSingleItem().ShouldBe("Cycle: runtime/A -> runtime/B -> runtime/C -> runtime/A.");
    }

    [Fact]
    public void A_chain_without_a_cycle_passes()
    {
        var graph = new[] { Project("build/A", "runtime/B"), Project("runtime/B", "runtime/C"), Project("runtime/C") };

        LayerRules.Violations(graph).ShouldBeEmpty();
    }
}
