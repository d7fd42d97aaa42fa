using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// Parsing does not depend on options: changing a namespace, the root namespace or the compilation's backend keeps
/// every parsed descriptor cached and re-runs only the steps after it.
/// </summary>
public class OptionChangeTests
{
    private static readonly ModelInput First = DescriptorFiles.Load("AllFeatureTypes");
    private static readonly ModelInput Second = DescriptorFiles.Load("HostileNames");

    [Fact]
    public void Changing_one_item_namespace_re_resolves_and_re_emits_only_that_model()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Portable, "class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", new[] { First, Second }).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptions("TestApp", new[] { First, Second with { Namespace = "Other.Models" } }));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ParsedModels, expected: 2);
        Reasons(result, CoreMLModelGenerator.TrackingNames.ResolvedModels).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        var emits = Reasons(result, CoreMLModelGenerator.TrackingNames.EmitInputs);
        emits.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        emits.Count(IsCachedOrUnchanged).ShouldBe(1);
        result.GeneratedSources.ShouldContain(s => s.SourceText.ToString().Contains("namespace Other.Models", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_root_namespace_re_emits_without_re_parsing()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Portable, "class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", new[] { First, Second }).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptions("RenamedApp", new[] { First, Second }));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ParsedModels, expected: 2);
        Reasons(result, CoreMLModelGenerator.TrackingNames.ResolvedModels).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        Reasons(result, CoreMLModelGenerator.TrackingNames.EmitInputs).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        result.GeneratedSources.ShouldAllBe(s => !s.SourceText.ToString().Contains("namespace TestApp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TargetKind.Portable, TargetKind.Apple)]
    [InlineData(TargetKind.Apple, TargetKind.PortableWithEvaluator)]
    public void Changing_the_backend_re_emits_without_re_parsing_or_re_resolving(TargetKind before, TargetKind after)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", new[] { First, Second })
            .RunGenerators(GeneratorHarness.CreateCompilation(before, "class A { }"));

        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(after, "class A { }")).GetRunResult().Results.Single();

        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ParsedModels, expected: 2);
        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ItemOptions, expected: 2);
        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ResolvedModels, expected: 2);
        AllCachedOrUnchanged(result, CoreMLModelGenerator.TrackingNames.ModelSpecs, expected: 2);
        Reasons(result, CoreMLModelGenerator.TrackingNames.Capabilities).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        Reasons(result, CoreMLModelGenerator.TrackingNames.EmitInputs).ShouldBe(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified });
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void AllCachedOrUnchanged(GeneratorRunResult result, string step, int expected)
    {
        List<IncrementalStepRunReason> reasons = Reasons(result, step);
        reasons.Count.ShouldBe(expected, step);
        reasons.ShouldAllBe(r => IsCachedOrUnchanged(r), step);
    }

    private static bool IsCachedOrUnchanged(IncrementalStepRunReason reason)
        => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}
