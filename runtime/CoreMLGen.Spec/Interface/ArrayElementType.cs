namespace CoreMLGen.Spec.Interface;

/// <summary>A multi-array's <c>ArrayDataType</c>; <see cref="Unknown"/> for a number this version does not know.</summary>
public enum ArrayElementType
{
    /// <summary><c>INVALID_ARRAY_DATA_TYPE</c> (0): the spec leaves the type unset.</summary>
    Invalid,
    Float32,
    Double,
    Int32,
    Float16,
    Int8,
    Unknown,
}
