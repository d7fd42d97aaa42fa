using System.IO;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Testing;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>Every generator diagnostic is explained in docs/diagnostics.md and recorded in AnalyzerReleases.</summary>
public class DiagnosticDocumentationTests
{
    [Fact]
    public void Every_diagnostic_is_documented_and_release_tracked()
    {
        string docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        string releases = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "generator", "CoreMLGen.Generator", "AnalyzerReleases.Unshipped.md"));

        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            docs.ShouldContain("### " + descriptor.Id + (descriptor.DefaultSeverity == DiagnosticSeverity.Error ? ":" : " ("));
            releases.ShouldContain(descriptor.Id + " | CoreMLGen | " + descriptor.DefaultSeverity + " |");
        }

        DiagnosticDescriptors.All.Select(d => d.Id).ShouldBeUnique();
    }
}
