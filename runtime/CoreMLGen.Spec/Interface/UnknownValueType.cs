namespace CoreMLGen.Spec.Interface;

/// <summary>A feature whose type is unset (case 0) or a case this version does not know.</summary>
public sealed class UnknownValueType : FeatureValueType
{
    public UnknownValueType(int typeCase)
        : base(FeatureValueKind.Unknown)
    {
        TypeCase = typeCase;
    }

    /// <summary>The <c>FeatureType.Type</c> oneof case number, or 0 when unset.</summary>
    public int TypeCase { get; }
}
