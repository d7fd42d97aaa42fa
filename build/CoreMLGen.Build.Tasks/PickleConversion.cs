using System;
using System.Collections.Generic;
using System.IO;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Spec.Reading;
using Google.Protobuf;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// madmom pickles to a Core ML spec, read back as a model file would be: the one conversion behind <c>.pkl</c> items
/// (<see cref="PickleModels"/>) and <c>coremlgen convert</c>. No MSBuild types, so the CLI can call it.
/// </summary>
internal static class PickleConversion
{
    public const string Extension = ".pkl";

    public static bool IsPickle(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One network, or several averaged into one model
    /// named <paramref name="modelPath"/>. Null after reporting the file that failed and why (error CMLG2030).
    /// </summary>
    public static ModelReadResult? Convert(IReadOnlyList<string> paths, string modelPath, Action<string, string> fail)
    {
        var sources = new List<MadmomSource>();
        foreach (string path in paths)
        {
            try
            {
                sources.Add(MadmomSource.Load(path));
            }
            catch (Exception exception) when (exception is MadmomFormatException or IOException or UnauthorizedAccessException)
            {
                fail(path, "Cannot convert the madmom network '" + Path.GetFileName(path) + "': " + exception.Message);
                return null;
            }
        }

        try
        {
            return ModelReader.ReadSpec(MadmomConverter.Convert(sources).ToByteArray(), modelPath);
        }
        catch (MadmomFormatException exception)
        {
            fail(paths.Count == 1 ? paths[0] : modelPath, "Cannot convert " + (paths.Count == 1 ? "the madmom network" : "the madmom ensemble") + " '" + Path.GetFileName(modelPath) + "': " + exception.Message);
            return null;
        }
    }
}
