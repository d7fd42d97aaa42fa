using System;
using System.IO;
using System.Text;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Writes a file so that readers (the compiler, an IDE) see either the old or the new content, never half of one:
/// the text goes to a temporary file in the same folder, which then replaces the target in one rename.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, s_utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? throw new IOException("'" + fullPath + "' has no parent folder.");
        Directory.CreateDirectory(folder);

        // Same folder as the target, so the final move is a rename on one volume.
        string temporary = Path.Combine(folder, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write itself has already failed and is reported by the caller.
        }
    }
}
