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

    /// <summary>
    /// The snapshot files of one model on every target, keyed "Target.File" (folders flattened with dots). The
    /// shared interop file is left out (the descriptor snapshots cover it), and so are the Apple and evaluator
    /// targets' files that are identical to the portable target's (see <see cref="SnapshotFilesOf"/>).
    /// </summary>
    public static Dictionary<string, string> AllTargetsSnapshotFiles(ModelInput input)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TargetKind target in TargetKinds.All)
        {
            foreach (KeyValuePair<string, string> file in SnapshotFilesOf(target, input).Where(f => f.Key != Emitting.AppleInteropEmitter.HintName))
            {
                files[target + "." + file.Key.Replace('/', '.')] = file.Value;
            }
        }

        return files;
    }

    /// <summary>
    /// The snapshot files of a run on one target. For the Apple and evaluator targets only what the backend changes:
    /// the files that are not the same on the portable target. A portable-layer file that starts to differ on a
    /// backend target then appears as a new snapshot, so nothing goes unchecked.
    /// </summary>
    public static Dictionary<string, string> SnapshotFilesOf(TargetKind target, params ModelInput[] inputs)
    {
        Dictionary<string, string> files = SnapshotFiles(GeneratorHarness.Run(target, inputs));
        if (target == TargetKind.Portable)
        {
            return files;
        }

        Dictionary<string, string> portable = SnapshotFiles(GeneratorHarness.Run(TargetKind.Portable, inputs));
        return files.Where(f => !portable.TryGetValue(f.Key, out string? same) || same != f.Value).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    public static string ScrubVersion(string source)
        => source.Replace("GeneratedCode(\"CoreMLGen\", \"" + ModelSourceEmitter.ToolVersion + "\")", "GeneratedCode(\"CoreMLGen\", \"{version}\")");

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
