using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>Turns a generator run into stable snapshot files: sources with the tool version scrubbed, plus diagnostics.</summary>
public static class GeneratedOutput
{
    public const string DiagnosticsFile = "diagnostics.txt";

    public static Dictionary<string, string> SnapshotFiles(GeneratorRun run)
    {
        var files = run.Sources.ToDictionary(s => s.Key, s => ScrubVersion(s.Value), StringComparer.Ordinal);
        files[DiagnosticsFile] = DescribeDiagnostics(run.GeneratorDiagnostics);
        return files;
    }

    public static string ScrubVersion(string source)
        => source.Replace("GeneratedCode(\"CoreMLGen\", \"" + ModelCodeGenerator.ToolVersion + "\")", "GeneratedCode(\"CoreMLGen\", \"{version}\")");

    /// <summary>One line per diagnostic: id, severity, location and message, sorted.</summary>
    public static string DescribeDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string where = d.Location == Location.None ? "(no location)" : span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
                return d.Id + " " + d.Severity + " " + where + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            })
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        return lines.Count == 0 ? "(none)\n" : string.Join("\n", lines) + "\n";
    }

    public static string DescribeProblems(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
