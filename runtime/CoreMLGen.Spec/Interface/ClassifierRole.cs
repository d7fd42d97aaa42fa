using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>The classifier facts of a classifier model: which outputs carry the label and the probabilities.</summary>
public sealed class ClassifierRole
{
    public ClassifierRole(string predictedFeature, string probabilitiesFeature, ClassLabelType labelType, IEnumerable<string> classLabels)
    {
        PredictedFeature = predictedFeature ?? string.Empty;
        ProbabilitiesFeature = probabilitiesFeature ?? string.Empty;
        LabelType = labelType;
        ClassLabels = ReadOnly.Copy(classLabels);
    }

    /// <summary>The description's <c>predictedFeatureName</c>.</summary>
    public string PredictedFeature { get; }

    /// <summary>The description's <c>predictedProbabilitiesName</c>, or empty.</summary>
    public string ProbabilitiesFeature { get; }

    public ClassLabelType LabelType { get; }

    /// <summary>Class labels in spec order; int64 labels as invariant decimal text.</summary>
    public IReadOnlyList<string> ClassLabels { get; }
}
