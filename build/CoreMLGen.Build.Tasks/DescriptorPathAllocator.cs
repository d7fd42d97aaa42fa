using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Gives every model its own descriptor file under the descriptor folder, mirroring the model's project-relative
/// path so that two models with the same file name in different folders never share one. Paths that climb out of
/// the project (<c>../</c>) or live on another drive are mapped back inside the folder.
/// </summary>
internal sealed class DescriptorPathAllocator
{
    // Stand-ins for path parts that must not appear below the descriptor folder.
    private const string ParentSegment = "_parent";
    private const string ExternalFolder = "_external";

    private readonly string _descriptorDirectory;
    private readonly string _projectDirectory;
    private readonly HashSet<string> _taken = new(ProjectPaths.Comparer);

    public DescriptorPathAllocator(string descriptorDirectory, string projectDirectory)
    {
        _descriptorDirectory = ProjectPaths.Normalize(descriptorDirectory);
        _projectDirectory = ProjectPaths.Normalize(projectDirectory);
    }

    /// <summary>The full descriptor path for the model at <paramref name="modelFullPath"/>; unique among the calls on this instance.</summary>
    public string Allocate(string modelFullPath)
    {
        string relative = Path.GetRelativePath(_projectDirectory, modelFullPath);
        IEnumerable<string> segments = Path.IsPathRooted(relative)
            ? new[] { ExternalFolder, Path.GetFileName(modelFullPath) }
            : ProjectPaths.ForwardSlashes(relative).Split('/').Where(segment => segment.Length > 0 && segment != ".")
                .Select(segment => segment == ".." ? ParentSegment : segment);

        string stem = Path.Combine(_descriptorDirectory, Path.Combine(segments.ToArray()));
        string candidate = stem + DescriptorWriter.FileExtension;
        for (int suffix = 2; !_taken.Add(candidate); suffix++)
        {
            // Only reachable through a stand-in clashing with a real name; the suffix keeps both models apart.
            candidate = stem + "~" + suffix.ToString(CultureInfo.InvariantCulture) + DescriptorWriter.FileExtension;
        }

        return candidate;
    }
}
