namespace CoreMLGen.Spec.Interface;

/// <summary>A dictionary feature: int64 or string keys, double values (Core ML has no other value type).</summary>
public sealed class DictionaryValueType : FeatureValueType
{
    public DictionaryValueType(ScalarElementKind keyKind)
        : base(FeatureValueKind.Dictionary)
    {
        KeyKind = keyKind;
    }

    public ScalarElementKind KeyKind { get; }
}
