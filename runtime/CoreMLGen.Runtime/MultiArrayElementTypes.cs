using System;
using System.Collections.Generic;

namespace CoreMLGen;

/// <summary>The one place that maps CLR element types to <see cref="MultiArrayDataType"/> values.</summary>
internal static class MultiArrayElementTypes
{
    private static readonly Dictionary<Type, MultiArrayDataType> DataTypes = new()
    {
        [typeof(float)] = MultiArrayDataType.Float32,
        [typeof(double)] = MultiArrayDataType.Double,
        [typeof(int)] = MultiArrayDataType.Int32,
        [typeof(sbyte)] = MultiArrayDataType.Int8,
#if NET5_0_OR_GREATER
        [typeof(Half)] = MultiArrayDataType.Float16,
#endif
    };

    public static bool TryGetDataType(Type elementType, out MultiArrayDataType dataType) =>
        DataTypes.TryGetValue(elementType, out dataType);

    public static NotSupportedException Unsupported(Type elementType) =>
        new("MultiArray<" + elementType.Name + "> is not supported: the element type must be float, double, int, sbyte"
            + " or System.Half (.NET 5 and later), the types Core ML multi-arrays can hold.");
}
