namespace CoreMLGen.Generator.Model;

/// <summary>The Core ML feature type cases the descriptor names.</summary>
internal enum FeatureTypeKind
{
    Unknown,
    Int64,
    Double,
    String,
    MultiArray,
    Image,
    Dictionary,
    Sequence,
    State,
}

/// <summary>Multi-array element types (Core ML <c>ArrayDataType</c>).</summary>
internal enum ArrayElementType
{
    Unknown,
    Invalid,
    Float32,
    Double,
    Int32,
    Float16,
    Int8,
}

internal enum Flexibility
{
    None,
    Enumerated,
    Range,
}

internal enum ImageColorSpace
{
    Unknown,
    Invalid,
    Grayscale,
    Rgb,
    Bgr,
    GrayscaleFloat16,
}

/// <summary>The key or element type of a dictionary or sequence feature.</summary>
internal enum ScalarKind
{
    Unknown,
    Int64,
    String,
}

/// <summary>A size range; <see cref="Upper"/> is -1 when unbounded (Core ML's convention).</summary>
internal sealed record SizeRange(long Lower, long Upper)
{
    public bool IsUnbounded => Upper < 0;
}

internal sealed record ShapeSpec(EquatableArray<long> Dimensions);

internal sealed record ImageSize(long Width, long Height);

/// <summary>A multi-array's <c>defaultOptionalValue</c>: <see cref="Kind"/> is int, float or double.</summary>
internal sealed record DefaultValue(string Kind, string Text);

/// <summary>One feature's full type, flattened: only the fields of its <see cref="Kind"/> are meaningful.</summary>
internal sealed record FeatureType(
    FeatureTypeKind Kind,
    ArrayElementType DataType,
    string RawDataType,
    EquatableArray<long> Shape,
    bool HasShape,
    Flexibility Flexibility,
    EquatableArray<ShapeSpec> EnumeratedShapes,
    EquatableArray<SizeRange> ShapeRanges,
    DefaultValue? Default,
    long Width,
    long Height,
    ImageColorSpace ColorSpace,
    string RawColorSpace,
    EquatableArray<ImageSize> ImageSizes,
    SizeRange? WidthRange,
    SizeRange? HeightRange,
    ScalarKind KeyOrElementType,
    SizeRange? SequenceSize,
    int UnknownCase)
{
    public static FeatureType Of(FeatureTypeKind kind) => new(
        kind, ArrayElementType.Unknown, string.Empty, EquatableArray<long>.Empty, false, Flexibility.None,
        EquatableArray<ShapeSpec>.Empty, EquatableArray<SizeRange>.Empty, null, 0, 0, ImageColorSpace.Unknown,
        string.Empty, EquatableArray<ImageSize>.Empty, null, null, ScalarKind.Unknown, null, 0);

    /// <summary>True when the shape is declared and the spec allows no other (so it can be a constant).</summary>
    public bool HasFixedShape => HasShape && Flexibility == Flexibility.None;
}

/// <summary>One input, output or state feature as the descriptor states it.</summary>
/// <param name="Line">Descriptor line, for locating diagnostics.</param>
internal sealed record FeatureDescription(string Name, string Description, bool IsOptional, FeatureType Type, int Line);
