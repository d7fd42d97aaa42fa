using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace CoreMLGen.Testing;

/// <summary>
/// Snapshot files for tests: <c>*.verified.*</c> are committed; on a mismatch the actual text is written to
/// <c>*.received.*</c> beside it and the test fails with a line diff. Set COREMLGEN_ACCEPT_SNAPSHOTS=1 to accept
/// (refused when CI=true). Each test owns one folder, so files the test no longer produces are reported as stale.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "COREMLGEN_ACCEPT_SNAPSHOTS";
    private const int MaxDiffLines = 80;

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Snapshots folder beside the calling test's source file.</summary>
    public static string DirectoryFor([CallerFilePath] string callerFile = "")
        => Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, "Snapshots");

    /// <summary>
    /// A CI build (ContinuousIntegrationBuild) maps the repository root to "/_/" in compiled paths; map it back so
    /// snapshots are found where they are committed.
    /// </summary>
    private static string SourcePath(string compiledPath)
    {
        const string MappedRoot = "/_/";
        return compiledPath.StartsWith(MappedRoot, StringComparison.Ordinal) && !File.Exists(compiledPath)
            ? Path.Combine(TestPaths.RepoRoot, compiledPath.Substring(MappedRoot.Length))
            : compiledPath;
    }

    /// <summary>
    /// Verifies every file of one snapshot group: <paramref name="files"/> maps a file name such as
    /// <c>Foo.g.cs</c> to its text; verified copies live in <c>{snapshots}/{group}/Foo.g.verified.cs</c>.
    /// </summary>
    public static void VerifyGroup(string snapshotsDirectory, string group, IReadOnlyDictionary<string, string> files)
    {
        if (Accepting && OnCi)
        {
            throw new InvalidOperationException(AcceptVariable + " is refused when CI=true: accept snapshots locally and commit them.");
        }

        string directory = Path.Combine(snapshotsDirectory, group);
        var expectedVerified = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        int accepted = 0;

        foreach (KeyValuePair<string, string> file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string verifiedPath = Path.Combine(directory, WithInfix(file.Key, "verified"));
            string receivedPath = Path.Combine(directory, WithInfix(file.Key, "received"));
            expectedVerified.Add(Path.GetFileName(verifiedPath));
            string actual = Normalize(file.Value);
            string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (Accepting)
            {
                Write(verifiedPath, actual);
                File.Delete(receivedPath);
                accepted++;
                continue;
            }

            Write(receivedPath, actual);
            failures.Add(expected is null
                ? "New snapshot " + Relative(verifiedPath) + " (no verified file yet); received: " + Relative(receivedPath)
                : "Snapshot mismatch " + Relative(verifiedPath) + " (received: " + Relative(receivedPath) + ")\n" + Diff(expected, actual));
        }

        if (Directory.Exists(directory))
        {
            foreach (string stale in Directory.EnumerateFiles(directory, "*.verified.*").Where(p => !expectedVerified.Contains(Path.GetFileName(p))).OrderBy(p => p, StringComparer.Ordinal))
            {
                if (Accepting)
                {
                    File.Delete(stale);
                    accepted++;
                }
                else
                {
                    failures.Add("Stale snapshot " + Relative(stale) + ": the test no longer produces this file.");
                }
            }
        }

        if (accepted > 0)
        {
            throw new SnapshotAcceptedException("Accepted " + accepted + " snapshot change(s) in " + Relative(directory) + "; re-run without " + AcceptVariable + ".");
        }

        if (failures.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n\n", failures) + "\n\nTo accept: review the received files, then run the tests with " + AcceptVariable + "=1.");
        }
    }

    /// <summary>Verifies one file (a group of one).</summary>
    public static void Verify(string snapshotsDirectory, string group, string fileName, string content)
        => VerifyGroup(snapshotsDirectory, group, new Dictionary<string, string> { [fileName] = content });

    /// <summary>Snapshot groups (folders) under <paramref name="snapshotsDirectory"/> that no test claims.</summary>
    public static IReadOnlyList<string> StaleGroups(string snapshotsDirectory, IEnumerable<string> expectedGroups)
    {
        if (!Directory.Exists(snapshotsDirectory))
        {
            return Array.Empty<string>();
        }

        var expected = new HashSet<string>(expectedGroups, StringComparer.Ordinal);
        return Directory.EnumerateDirectories(snapshotsDirectory)
            .Select(Path.GetFileName)
            .Where(name => !expected.Contains(name!))
            .Select(name => name!)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Inserts the infix before the last extension: Foo.g.cs → Foo.g.verified.cs.</summary>
    public static string WithInfix(string fileName, string infix)
    {
        string extension = Path.GetExtension(fileName);
        string stem = fileName.Substring(0, fileName.Length - extension.Length);
        return stem + "." + infix + extension;
    }

    private static string Normalize(string text)
    {
        string normalized = text.Replace("\r\n", "\n");
        return normalized.EndsWith('\n') ? normalized : normalized + "\n";
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');

    /// <summary>A line diff: "-" expected, "+" received, with line numbers of the verified file.</summary>
    private static string Diff(string expected, string actual)
    {
        DiffResult result = new Differ().CreateLineDiffs(expected, actual, ignoreWhitespace: false);
        var builder = new StringBuilder();
        int lines = 0;
        foreach (DiffBlock block in result.DiffBlocks)
        {
            builder.Append("@@ line ").Append(block.DeleteStartA + 1).Append('\n');
            for (int i = 0; i < block.DeleteCountA && lines < MaxDiffLines; i++, lines++)
            {
                builder.Append("- ").Append(result.PiecesOld[block.DeleteStartA + i]).Append('\n');
            }

            for (int i = 0; i < block.InsertCountB && lines < MaxDiffLines; i++, lines++)
            {
                builder.Append("+ ").Append(result.PiecesNew[block.InsertStartB + i]).Append('\n');
            }

            if (lines >= MaxDiffLines)
            {
                builder.Append("… (diff truncated)\n");
                break;
            }
        }

        return builder.ToString();
    }
}

/// <summary>A snapshot differs from its verified file.</summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}

/// <summary>Snapshots were accepted; the run must be repeated without the accept switch.</summary>
public sealed class SnapshotAcceptedException : Exception
{
    public SnapshotAcceptedException(string message)
        : base(message)
    {
    }
}
