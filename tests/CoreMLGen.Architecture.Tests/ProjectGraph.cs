using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CoreMLGen.Architecture.Tests;

/// <summary>One project of the repository and the projects it depends on, by repository-relative folder.</summary>
/// <param name="Folder">The project's folder relative to the repository root, with '/' separators (e.g. <c>runtime/CoreMLGen.Spec</c>).</param>
/// <param name="References">Folders of the projects it references (ProjectReference).</param>
/// <param name="LinkedSources">Folders of the projects whose source files it compiles as links.</param>
public sealed record ProjectNode(string Folder, IReadOnlyList<string> References, IReadOnlyList<string> LinkedSources)
{
    /// <summary>Everything it depends on, references and linked sources alike.</summary>
    public IEnumerable<string> DependsOn => References.Concat(LinkedSources).Distinct(StringComparer.Ordinal);

    /// <summary>The top-level folder: generator, runtime, build, tests or sample.</summary>
    public string Room => Folder.Split('/')[0];
}

/// <summary>Reads every project file under the repository's rooms into <see cref="ProjectNode"/>s.</summary>
public static class ProjectGraph
{
    public static readonly string[] Rooms = { "generator", "runtime", "build", "tests", "sample" };

    public static IReadOnlyList<ProjectNode> Read(string repoRoot)
    {
        var projects = new List<ProjectNode>();
        foreach (string room in Rooms)
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(repoRoot, room), "*.csproj", SearchOption.AllDirectories))
            {
                string relative = Relative(repoRoot, file);
                if (relative.Split('/').Any(part => part is "bin" or "obj"))
                {
                    continue;
                }

                projects.Add(ReadProject(repoRoot, file));
            }
        }

        return projects.OrderBy(project => project.Folder, StringComparer.Ordinal).ToList();
    }

    private static ProjectNode ReadProject(string repoRoot, string projectFile)
    {
        string projectFolder = Path.GetDirectoryName(projectFile)!;
        XDocument document = XDocument.Load(projectFile);
        var references = new SortedSet<string>(StringComparer.Ordinal);
        foreach (XElement reference in document.Descendants("ProjectReference"))
        {
            string target = Resolve(projectFolder, (string?)reference.Attribute("Include"));
            references.Add(Relative(repoRoot, Path.GetDirectoryName(target)!));
        }

        var linkedSources = new SortedSet<string>(StringComparer.Ordinal);
        // A linked source file is a dependency on the project that owns it, just as a reference is.
        foreach (XElement compile in document.Descendants("Compile"))
        {
            string include = (string?)compile.Attribute("Include") ?? "";
            if (include.Length == 0 || include.Contains('*', StringComparison.Ordinal))
            {
                continue;
            }

            string file = Resolve(projectFolder, include);
            if (!IsUnder(file, projectFolder) && OwningProjectFolder(repoRoot, file) is string owner)
            {
                linkedSources.Add(Relative(repoRoot, owner));
            }
        }

        return new ProjectNode(Relative(repoRoot, projectFolder), references.ToList(), linkedSources.ToList());
    }

    private static string Resolve(string folder, string? include) =>
        Path.GetFullPath(Path.Combine(folder, (include ?? "").Replace('\\', '/')));

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string? OwningProjectFolder(string repoRoot, string file)
    {
        for (DirectoryInfo? directory = new FileInfo(file).Directory; directory is not null && IsUnder(directory.FullName, repoRoot); directory = directory.Parent)
        {
            if (directory.EnumerateFiles("*.csproj").Any())
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string Relative(string repoRoot, string path) =>
        Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
}
