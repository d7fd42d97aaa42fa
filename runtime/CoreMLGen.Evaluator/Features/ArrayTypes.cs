using CoreML.Specification;

namespace CoreMLGen.Evaluation.Features;

/// <summary>Maps the spec's array data types to the runtime's.</summary>
internal static class ArrayTypes
{
    /// <summary>The runtime type, or null when the spec leaves it unset (INVALID) or uses one this version does not know.</summary>
    public static MultiArrayDataType? ToDataType(ArrayFeatureType.Types.ArrayDataType dataType) => dataType switch
    {
        ArrayFeatureType.Types.ArrayDataType.Float32 => MultiArrayDataType.Float32,
        ArrayFeatureType.Types.ArrayDataType.Double => MultiArrayDataType.Double,
        ArrayFeatureType.Types.ArrayDataType.Int32 => MultiArrayDataType.Int32,
        ArrayFeatureType.Types.ArrayDataType.Float16 => MultiArrayDataType.Float16,
        ArrayFeatureType.Types.ArrayDataType.Int8 => MultiArrayDataType.Int8,
        _ => null,
    };
}
