using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using CoreMLGen.Testing;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// The CoreMLGen package, packed once per test run into a temporary feed from the outputs the test build already
/// made (<c>dotnet pack --no-build</c>), and a fresh packages folder for the projects that restore it: a re-pack of
/// the same version is never shadowed by an older extraction.
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
          </packageSources>
        </configuration>
        """;

    private static PackedPackage Pack()
    {
        string root = Path.Combine(Path.GetTempPath(), "coremlgen-feed-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(root, "feed");
        DotnetBuild.Result pack = DotnetBuild.Run(
            TestPaths.RepoRoot,
            "pack", Path.Combine("runtime", "CoreMLGen.Runtime", "CoreMLGen.Runtime.csproj"),
            "--no-build", "-c", Configuration, "-o", feed,
            "-p:NuspecOutputPath=" + Path.Combine(root, "nuspec") + Path.DirectorySeparatorChar);
        string? file = Directory.Exists(feed) ? Directory.EnumerateFiles(feed, "CoreMLGen.*.nupkg").SingleOrDefault() : null;
        if (pack.ExitCode != 0 || file is null)
        {
            throw new InvalidOperationException("dotnet pack of CoreMLGen failed:\n" + pack.Output);
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
