namespace CoreMLGen.Spec.Interface;

/// <summary>One input, output or state (<c>FeatureDescription</c>).</summary>
public sealed class ModelFeature
{
    public ModelFeature(string name, string shortDescription, bool isOptional, FeatureValueType type)
    {
        Name = name ?? string.Empty;
        ShortDescription = shortDescription ?? string.Empty;
        IsOptional = isOptional;
        Type = type;
    }

    /// <summary>The Core ML feature name, exactly as in the spec.</summary>
    public string Name { get; }

    public string ShortDescription { get; }

    /// <summary>The type's <c>isOptional</c> flag (Core ML's only optionality marker).</summary>
    public bool IsOptional { get; }

    public FeatureValueType Type { get; }
}
