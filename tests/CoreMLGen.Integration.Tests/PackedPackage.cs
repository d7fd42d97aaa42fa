using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using CoreMLGen.Testing;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// The CoreMLGen package and its companions (CoreMLGen.Evaluator, CoreMLGen.Audio, CoreMLGen.GoldenVectors), packed once per test run into a temporary feed from the outputs
/// the test build already made (<c>dotnet pack --no-build</c>), and a fresh packages folder for the projects that
/// restore them: a re-pack of the same version is never shadowed by an older extraction. Their dependencies
/// (Google.Protobuf, System.Numerics.Tensors) come from this machine's NuGet packages folder, which the repository's
/// own restore filled, so the tests need no network.
/// </summary>
public sealed class PackedPackage
{
    private static readonly Lazy<PackedPackage> s_instance = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackedPackage(string root, string feed, string file)
    {
        Root = root;
        Feed = feed;
        File = file;
        Version = Path.GetFileNameWithoutExtension(file).Substring("CoreMLGen.".Length);
    }

    public static PackedPackage Instance => s_instance.Value;

    /// <summary>The configuration the tests (and so the packed assemblies) were built in.</summary>
    public static string Configuration
        => typeof(PackedPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string Root { get; }

    /// <summary>The folder holding the .nupkg (a local NuGet feed).</summary>
    public string Feed { get; }

    /// <summary>The .nupkg.</summary>
    public string File { get; }

    public string Version { get; }

    /// <summary>NuGet's packages folder for the test projects of this run.</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>A nuget.config that restores only from the feed, into <see cref="PackagesFolder"/>.</summary>
    public string NuGetConfig => NuGetConfigInto(PackagesFolder);

    /// <summary>A nuget.config that restores only from the feed, into the given packages folder.</summary>
    public string NuGetConfigInto(string packagesFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packagesFolder}" />
          </config>
          <packageSources>
            <clear />
            <add key="coremlgen-test-feed" value="{Feed}" />
            <add key="machine-packages" value="{MachinePackagesFolder}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="coremlgen-test-feed">
              <package pattern="CoreMLGen" />
              <package pattern="CoreMLGen.Evaluator" />
              <package pattern="CoreMLGen.Audio" />
              <package pattern="CoreMLGen.GoldenVectors" />
            </packageSource>
            <packageSource key="machine-packages">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    /// <summary>The NuGet packages folder the repository restored into (a folder feed NuGet can restore from).</summary>
    private static string MachinePackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static PackedPackage Pack()
    {
        string root = Path.Combine(Path.GetTempPath(), "coremlgen-feed-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(root, "feed");
        foreach (string project in new[] { "CoreMLGen.Runtime", "CoreMLGen.Evaluator", "CoreMLGen.Audio", "CoreMLGen.GoldenVectors" })
        {
            DotnetBuild.Result pack = DotnetBuild.Run(
                TestPaths.RepoRoot,
                "pack", Path.Combine("runtime", project, project + ".csproj"),
                "--no-build", "-c", Configuration, "-o", feed,
                "-p:NuspecOutputPath=" + Path.Combine(root, "nuspec", project) + Path.DirectorySeparatorChar);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack of " + project + " failed:\n" + pack.Output);
            }
        }

        // CoreMLGen.<version>.nupkg, not CoreMLGen.Evaluator.<version>.nupkg.
        string? file = Directory.EnumerateFiles(feed, "CoreMLGen.*.nupkg").SingleOrDefault(f => char.IsDigit(Path.GetFileName(f)["CoreMLGen.".Length]));
        if (file is null)
        {
            throw new InvalidOperationException("dotnet pack of CoreMLGen wrote no CoreMLGen package to " + feed + ".");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return new PackedPackage(root, feed, file);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
