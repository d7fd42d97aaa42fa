namespace CoreMLGen.Spec.Interface;

/// <summary>A state feature (<c>StateFeatureType</c>, spec 9+): a named array buffer the model keeps between calls.</summary>
public sealed class StateValueType : FeatureValueType
{
    public StateValueType(MultiArrayValueType arrayType)
        : base(FeatureValueKind.State)
    {
        ArrayType = arrayType;
    }

    /// <summary>The state's <c>arrayType</c> (data type <see cref="ArrayElementType.Invalid"/> and no shape when unset).</summary>
    public MultiArrayValueType ArrayType { get; }
}
