using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Gives every model its own outputs under the CoreMLGen folder in <c>obj/</c> — a descriptor file and, for a model
/// that is converted, an <c>.mlpackage</c> folder — mirroring the model's project-relative path so that two models
/// with the same file name in different folders never share one. Paths that climb out of the project (<c>../</c>)
/// or live on another drive are mapped back inside the folder. No output is ever inside another (a package folder
/// is replaced as a whole, which must not take a descriptor with it).
/// </summary>
internal sealed class OutputPathAllocator
{
    // Stand-ins for path parts that must not appear below the output folder.
    private const string ParentSegment = "_parent";
    private const string ExternalFolder = "_external";
    private const string PackageExtension = ".mlpackage";

    private readonly string _outputDirectory;
    private readonly string _projectDirectory;
    private readonly HashSet<string> _taken = new(ProjectPaths.Comparer);
    private readonly HashSet<string> _takenAncestors = new(ProjectPaths.Comparer);

    public OutputPathAllocator(string outputDirectory, string projectDirectory)
    {
        _outputDirectory = ProjectPaths.Normalize(outputDirectory);
        _projectDirectory = ProjectPaths.Normalize(projectDirectory);
    }

    /// <summary>The full descriptor path for the model at <paramref name="modelFullPath"/>; unique among the calls on this instance.</summary>
    public string AllocateDescriptor(string modelFullPath)
    {
        List<string> segments = Segments(modelFullPath).ToList();
        string stem = Path.Combine(_outputDirectory, Path.Combine(segments.ToArray()));
        return Take(
            stem + DescriptorWriter.FileExtension,
            // Only reachable through a stand-in clashing with a real name; the suffix keeps both models apart.
            suffix => stem + "~" + suffix + DescriptorWriter.FileExtension,
            suffix => Path.Combine(_outputDirectory, "~" + suffix, Path.Combine(segments.ToArray()) + DescriptorWriter.FileExtension));
    }

    /// <summary>
    /// The full path of the package folder converted from the model at <paramref name="modelFullPath"/>, named
    /// <paramref name="packageName"/><c>.mlpackage</c> in the folder mirroring the model's. The name itself is never
    /// changed (Apple's compiler names the compiled model after it): a clash moves the package into a <c>~2</c> folder.
    /// </summary>
    public string AllocatePackage(string modelFullPath, string packageName)
    {
        List<string> segments = Segments(modelFullPath).ToList();
        segments[segments.Count - 1] = packageName + PackageExtension;
        string folder = Path.Combine(_outputDirectory, Path.Combine(segments.Take(segments.Count - 1).ToArray()));
        return Take(
            Path.Combine(folder, segments[segments.Count - 1]),
            suffix => Path.Combine(folder, "~" + suffix, segments[segments.Count - 1]),
            suffix => Path.Combine(_outputDirectory, "~" + suffix, Path.Combine(segments.ToArray())));
    }

    /// <summary>
    /// The first free path: <paramref name="natural"/>, else <paramref name="nearby"/>(2, 3, …) — or, when the natural
    /// path lies inside another output (a package folder), <paramref name="apart"/>(2, 3, …), which leaves it.
    /// </summary>
    private string Take(string natural, Func<string, string> nearby, Func<string, string> apart)
    {
        Func<string, string> next = Ancestors(natural).Any(_taken.Contains) ? apart : nearby;
        string candidate = natural;
        for (int suffix = 2; !TryTake(candidate); suffix++)
        {
            candidate = next(suffix.ToString(CultureInfo.InvariantCulture));
        }

        return candidate;
    }

    private IEnumerable<string> Segments(string modelFullPath)
    {
        string relative = Path.GetRelativePath(_projectDirectory, modelFullPath);
        return Path.IsPathRooted(relative)
            ? new[] { ExternalFolder, Path.GetFileName(modelFullPath) }
            : ProjectPaths.ForwardSlashes(relative).Split('/').Where(segment => segment.Length > 0 && segment != ".")
                .Select(segment => segment == ".." ? ParentSegment : segment);
    }

    /// <summary>Takes <paramref name="path"/> unless it is taken, holds a taken path, or lies inside one.</summary>
    private bool TryTake(string path)
    {
        if (_taken.Contains(path) || _takenAncestors.Contains(path) || Ancestors(path).Any(_taken.Contains))
        {
            return false;
        }

        _taken.Add(path);
        _takenAncestors.UnionWith(Ancestors(path));
        return true;
    }

    private IEnumerable<string> Ancestors(string path)
    {
        for (string? folder = Path.GetDirectoryName(path);
             folder is not null && folder.Length > _outputDirectory.Length;
             folder = Path.GetDirectoryName(folder))
        {
            yield return folder;
        }
    }
}
