using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-emit nothing; editing one descriptor re-emits only that model.</summary>
public class IncrementalTests
{
    private static readonly string[] ModelSteps =
    {
        CoreMLModelGenerator.TrackingNames.ParsedModels,
        CoreMLModelGenerator.TrackingNames.ModelSpecs,
        CoreMLModelGenerator.TrackingNames.EmitInputs,
    };

    /// <summary>Steps over the compilation: re-run on every edit, but their (boolean) values must stay equal.</summary>
    private static readonly string[] CompilationSteps =
    {
        CoreMLModelGenerator.TrackingNames.EvaluatorBackend,
        CoreMLModelGenerator.TrackingNames.Capabilities,
    };

    [Theory]
    [InlineData(TargetKind.Portable)]
    [InlineData(TargetKind.Apple)]
    [InlineData(TargetKind.PortableWithEvaluator)]
    public void Unrelated_source_edit_leaves_every_model_step_cached(TargetKind target)
    {
        ModelInput[] models = { DescriptorFiles.Load("AllFeatureTypes"), DescriptorFiles.Load("HostileNames") };
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(target, "class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", models).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x; }", GeneratorHarness.ParseOptions));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in ModelSteps.Concat(CompilationSteps))
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            outputs.ShouldNotBeEmpty();
            outputs.ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged, step);
        }

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_descriptor_re_emits_only_that_model()
    {
        ModelInput first = DescriptorFiles.Load("AllFeatureTypes");
        ModelInput second = DescriptorFiles.Load("HostileNames");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Portable, "class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", new[] { first, second }, out IReadOnlyList<AdditionalText> texts).RunGenerators(compilation);

        AdditionalText oldText = texts[1];
        string changed = second.DescriptorText.Replace("optional=true type=int64", "optional=true type=double");
        changed.ShouldNotBe(second.DescriptorText);
        driver = driver.ReplaceAdditionalText(oldText, new InMemoryAdditionalText(second.DescriptorPath, changed));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var specs = result.TrackedSteps[CoreMLModelGenerator.TrackingNames.ModelSpecs].SelectMany(s => s.Outputs).ToList();
        specs.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        specs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        var emits = result.TrackedSteps[CoreMLModelGenerator.TrackingNames.EmitInputs].SelectMany(s => s.Outputs).ToList();
        emits.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
    }

    [Fact]
    public void Pipeline_values_hold_no_symbols_syntax_or_compilations()
    {
        ModelInput[] models = { DescriptorFiles.Load("AllFeatureTypes"), DescriptorFiles.Load("HostileNames") };
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", models)
            .RunGenerators(GeneratorHarness.CreateCompilation(TargetKind.Apple, "class A { }"));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        result.TrackedSteps.Keys.ShouldContain(CoreMLModelGenerator.TrackingNames.EvaluatorBackend);

        var ours = new HashSet<string>(ModelSteps.Concat(CompilationSteps));
        foreach (IncrementalGeneratorRunStep step in result.TrackedSteps.Where(s => ours.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
            {
                AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "?");
            }
        }
    }

    [Fact]
    public void Referencing_the_evaluator_changes_only_the_backend_step_and_the_emitted_code()
    {
        ModelInput[] models = { DescriptorFiles.Load("AllFeatureTypes") };
        GeneratorDriver driver = GeneratorHarness.CreateDriver("TestApp", models).RunGenerators(GeneratorHarness.CreateCompilation(TargetKind.Portable, "class A { }"));

        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(TargetKind.PortableWithEvaluator, "class A { }")).GetRunResult().Results.Single();

        result.TrackedSteps[CoreMLModelGenerator.TrackingNames.EvaluatorBackend].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified && (bool)o.Value);
        result.TrackedSteps[CoreMLModelGenerator.TrackingNames.ModelSpecs].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        result.GeneratedSources.ShouldContain(s => s.HintName.EndsWith(".Evaluator.g.cs", StringComparison.Ordinal));
    }

    private static void AssertNoRoslynObjects(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        (value is Compilation || value is ISymbol || value is SyntaxNode || value is SyntaxTree || value is SemanticModel)
            .ShouldBeFalse("step " + step + " holds a " + value.GetType().Name);

        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence)
            {
                AssertNoRoslynObjects(item, seen, step);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), seen, step);
        }
    }
}
