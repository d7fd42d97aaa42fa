namespace CoreMLGen.Spec.Interface;

/// <summary>One entry of a custom layer's parameter map, with the value as the spec stores it.</summary>
public sealed class CustomLayerParameter
{
    public CustomLayerParameter(string name, CustomParameterKind kind, object? value)
    {
        Name = name ?? string.Empty;
        Kind = kind;
        Value = value;
    }

    public string Name { get; }

    public CustomParameterKind Kind { get; }

    /// <summary>A boxed <c>double</c>, <c>string</c>, <c>int</c>, <c>long</c> or <c>bool</c>; null when <see cref="Kind"/> is None.</summary>
    public object? Value { get; }
}
