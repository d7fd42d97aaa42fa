using System;
using System.Collections.Generic;
using System.IO;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// Resolves a manifest item path inside a package without ever leaving it: absolute paths, <c>..</c> segments,
/// paths that resolve outside the package and symbolic links (which could point anywhere) are refused.
/// </summary>
internal static class PackagePaths
{
    public const string DataFolderName = "Data";

    public static string? ResolveRootModel(string packagePath, string itemPath, string manifestPath, ReadDiagnostics diagnostics)
    {
        string packageName = Path.GetFileName(packagePath);
        string shown = DataFolderName + "/" + itemPath;
        string? refusal = WhyUnsafe(itemPath);
        if (refusal is not null)
        {
            diagnostics.Error(
                ModelReadErrorCodes.PackagePathOutside,
                manifestPath,
                "The Manifest.json of '" + packageName + "' names root model path \"" + itemPath + "\", which " + refusal
                    + "; a package may only refer to files inside its " + DataFolderName + " folder.");
            return null;
        }

        string packageFull = Path.GetFullPath(packagePath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var segments = new List<string> { DataFolderName };
        foreach (string segment in itemPath.Split('/', '\\'))
        {
            if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        string current = packageFull;
        foreach (string segment in segments)
        {
            current = Path.Combine(current, segment);
            if (!IsInside(packageFull, current))
            {
                diagnostics.Error(
                    ModelReadErrorCodes.PackagePathOutside,
                    manifestPath,
                    "The Manifest.json of '" + packageName + "' names root model path \"" + itemPath + "\", which resolves outside the package.");
                return null;
            }

            if (IsSymbolicLink(current))
            {
                diagnostics.Error(
                    ModelReadErrorCodes.PackageSymbolicLink,
                    current,
                    "'" + packageName + "/" + RelativeTo(packageFull, current) + "' is a symbolic link; a Core ML package must hold its files itself "
                        + "(replace the link with the real file or folder).");
                return null;
            }

            if (!File.Exists(current) && !Directory.Exists(current))
            {
                break;
            }
        }

        if (!File.Exists(current) || Directory.Exists(current))
        {
            string problem = Directory.Exists(current) ? "is a folder, not a file" : "does not exist";
            diagnostics.Error(
                ModelReadErrorCodes.PackageRootModelMissing,
                manifestPath,
                "The root model file '" + shown + "' named by the Manifest.json of '" + packageName + "' " + problem + ".");
            return null;
        }

        return current;
    }

    /// <summary>True for a symbolic link (or other reparse point), including one whose target is missing.</summary>
    public static bool IsSymbolicLink(string path)
    {
        try
        {
#if NET6_0_OR_GREATER
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return true;
            }
#endif
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static string? WhyUnsafe(string itemPath)
    {
        if (itemPath.Length == 0)
        {
            return "is empty";
        }

        if (itemPath.IndexOf('\0') >= 0)
        {
            return "contains a NUL character";
        }

        bool driveQualified = itemPath.Length >= 2 && itemPath[1] == ':' && IsAsciiLetter(itemPath[0]);
        if (itemPath[0] == '/' || itemPath[0] == '\\' || driveQualified || Path.IsPathRooted(itemPath))
        {
            return "is absolute";
        }

        foreach (string segment in itemPath.Split('/', '\\'))
        {
            if (segment == "..")
            {
                return "has a '..' segment";
            }
        }

        return null;
    }

    private static bool IsInside(string folder, string path)
    {
        string full = Path.GetFullPath(path);
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string RelativeTo(string folder, string path)
        => path.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar).Replace('\\', '/');

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
