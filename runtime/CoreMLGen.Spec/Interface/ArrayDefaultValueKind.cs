namespace CoreMLGen.Spec.Interface;

/// <summary>The <c>defaultOptionalValue</c> case of a multi-array.</summary>
public enum ArrayDefaultValueKind
{
    Int,
    Float,
    Double,
}
