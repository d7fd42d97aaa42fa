using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The files of an ML Program package that are embedded beside its spec off Apple platforms: every file under the root
/// model's folder except the spec itself (the <c>@model_path/…</c> files: <c>weights/weight.bin</c>), each named
/// <c>&lt;spec resource name without .mlmodel&gt;/&lt;path below that folder&gt;</c>
/// (<c>CoreMLGen.Models/Foo.mlpackage/weights/weight.bin</c>), which is where the evaluator looks for them.
/// </summary>
internal static class EmbeddedModelFiles
{
    /// <summary>A managed resource's length is a 32-bit signed number in the assembly.</summary>
    public const long MaximumBytes = int.MaxValue;

    public static IEnumerable<(string File, string ResourceName)> Of(string specFile, string specResourceName, IEnumerable<string> packageFiles)
    {
        string folder = Path.GetDirectoryName(specFile)!;
        string prefix = specResourceName.EndsWith(".mlmodel", StringComparison.OrdinalIgnoreCase)
            ? specResourceName.Substring(0, specResourceName.Length - ".mlmodel".Length) + "/"
            : specResourceName + "/";
        return packageFiles
            .Where(file => !ProjectPaths.Comparer.Equals(file, specFile) && IsBelow(file, folder))
            .Select(file => (file, prefix + Path.GetRelativePath(folder, file).Replace('\\', '/')));
    }

    private static bool IsBelow(string file, string folder)
    {
        string relative = Path.GetRelativePath(folder, file);
        return !Path.IsPathRooted(relative) && relative != ".."
            && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !relative.StartsWith("../", StringComparison.Ordinal);
    }
}
