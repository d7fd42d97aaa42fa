using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Reading;
using Microsoft.Build.Framework;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// madmom pickles (<c>.pkl</c> items) as models: each is converted to a Core ML spec at build time; items that share an
/// <c>Ensemble</c> name become one model averaging their networks, named after the ensemble and placed beside its
/// first member (<c>models/beats_*.pkl</c> with <c>Ensemble="Beats"</c> is the model <c>models/Beats.pkl</c>).
/// </summary>
internal static class PickleModels
{
    public const string Extension = PickleConversion.Extension;

    public static bool IsPickle(string fullPath) => PickleConversion.IsPickle(fullPath);

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
        return PickleConversion.Convert(paths, modelPath, (file, message) => logError(TaskErrorCodes.PickleConversionFailed, file, message));
    }
}
