using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace CoreMLGen.Testing;

/// <summary>
/// Access to ../shared/fixtures. A user's fresh clone has no such folder: tests that need it are skipped with a
/// visible reason. CI sets REQUIRE_FIXTURES=1, which turns a missing folder into a failure.
/// </summary>
public static class Fixtures
{
    public const string MissingPlaceholder = "(fixtures missing)";

    public static bool Required => Environment.GetEnvironmentVariable("REQUIRE_FIXTURES") == "1";

    public static bool Available => Directory.Exists(TestPaths.FixtureModels);

    /// <summary>The skip reason when fixtures are absent and not required, else null.</summary>
    public static string? SkipReason => Available || Required
        ? null
        : "Needs ../shared/fixtures, which this clone does not have (set REQUIRE_FIXTURES=1 to make that a failure).";

    /// <summary>The full path of a fixture model; fails clearly when the folder is missing.</summary>
    public static string Model(string fileName)
    {
        EnsureAvailable();
        string path = Path.Combine(TestPaths.FixtureModels, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Fixture model not found: " + path, path);
        }

        return path;
    }

    /// <summary>Theory data: the file name of every fixture model (one placeholder row when absent).</summary>
    public static IEnumerable<object[]> ModelFileNames()
    {
        if (!Available)
        {
            // A theory needs a row; the placeholder fails under REQUIRE_FIXTURES and is skipped otherwise.
            return new[] { new object[] { MissingPlaceholder } };
        }

        return Directory.EnumerateFiles(TestPaths.FixtureModels, "*.mlmodel")
            .Select(Path.GetFileName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });
    }

    public static void EnsureAvailable()
    {
        if (!Available)
        {
            throw new DirectoryNotFoundException(
                "The shared fixtures are missing at " + TestPaths.FixtureModels + (Required ? " and REQUIRE_FIXTURES=1 requires them." : "."));
        }
    }
}

/// <summary>A fact that needs ../shared/fixtures (skipped with a reason when absent and not required).</summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute()
    {
        Skip = Fixtures.SkipReason;
    }
}

/// <summary>A theory that needs ../shared/fixtures (skipped with a reason when absent and not required).</summary>
public sealed class FixtureTheoryAttribute : TheoryAttribute
{
    public FixtureTheoryAttribute()
    {
        Skip = Fixtures.SkipReason;
    }
}
