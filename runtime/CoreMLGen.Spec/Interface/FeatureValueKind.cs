namespace CoreMLGen.Spec.Interface;

/// <summary>The <c>FeatureType.Type</c> cases, plus <see cref="Unknown"/> for an unset or unrecognised type.</summary>
public enum FeatureValueKind
{
    Unknown,
    Int64,
    Double,
    String,
    MultiArray,
    Image,
    Dictionary,
    Sequence,
    State,
}
