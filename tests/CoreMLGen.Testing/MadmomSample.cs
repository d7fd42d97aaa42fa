using System.IO;
using System.IO.Compression;
using System.Linq;
using CoreMLGen.GoldenVectors;

namespace CoreMLGen.Testing;

/// <summary>madmom's own test data in ../shared/fixtures/madmom-sample (sample.wav and what madmom made of it).</summary>
public static class MadmomSample
{
    public static string Folder => Path.Combine(TestPaths.SharedFixtures, "madmom-sample");

    public static string File(string name)
    {
        Fixtures.EnsureAvailable();
        string path = Path.Combine(Folder, name);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException("madmom sample fixture not found: " + path, path);
        }

        return path;
    }

    /// <summary>The activations madmom's BLSTM ensemble gives for sample.wav (an .npz holding activations.npy).</summary>
    public static float[] BlstmActivations()
    {
        using ZipArchive zip = ZipFile.OpenRead(File("sample.beats_blstm.npz"));
        ZipArchiveEntry entry = zip.GetEntry("activations.npy") ?? throw new InvalidDataException("sample.beats_blstm.npz has no activations.npy");
        using Stream stream = entry.Open();
        using var buffered = new MemoryStream();
        stream.CopyTo(buffered);
        buffered.Position = 0;
        NpyArray array = NpyFile.ReadArray(buffered, "activations.npy");
        return (float[])array.Data;
    }

    /// <summary>The beat times madmom's DBNBeatTracker printed for sample.wav.</summary>
    public static double[] DbnBeatTimes() => System.IO.File.ReadAllLines(File("sample.dbn_beat_tracker.txt"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => double.Parse(line, System.Globalization.CultureInfo.InvariantCulture))
        .ToArray();
}
