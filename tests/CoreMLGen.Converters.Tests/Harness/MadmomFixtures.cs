using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Testing;

namespace CoreMLGen.Converters.Tests.Harness;

/// <summary>The madmom pickles in ../shared/fixtures/madmom (test data only, CC BY-NC-SA 4.0).</summary>
internal static class MadmomFixtures
{
    public static string Folder => Path.Combine(TestPaths.SharedFixtures, "madmom");

    public static string Path_(string fileName)
    {
        Fixtures.EnsureAvailable();
        string path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException("madmom fixture not found: " + path, path);
    }

    public static IReadOnlyList<string> BeatEnsemble =>
        Enumerable.Range(1, 8).Select(i => Path_("beats_2015_beats_blstm_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pkl")).ToArray();

    public const string OnlineLstm = "beats_2016_beats_lstm_1.pkl";

    /// <summary>Theory rows: every pickle in the folder (one placeholder row when fixtures are absent).</summary>
    public static IEnumerable<object[]> All()
    {
        if (!Directory.Exists(Folder))
        {
            return new[] { new object[] { Fixtures.MissingPlaceholder } };
        }

        return Directory.EnumerateFiles(Folder, "*.pkl").Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).Select(n => new object[] { n! });
    }
}
