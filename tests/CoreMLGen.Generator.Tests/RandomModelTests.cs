using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// Robustness: any model we have not seen yields code that compiles without warnings on both targets, or a clear
/// error diagnostic (and then no code). Models come from <see cref="RandomSpecGenerator"/> with fixed seeds and go
/// through the real reader, writer and generator; several models share one compilation, each in its own namespace.
/// </summary>
public class RandomModelTests
{
    private const int SeedCount = 200;
    private const int BatchSize = 25;

    /// <summary>The model reader may refuse a random spec only because it is no model at all.</summary>
    private static readonly string[] AcceptedReadErrors = { ModelReadErrorCodes.NotCoreMLModel };

    /// <summary>Generator diagnostics that must never appear for a descriptor the writer produced.</summary>
    private static readonly string[] ForbiddenGeneratorDiagnostics = { "CMLG1001", "CMLG1002", "CMLG1007", "CS8784", "CS8785" };

    private readonly ITestOutputHelper _output;

    public RandomModelTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<int> Batches()
    {
        var data = new TheoryData<int>();
        for (int batch = 0; batch < SeedCount / BatchSize; batch++)
        {
            data.Add(batch);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Random_models_compile_on_both_targets_or_get_an_error_diagnostic(int batch)
    {
        var failures = new List<string>();
        var cases = new List<RandomCase>();
        for (int seed = (batch * BatchSize) + 1; seed <= (batch + 1) * BatchSize; seed++)
        {
            RandomCase? randomCase = Prepare(seed, failures);
            if (randomCase is not null)
            {
                cases.Add(randomCase);
            }
        }

        foreach (TargetKind target in TargetKinds.All)
        {
            GeneratorRun run = GeneratorHarness.Run(target, "TestApp", cases.Select(c => c.Input).ToList());
            var claimedProblems = new HashSet<Diagnostic>();
            int generated = cases.Count(randomCase => Check(randomCase, target, run, failures, claimedProblems));

            // Guards the test itself: at least half of the random models must get code, or the emitters are hardly exercised.
            _output.WriteLine(target + ": " + generated + " of " + BatchSize + " models generated code.");
            if (generated * 2 < BatchSize)
            {
                failures.Add(target + ": only " + generated + " of " + BatchSize + " random models generated code; make the random models less often invalid.");
            }

            if (target == TargetKind.Apple && generated > 0 && !run.Sources.ContainsKey(Emitting.AppleInteropEmitter.HintName))
            {
                failures.Add("Apple: the generator did not emit the Apple layer; the API surface assembly is missing.");
            }

            foreach (Diagnostic problem in run.CompilationProblems.Where(p => !claimedProblems.Contains(p)))
            {
                failures.Add(target + ": a problem outside every model's files: " + problem);
            }

            foreach (Diagnostic diagnostic in run.GeneratorDiagnostics.Where(d => !cases.Any(c => c.Owns(d))))
            {
                failures.Add(target + ": a generator diagnostic on no model: " + diagnostic);
            }
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    [Fact]
    public void The_same_seed_gives_the_same_model()
    {
        byte[] first = new RandomSpecGenerator(42).Next("M42").Spec.ToBytes();
        byte[] second = new RandomSpecGenerator(42).Next("M42").Spec.ToBytes();

        second.ShouldBe(first);
    }

    private static RandomCase? Prepare(int seed, List<string> failures)
    {
        string stem = "M" + seed;
        string? descriptor = null;
        try
        {
            (stem, SpecBuilder spec) = new RandomSpecGenerator(seed).Next(stem);
            string relativePath = "S" + seed + "/" + stem + ".mlmodel";
            ModelReadResult result = ModelReader.ReadSpec(spec.ToBytes(), relativePath);
            if (result.Interface is null)
            {
                if (result.Errors.Count == 0 || result.Errors.Any(e => !AcceptedReadErrors.Contains(e.Code)))
                {
                    failures.Add(Header(seed, stem) + "the reader refused the model unexpectedly: " + string.Join("; ", result.Errors.Select(e => e.Code + " " + e.Message)));
                }

                return null;
            }

            descriptor = DescriptorWriter.Write(result.Interface);
            return new RandomCase(seed, stem, descriptor, new ModelInput(relativePath, descriptor, Namespace: "Seed" + seed + (seed % 4 == 0 ? ".Models" : string.Empty), Access: seed % 3 == 0 ? "internal" : string.Empty, BundleName: RandomSpecGenerator.BundleNames[seed % RandomSpecGenerator.BundleNames.Length]));
        }
        catch (Exception exception)
        {
            failures.Add(Header(seed, stem) + "exception before the generator: " + exception + (descriptor is null ? string.Empty : "\n" + descriptor));
            return null;
        }
    }

    /// <summary>Checks one model's outcome; true when it got code.</summary>
    private static bool Check(RandomCase randomCase, TargetKind target, GeneratorRun run, List<string> failures, HashSet<Diagnostic> claimedProblems)
    {
        var problems = new List<string>();
        List<Diagnostic> diagnostics = run.GeneratorDiagnostics.Where(randomCase.Owns).ToList();
        foreach (Diagnostic diagnostic in diagnostics.Where(d => ForbiddenGeneratorDiagnostics.Contains(d.Id)))
        {
            problems.Add("forbidden generator diagnostic: " + Describe(diagnostic));
        }

        List<string> sources = run.Sources.Keys.Where(randomCase.OwnsHint).ToList();
        List<Diagnostic> compilation = run.CompilationProblems
            .Where(p => p.Location.SourceTree is { } tree && randomCase.OwnsHint(Path.GetFileName(tree.FilePath)))
            .ToList();
        claimedProblems.UnionWith(compilation);

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            if (sources.Count > 0)
            {
                problems.Add("the generator reported an error but still produced " + string.Join(", ", sources));
            }
        }
        else
        {
            if (sources.Count == 0)
            {
                problems.Add("no error diagnostic, but no source either");
            }

            problems.AddRange(compilation.Take(15).Select(Describe));
        }

        if (problems.Count > 0)
        {
            failures.Add(
                Header(randomCase.Seed, randomCase.Stem) + target + ":\n  " + string.Join("\n  ", problems)
                + "\n  generator diagnostics:\n    " + string.Join("\n    ", diagnostics.Select(Describe))
                + "\n  descriptor:\n" + randomCase.Descriptor);
        }

        return sources.Count > 0;
    }

    private static string Header(int seed, string stem) => "Seed " + seed + " (" + stem + "): ";

    /// <summary>A diagnostic with the generated line it points at.</summary>
    private static string Describe(Diagnostic diagnostic)
    {
        var text = new StringBuilder(diagnostic.ToString());
        if (diagnostic.Location.SourceTree is { } tree)
        {
            int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
            text.Append("\n      > ").Append(tree.GetText().Lines[line].ToString().Trim());
        }

        return text.ToString();
    }

    private sealed record RandomCase(int Seed, string Stem, string Descriptor, ModelInput Input)
    {
        private string Folder => "/S" + Seed + "/";

        private string HintPrefix => "S" + Seed + ".";

        /// <summary>Generator diagnostics are located at the model file or its descriptor, both under the seed's folder.</summary>
        public bool Owns(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().Path?.Contains(Folder, StringComparison.Ordinal) == true;

        public bool OwnsHint(string hintName) => hintName.StartsWith(HintPrefix, StringComparison.Ordinal);
    }
}
