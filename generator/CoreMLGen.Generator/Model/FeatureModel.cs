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

internal sealed record ImageSize(long Width, long Height);

/// <summary>A multi-array's <c>defaultOptionalValue</c>: <see cref="Kind"/> is int, float or double.</summary>
internal sealed record DefaultValue(string Kind, string Text);

/// <summary>
/// One feature's type, as the descriptor states it: the record of its kind carries that kind's facts, as the
/// reader's <c>FeatureValueType</c> subclasses do on the other side of the descriptor. Everything derived from
/// them (the C# type, whether a shape is fixed, docs) is computed in the resolve step.
/// </summary>
internal abstract record FeatureType(FeatureTypeKind Kind);

/// <summary>An int64, double or string feature.</summary>
internal sealed record ScalarFeatureType(FeatureTypeKind Kind) : FeatureType(Kind);

/// <summary>A multi-array feature, or the array buffer of a state (<see cref="FeatureTypeKind.State"/>).</summary>
/// <param name="RawDataType">The data type as the descriptor spells it (names a type the generator does not know).</param>
/// <param name="Shape">The declared shape (the default one when flexible); empty when undeclared.</param>
/// <param name="Shapes">The accepted shapes when <see cref="Flexibility"/> is enumerated.</param>
/// <param name="Ranges">One range per dimension when <see cref="Flexibility"/> is a range.</param>
internal sealed record ArrayFeatureType(
    FeatureTypeKind Kind,
    ArrayElementType DataType,
    string RawDataType,
    EquatableArray<long> Shape,
    Flexibility Flexibility,
    EquatableArray<EquatableArray<long>> Shapes,
    EquatableArray<SizeRange> Ranges,
    DefaultValue? Default) : FeatureType(Kind);

/// <summary>An image feature.</summary>
/// <param name="Width">The declared width (the default one when flexible).</param>
/// <param name="Sizes">The accepted sizes when <see cref="Flexibility"/> is enumerated.</param>
/// <param name="WidthRange">The accepted widths when <see cref="Flexibility"/> is a range.</param>
internal sealed record ImageFeatureType(
    long Width,
    long Height,
    ImageColorSpace ColorSpace,
    Flexibility Flexibility,
    EquatableArray<ImageSize> Sizes,
    SizeRange? WidthRange,
    SizeRange? HeightRange) : FeatureType(FeatureTypeKind.Image);

/// <summary>A dictionary feature (to doubles).</summary>
internal sealed record DictionaryFeatureType(ScalarKind KeyType) : FeatureType(FeatureTypeKind.Dictionary);

/// <summary>A sequence feature and its allowed length.</summary>
internal sealed record SequenceFeatureType(ScalarKind ElementType, SizeRange? Length) : FeatureType(FeatureTypeKind.Sequence);

/// <summary>A feature type case the descriptor writer did not know (0: no type set).</summary>
internal sealed record UnknownFeatureType(int TypeCase) : FeatureType(FeatureTypeKind.Unknown);

/// <summary>One input, output or state feature as the descriptor states it: the generator's one description of a feature.</summary>
internal sealed record FeatureDescription(string Name, string Description, bool IsOptional, FeatureType Type);
