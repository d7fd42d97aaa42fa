using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CoreMLGen.Cli;

/// <summary>
/// Writes one model's generated files into an output folder shared with other runs, so that every run leaves a
/// complete set from one model: the files are written into a private staging folder first; then, holding a lock file
/// in the output folder (<c>.coremlgen.lock</c>), each is moved over its target (a rename: a reader sees the old file
/// or the new, never half of one). A record of which model wrote which file (<c>.coremlgen-outputs</c>) lets a run
/// refuse to overwrite a different model's file of the same name with other content (a clash: then nothing is
/// written), and remove files that its own model no longer generates.
/// </summary>
internal static class GeneratedFilesWriter
{
    public const string LockFileName = ".coremlgen.lock";
    public const string RecordFileName = ".coremlgen-outputs";

    /// <summary>How long a run waits for another one writing into the same folder.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>Writes the files; returns their paths. A clash is a <see cref="CliUsageException"/> and changes nothing.</summary>
    public static IReadOnlyList<string> Write(string directory, string sourceModel, IReadOnlyList<GeneratedSourceResult> sources)
    {
        string output = Path.GetFullPath(directory);
        Directory.CreateDirectory(output);
        string staging = Path.Combine(output, ".coremlgen-staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (GeneratedSourceResult source in sources)
            {
                WriteAsTheCompilerDoes(Path.Combine(staging, source.HintName), source.SourceText);
            }

            using FileStream lockFile = Lock(Path.Combine(output, LockFileName));
            return Publish(output, staging, sourceModel, sources.Select(s => s.HintName).ToList());
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    // Runs under the lock: the record cannot change between the clash check and the moves.
    private static IReadOnlyList<string> Publish(string output, string staging, string sourceModel, IReadOnlyList<string> names)
    {
        string recordPath = Path.Combine(output, RecordFileName);
        Dictionary<string, HashSet<string>> owners = ReadRecord(recordPath);

        // A file of another model is a clash unless it is byte for byte what this run writes (a custom layer class two models share).
        string? clash = names.FirstOrDefault(name => owners.TryGetValue(name, out HashSet<string>? models) && !models.Contains(sourceModel)
            && !SameBytes(Path.Combine(staging, name), Path.Combine(output, name)));
        if (clash is not null)
        {
            throw new CliUsageException(Path.Combine(output, clash) + " was generated from " + string.Join(", ", owners[clash].Order(StringComparer.Ordinal)) + ", a different model than "
                + sourceModel + "; nothing was written. Generate each model into its own folder (-o), or give one another --relative-path");
        }

        var written = new List<string>();
        foreach (string name in names)
        {
            string target = Path.Combine(output, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, name), target, overwrite: true);
            Owners(owners, name).Add(sourceModel);
            written.Add(target);
        }

        // Files this model generated last time but not now (e.g. the state file of a model that lost its state), unless another model still has them.
        var current = new HashSet<string>(names, PathComparer);
        foreach (KeyValuePair<string, HashSet<string>> stale in owners.Where(pair => !current.Contains(pair.Key) && pair.Value.Contains(sourceModel)).ToList())
        {
            stale.Value.Remove(sourceModel);
            if (stale.Value.Count == 0)
            {
                File.Delete(Path.Combine(output, stale.Key));
                owners.Remove(stale.Key);
            }
        }

        WriteRecord(recordPath, owners);
        return written;
    }

    private static HashSet<string> Owners(Dictionary<string, HashSet<string>> owners, string name)
    {
        if (!owners.TryGetValue(name, out HashSet<string>? models))
        {
            models = new HashSet<string>(PathComparer);
            owners[name] = models;
        }

        return models;
    }

    private static bool SameBytes(string staged, string existing) =>
        File.Exists(existing) && File.ReadAllBytes(staged).AsSpan().SequenceEqual(File.ReadAllBytes(existing));

    // The compiler writes a generated file (EmitCompilerGeneratedFiles) in the source text's own encoding.
    private static void WriteAsTheCompilerDoes(string path, SourceText text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, text.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        text.Write(writer);
    }

    private static FileStream Lock(string path)
    {
        DateTime deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes (flock on Unix); the file itself stays.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>The record: one line per file and model, <c>file name TAB model path</c>.</summary>
    private static Dictionary<string, HashSet<string>> ReadRecord(string path)
    {
        var owners = new Dictionary<string, HashSet<string>>(PathComparer);
        if (!File.Exists(path))
        {
            return owners;
        }

        foreach (string line in File.ReadAllLines(path))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                Owners(owners, line.Substring(0, tab)).Add(line.Substring(tab + 1));
            }
        }

        return owners;
    }

    private static void WriteRecord(string path, Dictionary<string, HashSet<string>> owners)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        IEnumerable<string> lines = owners.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SelectMany(pair => pair.Value.Order(StringComparer.Ordinal).Select(model => pair.Key + "\t" + model));
        File.WriteAllLines(temporary, lines, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
