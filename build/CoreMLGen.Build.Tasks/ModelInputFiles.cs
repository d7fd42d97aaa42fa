using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The files whose timestamps decide whether a model's descriptor is out of date: the model file itself, or every
/// file inside a <c>.mlpackage</c> folder (its Manifest.json and root model file among them).
/// </summary>
internal static class ModelInputFiles
{
    public static IReadOnlyList<string> Of(string modelFullPath)
    {
        if (!Directory.Exists(modelFullPath))
        {
            // A file, or a missing path: MSBuild then runs the target, and the write task reports it.
            return new[] { modelFullPath };
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,

            // Never follow links: a package must not contain any (the reader reports them), and a linked
            // folder could loop.
            AttributesToSkip = FileAttributes.ReparsePoint,
        };

        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(modelFullPath, "*", options)
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            files = new List<string>();
        }

        return files.Count == 0 ? new[] { modelFullPath } : files;
    }
}
