using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Matches a network's preprocessing entries to its inputs at load time, refusing what prediction could not apply:
/// an entry naming no input, two entries for one input, an unnamed entry when the model has several inputs, an
/// entry on an input that is not an image, and a mean image whose size differs from the declared image's.
/// </summary>
internal static class PreprocessingCheck
{
    public static Dictionary<string, NeuralNetworkPreprocessing> ByInput(IEnumerable<NeuralNetworkPreprocessing> entries, ModelDescription description, string where)
    {
        var byInput = new Dictionary<string, NeuralNetworkPreprocessing>(StringComparer.Ordinal);
        foreach (NeuralNetworkPreprocessing entry in entries)
        {
            if (entry.FeatureName.Length == 0 && description.Input.Count != 1)
            {
                throw new ModelLoadException(where + ": a preprocessing entry names no input, and the model has " + description.Input.Count.ToString(CultureInfo.InvariantCulture) + " inputs, so which one it applies to is not defined.");
            }

            string name = entry.FeatureName.Length == 0 ? description.Input[0].Name : entry.FeatureName;
            FeatureDescription input = description.Input.FirstOrDefault(i => i.Name == name)
                ?? throw new ModelLoadException(where + ": a preprocessing entry names input '" + name + "', which the model does not have.");
            if (!byInput.TryAdd(name, entry))
            {
                throw new ModelLoadException(where + ": input '" + name + "' has two preprocessing entries; Core ML applies one per input.");
            }

            if (entry.PreprocessorCase == NeuralNetworkPreprocessing.PreprocessorOneofCase.None)
            {
                continue;
            }

            if (input.Type.TypeCase != FeatureType.TypeOneofCase.ImageType)
            {
                throw new ModelLoadException(where + ": input '" + name + "' has " + entry.PreprocessorCase + " preprocessing, which applies to images, but it is declared as " + input.Type.TypeCase + ".");
            }

            CheckMeanImage(entry, input, where);
        }

        return byInput;
    }

    private static void CheckMeanImage(NeuralNetworkPreprocessing entry, FeatureDescription input, string where)
    {
        if (entry.PreprocessorCase != NeuralNetworkPreprocessing.PreprocessorOneofCase.MeanImage)
        {
            return;
        }

        ImageFeatureType image = input.Type.ImageType;
        long expected = ImageChannels.Of(image) * image.Width * image.Height;
        int given = entry.MeanImage.MeanImage.Count;
        if (given == 0 || (image.SizeFlexibilityCase == ImageFeatureType.SizeFlexibilityOneofCase.None && given != expected))
        {
            throw new ModelLoadException(where + ": input '" + input.Name + "' has a mean image of " + given.ToString(CultureInfo.InvariantCulture)
                + " values; the declared image needs channels × height × width = " + expected.ToString(CultureInfo.InvariantCulture) + ".");
        }
    }
}
