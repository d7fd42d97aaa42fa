using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>Generated C# for the hand-written descriptors, on every target: snapshot, and compiles clean.</summary>
public class DescriptorSnapshotTests
{
    private const string AppleInteropHint = "CoreMLGen.AppleInterop.g.cs";

    private static readonly string SnapshotRoot = System.IO.Path.Combine(Snapshot.DirectoryFor(), "Descriptors");

    public static TheoryData<string, TargetKind> Cases()
    {
        var data = new TheoryData<string, TargetKind>();
        foreach (object[] row in DescriptorFiles.NamesAndTargets())
        {
            data.Add((string)row[0], (TargetKind)row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_matches_snapshot(string descriptor, TargetKind target)
    {
        // The shared interop file is the same for every model: one group keeps its snapshot.
        var files = GeneratedOutput.SnapshotFilesOf(target, DescriptorFiles.Load(descriptor))
            .Where(f => f.Key != AppleInteropHint || descriptor == "AllFeatureTypes")
            .ToDictionary(f => f.Key, f => f.Value);
        Snapshot.VerifyGroup(SnapshotRoot, descriptor + "." + target, files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_warnings(string descriptor, TargetKind target)
    {
        GeneratorRun run = GeneratorHarness.Run(target, DescriptorFiles.Load(descriptor));

        run.Sources.ShouldNotBeEmpty();
        if (target == TargetKind.Apple)
        {
            // Guards the test itself: the API surface must make the generator emit the Apple layer.
            run.Sources.Keys.ShouldContain(AppleInteropHint);
        }

        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Fact]
    public void No_stale_snapshot_groups()
    {
        var expected = DescriptorFiles.NamesAndTargets().Select(row => (string)row[0] + "." + row[1]);

        Snapshot.StaleGroups(SnapshotRoot, expected).ShouldBeEmpty();
    }
}
