using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace CoreMLGen.Integration.Tests;

/// <summary>Every file under a folder (hidden ones included), by relative path with forward slashes.</summary>
public static class OutputFiles
{
    public static IReadOnlyList<string> Under(string folder)
        => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList()
            : Array.Empty<string>();

    /// <summary>A file's content hash and last write time.</summary>
    public sealed record State(string Sha256, DateTime Written);

    /// <summary>Path → state of every file under the folder, to prove later builds left them alone (or rewrote them identically).</summary>
    public static IReadOnlyDictionary<string, State> Snapshot(string folder)
        => Under(folder).ToDictionary(
            path => path,
            path => new State(
                Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, path)))),
                File.GetLastWriteTimeUtc(Path.Combine(folder, path))));
}
