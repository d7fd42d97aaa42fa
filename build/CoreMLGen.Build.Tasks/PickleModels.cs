using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Spec.Reading;
using Google.Protobuf;
using Microsoft.Build.Framework;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// madmom pickles (<c>.pkl</c> items) as models: each is converted to a Core ML spec at build time; items that share an
/// <c>Ensemble</c> name become one model averaging their networks, named after the ensemble and placed beside its
/// first member (<c>models/beats_*.pkl</c> with <c>Ensemble="Beats"</c> is the model <c>models/Beats.pkl</c>).
/// </summary>
internal static class PickleModels
{
    public const string Extension = ".pkl";

    public static bool IsPickle(string fullPath) => fullPath.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static string EnsembleName(ITaskItem item) => item.GetMetadata(ItemMetadataNames.Ensemble).Trim();

    /// <summary>The ensemble's model path: its name beside the first member (ordinal order of the full paths).</summary>
    public static string EnsemblePath(IEnumerable<string> memberFullPaths, string name) =>
        Path.Combine(Path.GetDirectoryName(memberFullPaths.OrderBy(p => p, StringComparer.Ordinal).First())!, name + Extension);

    /// <summary>
    /// Converts the item's pickle (or its ensemble's members) and reads the spec as a model file would be; null after
    /// logging a located error (CMLG2030, against the pickle that failed).
    /// </summary>
    public static ModelReadResult? Convert(ITaskItem model, string modelPath, Action<string, string, string> logError)
    {
        string members = model.GetMetadata(ItemMetadataNames.EnsembleMembers);
        string[] paths = members.Length == 0 ? new[] { modelPath } : members.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var sources = new List<MadmomSource>();
        foreach (string path in paths)
        {
            try
            {
                sources.Add(MadmomSource.Load(path));
            }
            catch (Exception exception) when (exception is MadmomFormatException or IOException or UnauthorizedAccessException)
            {
                logError(TaskErrorCodes.PickleConversionFailed, path, "Cannot convert the madmom network '" + Path.GetFileName(path) + "': " + exception.Message);
                return null;
            }
        }

        try
        {
            return ModelReader.ReadSpec(MadmomConverter.Convert(sources).ToByteArray(), modelPath);
        }
        catch (MadmomFormatException exception)
        {
            logError(TaskErrorCodes.PickleConversionFailed, paths.Length == 1 ? paths[0] : modelPath, "Cannot convert " + (paths.Length == 1 ? "the madmom network" : "the madmom ensemble") + " '" + Path.GetFileName(modelPath) + "': " + exception.Message);
            return null;
        }
    }
}
