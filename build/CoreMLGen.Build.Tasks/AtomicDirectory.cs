using System;
using System.IO;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Writes a folder (an <c>.mlpackage</c>) so that nobody ever sees half of one: the content is built in a temporary
/// sibling folder, which then takes the target's place by rename. An existing folder is first renamed aside and
/// deleted once the new one is in place (put back if the swap fails), so an interrupted build leaves the old package,
/// the new one, or none — never a mix; a missing package makes the next build convert again.
/// </summary>
internal static class AtomicDirectory
{
    // Another writer (a design-time build beside a real one, parallel builds of one project) can win a rename race;
    // retries with a short random pause settle it, even with many writers on a loaded machine.
    private const int MaxAttempts = 50;

    [ThreadStatic]
    private static Random? s_random;

    public static void Write(string path, Action<string> fill)
    {
        string target = ProjectPaths.Normalize(path);
        string parent = Path.GetDirectoryName(target) ?? throw new IOException("'" + target + "' has no parent folder.");
        Directory.CreateDirectory(parent);

        // Same folder as the target, so every move is a rename on one volume.
        string temporary = SiblingName(parent, target, "tmp");
        try
        {
            Directory.CreateDirectory(temporary);
            fill(temporary);
            Replace(temporary, target, parent);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void Replace(string temporary, string target, string parent)
    {
        for (int attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                // Writers that lost a race must not retry in lockstep.
                System.Threading.Thread.Sleep((s_random ??= new Random(Environment.CurrentManagedThreadId)).Next(1, 5 + attempt));
            }

            if (!Directory.Exists(target))
            {
                try
                {
                    Directory.Move(temporary, target);
                    return;
                }
                catch (IOException) when (attempt < MaxAttempts)
                {
                    // Someone created it meanwhile (and may have moved it away again): the next attempt sees.
                    continue;
                }
            }

            string old = SiblingName(parent, target, "old");
            try
            {
                Directory.Move(target, old);
            }
            catch (IOException) when (attempt < MaxAttempts)
            {
                // Someone moved it away meanwhile (and may already have moved theirs in: the next attempt sees).
                continue;
            }

            try
            {
                Directory.Move(temporary, target);
            }
            catch (IOException) when (attempt < MaxAttempts)
            {
                // Someone moved theirs in meanwhile (drop the old one), or the move failed (put the old one back); retry.
                if (Directory.Exists(target))
                {
                    TryDelete(old);
                }
                else
                {
                    TryRestore(old, target);
                }

                continue;
            }
            catch
            {
                TryRestore(old, target);
                throw;
            }

            TryDelete(old);
            return;
        }
    }

    private static string SiblingName(string parent, string target, string kind)
        => Path.Combine(parent, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + "." + kind);

    private static void TryRestore(string old, string target)
    {
        try
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(old, target);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The swap already failed and is reported; the next build converts again.
        }
    }

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
