using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>Load-time checks of a classifier's interface against its labels.</summary>
internal static class ClassifierChecks
{
    /// <summary>A load error when the predicted label output is missing or not of the labels' type.</summary>
    public static void CheckLabelOutput(ModelDescription description, ClassifierOutput labels, string where)
    {
        string name = description.PredictedFeatureName;
        if (name.Length == 0)
        {
            throw new ModelLoadException(where + ": the classifier's description has no predictedFeatureName.");
        }

        FeatureDescription? declared = description.Output.FirstOrDefault(o => o.Name == name);
        FeatureType.TypeOneofCase expected = labels.StringLabels is not null ? FeatureType.TypeOneofCase.StringType : FeatureType.TypeOneofCase.Int64Type;
        if (declared is not null && declared.Type?.TypeCase != expected)
        {
            throw new ModelLoadException(
                where + ": output '" + name + "' is declared as " + (declared.Type?.TypeCase.ToString() ?? "nothing") + ", but the class labels are "
                + (expected == FeatureType.TypeOneofCase.StringType ? "strings." : "int64."));
        }
    }
}
