using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>A multi-array feature (<c>ArrayFeatureType</c>); also the array inside a state feature.</summary>
public sealed class MultiArrayValueType : FeatureValueType
{
    public MultiArrayValueType(
        ArrayElementType dataType,
        int rawDataType,
        IEnumerable<long> shape,
        ArrayShapeFlexibility flexibility,
        ArrayDefaultValue? defaultValue)
        : base(FeatureValueKind.MultiArray)
    {
        DataType = dataType;
        RawDataType = rawDataType;
        Shape = ReadOnly.Copy(shape);
        Flexibility = flexibility;
        DefaultValue = defaultValue;
    }

    public ArrayElementType DataType { get; }

    /// <summary>The <c>ArrayDataType</c> number as stored (meaningful when <see cref="DataType"/> is Unknown).</summary>
    public int RawDataType { get; }

    /// <summary>The declared shape (the default shape when the array is flexible); may be empty.</summary>
    public IReadOnlyList<long> Shape { get; }

    public ArrayShapeFlexibility Flexibility { get; }

    /// <summary>The <c>defaultOptionalValue</c>, or null when the spec sets none.</summary>
    public ArrayDefaultValue? DefaultValue { get; }
}
