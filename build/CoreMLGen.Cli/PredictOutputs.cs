using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.GoldenVectors;

namespace CoreMLGen.Cli;

/// <summary>
/// Writes each output of a prediction to the output folder: an <c>.npy</c> per multi-array (its element type),
/// double (0-d float64) or int64 (0-d int64), a <c>.json</c> per string, dictionary or sequence. Returns one
/// summary line per output.
/// </summary>
internal static class PredictOutputs
{
    public static List<string> Write(IFeatureProvider result, IReadOnlyList<ModelFeature> declared, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = new OutputFileNames();
        var lines = new List<string>();

        // Declared outputs first, in the spec's order, then anything else the model produced.
        IEnumerable<string> featureNames = declared.Select(f => f.Name)
            .Concat(result.FeatureNames.Where(n => declared.All(f => f.Name != n)).OrderBy(n => n, System.StringComparer.Ordinal));
        foreach (string featureName in featureNames)
        {
            FeatureValue? value = result.GetFeatureValue(featureName);
            if (value is null)
            {
                lines.Add(featureName + ": not produced by the model");
                continue;
            }

            string fileName = names.For(featureName, out bool renamed);
            string note = renamed ? "; file name made file-system safe" : string.Empty;
            switch (value.Kind)
            {
                case FeatureKind.MultiArray:
                case FeatureKind.Double:
                case FeatureKind.Int64:
                {
                    NpyArray array = value.Kind switch
                    {
                        FeatureKind.MultiArray => NpyArray.FromMultiArray(value.MultiArrayValue),
                        FeatureKind.Double => NpyArray.Scalar(value.DoubleValue),
                        _ => NpyArray.Scalar(value.Int64Value),
                    };
                    string path = Path.Combine(directory, fileName + ".npy");
                    NpyFile.Write(path, array);
                    lines.Add(featureName + ": " + path + " (" + array + note + ")");
                    break;
                }

                case FeatureKind.String:
                case FeatureKind.Dictionary:
                case FeatureKind.Sequence:
                {
                    string path = Path.Combine(directory, fileName + ".json");
                    File.WriteAllBytes(path, JsonFeatureValues.Write(value));
                    lines.Add(featureName + ": " + path + " (" + JsonFeatureValues.Describe(value) + note + ")");
                    break;
                }

                default:
                    lines.Add(featureName + ": not written (" + value.Kind + " outputs are not saved by predict)");
                    break;
            }
        }

        return lines;
    }
}
