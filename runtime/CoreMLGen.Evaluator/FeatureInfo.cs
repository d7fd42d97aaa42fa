using System.Collections.Generic;

namespace CoreMLGen.Evaluation;

/// <summary>One input or output of a loaded model, as its spec declares it.</summary>
public sealed class FeatureInfo
{
    internal FeatureInfo(string name, FeatureKind kind, MultiArrayDataType? dataType, IReadOnlyList<int> shape, bool isOptional, string description)
    {
        Name = name;
        Kind = kind;
        DataType = dataType;
        Shape = shape;
        IsOptional = isOptional;
        Description = description;
    }

    /// <summary>The feature name.</summary>
    public string Name { get; }

    /// <summary>What kind of value the feature holds.</summary>
    public FeatureKind Kind { get; }

    /// <summary>The element type of a multi-array feature; null for other kinds.</summary>
    public MultiArrayDataType? DataType { get; }

    /// <summary>The declared (default) shape of a multi-array feature, or [height, width] of an image; empty otherwise.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>Whether the input may be left out.</summary>
    public bool IsOptional { get; }

    /// <summary>The spec's short description.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Kind + ")";
}
