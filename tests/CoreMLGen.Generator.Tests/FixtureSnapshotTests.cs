using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// Real third-party models from ../shared/fixtures, end to end: reader → descriptor → generator. The descriptor
/// and the generated code are snapshots, and the code compiles without warnings for every target.
/// </summary>
public class FixtureSnapshotTests
{
    private static readonly string SnapshotRoot = Path.Combine(Snapshot.DirectoryFor(), "Fixtures");

    public static IEnumerable<object[]> Models() => Fixtures.ModelFileNames();

    [FixtureTheory]
    [MemberData(nameof(Models))]
    public void Descriptor_and_generated_code_match_snapshots(string fileName)
    {
        ModelInput input = ModelFiles.Input(Fixtures.Model(fileName), "Models/" + fileName);
        Dictionary<string, string> files = GeneratedOutput.AllTargetsSnapshotFiles(input);
        files["model.descriptor"] = input.DescriptorText;
        Snapshot.VerifyGroup(SnapshotRoot, Path.GetFileNameWithoutExtension(fileName), files);
    }

    [FixtureTheory]
    [MemberData(nameof(Models))]
    public void Generated_code_compiles_without_warnings_on_every_target(string fileName)
    {
        ModelInput input = ModelFiles.Input(Fixtures.Model(fileName), "Models/" + fileName);
        foreach (TargetKind target in TargetKinds.All)
        {
            GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { input }, UserCode.ForFixture(fileName));
            run.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
            run.CompilationProblems.ShouldBeEmpty(target + ":\n" + GeneratedOutput.DescribeProblems(run.CompilationProblems));
        }
    }

    [FixtureFact]
    public void No_stale_snapshot_groups()
    {
        var expected = Fixtures.ModelFileNames().Select(row => Path.GetFileNameWithoutExtension((string)row[0]));

        Snapshot.StaleGroups(SnapshotRoot, expected).ShouldBeEmpty();
    }
}
