namespace CoreMLGen.Spec.Interface;

/// <summary>The full type of a feature; the subclass carries the facts of its kind.</summary>
public abstract class FeatureValueType
{
    private protected FeatureValueType(FeatureValueKind kind)
    {
        Kind = kind;
    }

    public FeatureValueKind Kind { get; }
}
