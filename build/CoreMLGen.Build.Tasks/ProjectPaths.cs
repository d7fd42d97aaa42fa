using System;
using System.IO;
using System.Runtime.InteropServices;

namespace CoreMLGen.Build.Tasks;

/// <summary>Path helpers shared by the tasks: normalisation, forward slashes, project-relative paths.</summary>
internal static class ProjectPaths
{
    /// <summary>How the file system compares paths: case-insensitively on Windows and macOS (their defaults).</summary>
    public static readonly StringComparer Comparer = RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
        ? StringComparer.Ordinal
        : StringComparer.OrdinalIgnoreCase;

    /// <summary>The full path without a trailing separator (a folder item may be written <c>Foo.mlpackage/</c>).</summary>
    public static string Normalize(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? string.Empty;
        return full.Length > root.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    public static string ForwardSlashes(string path) => path.Replace('\\', '/');

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="directory"/> with forward slashes; may start with <c>../</c>.</summary>
    public static string Relative(string directory, string fullPath)
        => ForwardSlashes(Path.GetRelativePath(Normalize(directory), fullPath));

    /// <summary>A Link or LogicalName as written by the user: forward slashes, no leading <c>./</c> or slash.</summary>
    public static string CleanVirtualPath(string path)
    {
        string clean = ForwardSlashes(path.Trim());
        while (clean.StartsWith("./", StringComparison.Ordinal))
        {
            clean = clean.Substring(2);
        }

        return clean.TrimStart('/');
    }

    /// <summary>The path without the extension of its last segment (<c>Models/Foo.mlmodel</c> → <c>Models/Foo</c>).</summary>
    public static string WithoutExtension(string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        int dot = trimmed.LastIndexOf('.');
        return dot > slash + 1 ? trimmed.Substring(0, dot) : trimmed;
    }
}
