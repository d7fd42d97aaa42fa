using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models;

/// <summary>
/// The outputs every classifier shares: the predicted label (the class with the highest probability; the first on a
/// tie) under <c>predictedFeatureName</c>, and the probabilities by label under <c>predictedProbabilitiesName</c>
/// (a dictionary, or a multi-array in label order when the spec declares one).
/// </summary>
internal sealed class ClassifierOutput
{
    private ClassifierOutput(string[]? stringLabels, long[]? int64Labels)
    {
        StringLabels = stringLabels;
        Int64Labels = int64Labels;
    }

    public string[]? StringLabels { get; }

    public long[]? Int64Labels { get; }

    public int Count => StringLabels?.Length ?? Int64Labels!.Length;

    /// <summary>Labels from a string or int64 vector; a load error when there are none.</summary>
    public static ClassifierOutput FromLabels(StringVector? strings, Int64Vector? integers, string where)
    {
        if (strings is not null && strings.Vector.Count > 0)
        {
            return new ClassifierOutput(strings.Vector.ToArray(), null);
        }

        if (integers is not null && integers.Vector.Count > 0)
        {
            return new ClassifierOutput(null, integers.Vector.ToArray());
        }

        throw new ModelLoadException(where + ": the classifier declares no class labels.");
    }

    /// <summary>Adds the label and probability outputs the description names.</summary>
    public void Write(FeatureSet features, ModelDescription description, ReadOnlySpan<double> probabilities)
    {
        if (probabilities.Length != Count)
        {
            throw new CoreMLException("The classifier produced " + probabilities.Length + " scores for " + Count + " class labels.");
        }

        int best = 0;
        for (int i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        if (description.PredictedFeatureName.Length > 0)
        {
            features[description.PredictedFeatureName] = StringLabels is not null
                ? FeatureValue.FromString(StringLabels[best])
                : FeatureValue.FromInt64(Int64Labels![best]);
        }

        string probabilitiesName = description.PredictedProbabilitiesName;
        if (probabilitiesName.Length == 0)
        {
            return;
        }

        FeatureDescription? declared = description.Output.FirstOrDefault(o => o.Name == probabilitiesName);
        if (declared?.Type?.TypeCase == FeatureType.TypeOneofCase.MultiArrayType)
        {
            // In label order, as the declared element type (double unless the spec says otherwise).
            MultiArrayDataType dataType = Features.ArrayTypes.ToDataType(declared.Type.MultiArrayType.DataType) ?? MultiArrayDataType.Double;
            features[probabilitiesName] = FeatureValue.FromMultiArray(Features.ArrayConversion.Create(dataType, new[] { probabilities.Length }, probabilities));
        }
        else if (StringLabels is not null)
        {
            var map = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int i = 0; i < StringLabels.Length; i++)
            {
                map[StringLabels[i]] = probabilities[i];
            }

            features[probabilitiesName] = FeatureValue.FromDictionary(map);
        }
        else
        {
            var map = new Dictionary<long, double>();
            for (int i = 0; i < Int64Labels!.Length; i++)
            {
                map[Int64Labels[i]] = probabilities[i];
            }

            features[probabilitiesName] = FeatureValue.FromDictionary(map);
        }
    }
}
