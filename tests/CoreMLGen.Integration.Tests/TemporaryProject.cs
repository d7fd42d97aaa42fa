using System;
using System.IO;
using System.Linq;
using CoreMLGen.Testing;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// A throwaway project outside the repository that consumes the packed CoreMLGen package (<see cref="PackedPackage"/>)
/// exactly as a user's does: a small app written by the test, or a copy of sample/.
/// </summary>
public sealed class TemporaryProject : IDisposable
{
    private int _logs;

    private TemporaryProject(string root, string projectDirectory, string projectFileName)
    {
        Root = root;
        Directory = projectDirectory;
        ProjectFile = Path.Combine(projectDirectory, projectFileName);
    }

    /// <summary>The folder holding nuget.config (and the project folder, or folders).</summary>
    public string Root { get; }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    public string ProjectFile { get; }

    public string IntermediateDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0");

    public string DescriptorDirectory => Path.Combine(IntermediateDirectory, "coremlgen");

    public string GeneratedDirectory => Path.Combine(IntermediateDirectory, "generated", "CoreMLGen.Generator", "CoreMLGen.Generator.CoreMLModelGenerator");

    /// <summary>An app project with the given CoreMLModel items (and any other project XML) and Program.cs.</summary>
    public static TemporaryProject Create(string items, string program, string properties = "", string name = "App")
    {
        string root = NewRoot();

        // Nothing from above the temp folder applies, as in a user's own folder.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");
        TemporaryProject project = new(root, Path.Combine(root, name), name + ".csproj");
        project.WriteApp(items, program, properties);
        return project;
    }

    /// <summary>Another app project beside this one (same nuget.config), e.g. for parallel builds.</summary>
    public TemporaryProject Sibling(string name, string items, string program)
    {
        TemporaryProject sibling = new(Root, Path.Combine(Root, name), name + ".csproj");
        sibling.WriteApp(items, program, string.Empty);
        return sibling;
    }

    /// <summary>
    /// A copy of one sample app of sample/ (its project, models and Directory.*.props), restoring from the test feed —
    /// into a packages folder of its own when the test changes the extracted package.
    /// </summary>
    public static TemporaryProject CopyOfSample(bool ownPackagesFolder = false, string name = "CoreMLGen.Sample")
    {
        string root = NewRoot(ownPackagesFolder);
        string sample = Path.Combine(TestPaths.RepoRoot, "sample");
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(sample, file), Path.Combine(root, file));
        }

        CopyFolder(Path.Combine(sample, name), Path.Combine(root, name));
        return new TemporaryProject(root, Path.Combine(root, name), name + ".csproj");
    }

    public string FullPath(string relative) => Path.Combine(Directory, relative);

    /// <summary>Copies a model file or package folder into the project.</summary>
    public void Add(string source, string relative)
    {
        string target = FullPath(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (System.IO.Directory.Exists(source))
        {
            CopyFolder(source, target);
        }
        else
        {
            File.Copy(source, target);
        }
    }

    /// <summary>Runs <c>dotnet build</c> (or the given command) with a binary log, and reads it.</summary>
    public (DotnetBuild.Result Result, BuildLog Log) Build(params string[] arguments) => Run("build", arguments);

    public (DotnetBuild.Result Result, BuildLog Log) Run(string command, params string[] arguments)
    {
        string log = Path.Combine(Root, "logs", (++_logs).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + command + ".binlog");
        var all = new System.Collections.Generic.List<string> { command, ProjectFile, "-bl:" + log };
        all.AddRange(arguments);
        DotnetBuild.Result result = DotnetBuild.Run(Directory, all.ToArray());
        return (result, BuildLog.Read(log));
    }

    /// <summary>Runs the built app (Debug) and returns what it printed.</summary>
    public DotnetBuild.Result RunApp()
        => RunApp(Path.GetFileNameWithoutExtension(ProjectFile));

    /// <summary>Runs the built app (Debug) of the given assembly name with arguments.</summary>
    public DotnetBuild.Result RunApp(string assemblyName, params string[] arguments)
        => DotnetBuild.Exec(Directory, new[] { Path.Combine("bin", "Debug", "net10.0", assemblyName + ".dll") }.Concat(arguments).ToArray());

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    /// <summary>The package as this project restored it (in its own packages folder, see <see cref="CopyOfSample"/>).</summary>
    public string RestoredPackage => Path.Combine(Root, "packages", "coremlgen", PackedPackage.Instance.Version);

    private static string NewRoot(bool ownPackagesFolder = false)
    {
        string root = Path.Combine(Path.GetTempPath(), "coremlgen-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(root);
        File.WriteAllText(
            Path.Combine(root, "nuget.config"),
            ownPackagesFolder ? PackedPackage.Instance.NuGetConfigInto(Path.Combine(root, "packages")) : PackedPackage.Instance.NuGetConfig);
        return root;
    }

    private void WriteApp(string items, string program, string properties)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>IntegrationApp</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CoreMLGen" Version="{PackedPackage.Instance.Version}" />
              </ItemGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), program);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (string file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
