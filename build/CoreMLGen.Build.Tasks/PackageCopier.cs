using System;
using System.IO;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Copies an <c>.mlpackage</c> folder under another name, atomically (needed only where Apple's compiler must see
/// the bundle name as the folder name). Links are not followed: a package holds its files itself.
/// </summary>
internal static class PackageCopier
{
    public static void Copy(string sourcePackage, string packagePath)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        AtomicDirectory.Write(packagePath, folder =>
        {
            foreach (string file in Directory.EnumerateFiles(sourcePackage, "*", options))
            {
                string target = Path.Combine(folder, Path.GetRelativePath(sourcePackage, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);

                // Streamed, not File.Copy: the copy must be newer than its source for the next incremental check.
                using FileStream input = new(file, FileMode.Open, FileAccess.Read, FileShare.Read);
                using FileStream output = new(target, FileMode.CreateNew, FileAccess.Write);
                input.CopyTo(output);
            }
        });
    }
}
