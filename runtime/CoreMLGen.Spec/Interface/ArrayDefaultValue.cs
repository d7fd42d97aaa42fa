namespace CoreMLGen.Spec.Interface;

/// <summary>The value Core ML fills an omitted optional multi-array input with (spec 5+).</summary>
public sealed class ArrayDefaultValue
{
    private ArrayDefaultValue(ArrayDefaultValueKind kind, int intValue, float floatValue, double doubleValue)
    {
        Kind = kind;
        IntValue = intValue;
        FloatValue = floatValue;
        DoubleValue = doubleValue;
    }

    public ArrayDefaultValueKind Kind { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ArrayDefaultValueKind.Int"/>.</summary>
    public int IntValue { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ArrayDefaultValueKind.Float"/>.</summary>
    public float FloatValue { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ArrayDefaultValueKind.Double"/>.</summary>
    public double DoubleValue { get; }

    public static ArrayDefaultValue FromInt(int value) => new(ArrayDefaultValueKind.Int, value, 0, 0);

    public static ArrayDefaultValue FromFloat(float value) => new(ArrayDefaultValueKind.Float, 0, value, 0);

    public static ArrayDefaultValue FromDouble(double value) => new(ArrayDefaultValueKind.Double, 0, 0, value);
}
