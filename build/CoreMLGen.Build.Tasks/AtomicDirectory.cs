using System;
using System.IO;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Writes a folder (an <c>.mlpackage</c>) so that nobody ever sees half of one: the content is built in a temporary
/// sibling folder, which then takes the target's place by rename. An existing folder is first renamed aside and
/// deleted once the new one is in place (put back if the swap fails), so an interrupted build leaves the old package,
/// the new one, or none — never a mix; a missing package makes the next build convert again.
/// Writers of one target (threads, or processes such as a design-time build beside a real one) fill their temporary
/// folders in parallel but swap one at a time under a <see cref="PathLock"/>: with no two swaps interleaved, every
/// order of writers leaves exactly one intact package and no sibling folders.
/// </summary>
internal static class AtomicDirectory
{
    private const string TemporarySuffix = ".tmp";
    private const string AsideSuffix = ".old";

    public static void Write(string path, Action<string> fill)
    {
        string target = ProjectPaths.Normalize(path);
        string parent = Path.GetDirectoryName(target) ?? throw new IOException("'" + target + "' has no parent folder.");
        Directory.CreateDirectory(parent);

        // Same folder as the target, so every move is a rename on one volume.
        string temporary = SiblingName(parent, target, TemporarySuffix);
        try
        {
            Directory.CreateDirectory(temporary);
            fill(temporary);
            using (PathLock.Acquire(target))
            {
                Replace(temporary, target, parent);
            }
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    // Runs under the target's lock: nobody else moves the target or its aside folders meanwhile.
    private static void Replace(string temporary, string target, string parent)
    {
        // A writer killed mid-swap (only lock holders make aside folders) leaves one behind: it is stale now.
        foreach (string stale in Directory.EnumerateDirectories(parent, "." + Path.GetFileName(target) + ".*" + AsideSuffix))
        {
            TryDelete(stale);
        }

        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }

        string aside = SiblingName(parent, target, AsideSuffix);
        Directory.Move(target, aside);
        try
        {
            Directory.Move(temporary, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }

        TryDelete(aside);
    }

    private static string SiblingName(string parent, string target, string suffix)
        => Path.Combine(parent, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + suffix);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden folder in obj/ is harmless and `dotnet clean` removes it.
        }
    }
}
