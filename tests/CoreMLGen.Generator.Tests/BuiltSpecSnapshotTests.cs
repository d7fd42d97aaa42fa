using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// Models built in code (<see cref="BuiltSpecCases"/>), end to end like <see cref="FixtureSnapshotTests"/>: a model
/// file or package → reader → descriptor → generator. The descriptor and the generated code are snapshots, and the
/// code compiles without warnings for every target (or, for an invalid model, the generator says why and emits nothing).
/// </summary>
public class BuiltSpecSnapshotTests
{
    private static readonly string SnapshotRoot = Path.Combine(Snapshot.DirectoryFor(), "BuiltSpecs");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (BuiltSpecCase builtCase in BuiltSpecCases.All)
        {
            data.Add(builtCase.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Descriptor_and_generated_code_match_snapshots(string name)
    {
        ModelInput input = BuiltSpecCases.Get(name).Input();
        Dictionary<string, string> files = GeneratedOutput.AllTargetsSnapshotFiles(input);
        files["model.descriptor"] = input.DescriptorText;
        Snapshot.VerifyGroup(SnapshotRoot, name, files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_warnings_on_every_target(string name)
    {
        BuiltSpecCase builtCase = BuiltSpecCases.Get(name);
        ModelInput input = builtCase.Input();
        foreach (TargetKind target in TargetKinds.All)
        {
            GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { input }, builtCase.UserSources());
            string diagnostics = target + ":\n" + GeneratedOutput.DescribeDiagnostics(run.GeneratorDiagnostics);

            foreach (string id in builtCase.ExpectedDiagnostics)
            {
                run.GeneratorDiagnostics.ShouldContain(d => d.Id == id, diagnostics);
            }

            if (run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                builtCase.ExpectedDiagnostics.ShouldContain(id => run.GeneratorDiagnostics.Any(d => d.Id == id && d.Severity == DiagnosticSeverity.Error), diagnostics);
                run.Sources.ShouldBeEmpty();
            }
            else
            {
                run.Sources.ShouldNotBeEmpty();
                run.CompilationProblems.ShouldBeEmpty(target + ":\n" + GeneratedOutput.DescribeProblems(run.CompilationProblems));
            }

            if (target == TargetKind.Apple && run.Sources.Count > 0)
            {
                // Guards the test itself: the API surface must make the generator emit the Apple layer.
                run.Sources.Keys.ShouldContain(Emitting.AppleInteropEmitter.HintName);
            }
        }
    }

    [Fact]
    public void No_stale_snapshot_groups()
    {
        Snapshot.StaleGroups(SnapshotRoot, BuiltSpecCases.All.Select(c => c.Name)).ShouldBeEmpty();
    }

    [Fact]
    public void Case_names_are_unique()
    {
        BuiltSpecCases.All.Select(c => c.Name).ShouldBeUnique();
    }
}
