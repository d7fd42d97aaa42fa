namespace CoreMLGen.Spec.Interface;

/// <summary>The regressor facts of a regressor model.</summary>
public sealed class RegressorRole
{
    public RegressorRole(string predictedFeature)
    {
        PredictedFeature = predictedFeature ?? string.Empty;
    }

    /// <summary>The description's <c>predictedFeatureName</c>.</summary>
    public string PredictedFeature { get; }
}
