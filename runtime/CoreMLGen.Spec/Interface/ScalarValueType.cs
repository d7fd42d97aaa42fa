namespace CoreMLGen.Spec.Interface;

/// <summary>An <c>int64</c>, <c>double</c> or <c>string</c> feature: nothing beyond the kind.</summary>
public sealed class ScalarValueType : FeatureValueType
{
    public static readonly ScalarValueType Int64 = new(FeatureValueKind.Int64);
    public static readonly ScalarValueType Double = new(FeatureValueKind.Double);
    public static readonly ScalarValueType String = new(FeatureValueKind.String);

    private ScalarValueType(FeatureValueKind kind)
        : base(kind)
    {
    }
}
