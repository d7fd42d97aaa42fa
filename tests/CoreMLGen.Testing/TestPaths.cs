using System;
using System.IO;

namespace CoreMLGen.Testing;

/// <summary>Where the repository and the shared fixtures are, found from the test's output folder.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>The folder holding Gen.sln.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary><c>../shared/fixtures</c> beside the repository (absent on a user's fresh clone).</summary>
    public static string SharedFixtures => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures"));

    /// <summary>The third-party model files.</summary>
    public static string FixtureModels => Path.Combine(SharedFixtures, "models");

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gen.sln not found above " + AppContext.BaseDirectory);
    }
}
