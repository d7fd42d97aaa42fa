namespace CoreMLGen.Spec.Interface;

/// <summary>A sequence feature (spec 3+): int64 or string elements and a length range.</summary>
public sealed class SequenceValueType : FeatureValueType
{
    public SequenceValueType(ScalarElementKind elementKind, DimensionRange sizeRange)
        : base(FeatureValueKind.Sequence)
    {
        ElementKind = elementKind;
        SizeRange = sizeRange;
    }

    public ScalarElementKind ElementKind { get; }

    /// <summary>The allowed length; <see cref="DimensionRange.Any"/> when the spec sets no <c>sizeRange</c>.</summary>
    public DimensionRange SizeRange { get; }
}
