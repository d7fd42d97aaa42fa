namespace CoreMLGen.Spec.Interface;

/// <summary>Which <c>ClassLabels</c> case a classifier declares.</summary>
public enum ClassLabelType
{
    /// <summary>The spec declares no class labels.</summary>
    None,

    String,

    Int64,
}
