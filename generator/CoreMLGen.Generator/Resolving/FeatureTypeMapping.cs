using System.Globalization;
using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Resolving;

/// <summary>How each Core ML feature type appears in generated C#: its property type and how it is read and written.</summary>
internal static class FeatureTypeMapping
{
    public const string Runtime = "global::CoreMLGen.";
    public const string FeatureValueType = Runtime + "FeatureValue";
    private const string Collections = "global::System.Collections.Generic.";

    /// <summary>The Apple conversions emitted once per compilation (<c>Templates/AppleInterop.cs</c>).</summary>
    public const string AppleInterop = "global::CoreMLGen.Generated.AppleInterop";

    /// <summary>The Apple bindings have no <c>MLMultiArrayDataType.Int8</c>, so such an array cannot reach Core ML.</summary>
    public const string Int8OnAppleReason = "an Int8 multi-array, which the .NET Apple bindings cannot pass";

    /// <summary>Returns why the feature cannot be typed, or null when it can.</summary>
    public static string? UnsupportedReason(FeatureType type, TargetCapabilities capabilities) => type switch
    {
        ScalarFeatureType or ImageFeatureType => null,
        ArrayFeatureType array => array.DataType switch
        {
            ArrayElementType.Float16 when !capabilities.HasHalf => "a Float16 multi-array needs System.Half, which this target framework lacks",
            ArrayElementType.Int8 when capabilities.HasAppleCoreML => Int8OnAppleReason,
            ArrayElementType.Invalid => "a multi-array without a data type",
            ArrayElementType.Unknown => "a multi-array of data type " + array.RawDataType,
            _ => null,
        },
        DictionaryFeatureType { KeyType: ScalarKind.Unknown } => "a dictionary with an unknown key type",
        SequenceFeatureType { ElementType: ScalarKind.Unknown } => "a sequence with an unknown element type",
        DictionaryFeatureType or SequenceFeatureType => null,
        UnknownFeatureType { TypeCase: not 0 } unknown => "feature type case " + unknown.TypeCase.ToString(CultureInfo.InvariantCulture),
        _ => "no type is set",
    };

    public static bool IsSupported(FeatureType type, TargetCapabilities capabilities) => UnsupportedReason(type, capabilities) is null;

    /// <summary>The element type of a multi-array feature.</summary>
    public static string ElementType(ArrayElementType dataType) => dataType switch
    {
        ArrayElementType.Float32 => "float",
        ArrayElementType.Double => "double",
        ArrayElementType.Int32 => "int",
        ArrayElementType.Float16 => "global::System.Half",
        ArrayElementType.Int8 => "sbyte",
        _ => "float",
    };

    public static string DataTypeMember(ArrayElementType dataType) => dataType switch
    {
        ArrayElementType.Float32 => "Float32",
        ArrayElementType.Double => "Double",
        ArrayElementType.Int32 => "Int32",
        ArrayElementType.Float16 => "Float16",
        ArrayElementType.Int8 => "Int8",
        _ => "Float32",
    };

    /// <summary>The property type (non-nullable form).</summary>
    public static string ClrType(FeatureType type, TargetCapabilities capabilities)
    {
        if (!IsSupported(type, capabilities))
        {
            return FeatureValueType;
        }

        return type.Kind switch
        {
            FeatureTypeKind.Int64 => "long",
            FeatureTypeKind.Double => "double",
            FeatureTypeKind.String => "string",
            FeatureTypeKind.MultiArray or FeatureTypeKind.State => Runtime + "MultiArray<" + ElementType(DataTypeOf(type)) + ">",
            FeatureTypeKind.Image => capabilities.HasAppleCoreML ? "global::CoreVideo.CVPixelBuffer" : Runtime + "ImageBuffer",
            FeatureTypeKind.Dictionary => Collections + "IReadOnlyDictionary<" + (KeyOrElementOf(type) == ScalarKind.Int64 ? "long" : "string") + ", double>",
            FeatureTypeKind.Sequence => Collections + "IReadOnlyList<" + (KeyOrElementOf(type) == ScalarKind.Int64 ? "long" : "string") + ">",
            _ => FeatureValueType,
        };
    }

    public static bool IsValueType(FeatureType type, TargetCapabilities capabilities)
        => IsSupported(type, capabilities) && type.Kind is FeatureTypeKind.Int64 or FeatureTypeKind.Double;

    /// <summary>Reads a feature from a portable <c>IFeatureProvider</c> (used by output classes).</summary>
    public static string PortableRead(FeatureType type, TargetCapabilities capabilities, string provider, string nameLiteral)
    {
        string reader = Runtime + "FeatureReader.";
        if (!IsSupported(type, capabilities))
        {
            return reader + "ReadValue(" + provider + ", " + nameLiteral + ")";
        }

        return type.Kind switch
        {
            FeatureTypeKind.Int64 => reader + "ReadInt64(" + provider + ", " + nameLiteral + ")",
            FeatureTypeKind.Double => reader + "ReadDouble(" + provider + ", " + nameLiteral + ")",
            FeatureTypeKind.String => reader + "ReadString(" + provider + ", " + nameLiteral + ")",
            FeatureTypeKind.MultiArray or FeatureTypeKind.State => reader + "ReadMultiArray<" + ElementType(DataTypeOf(type)) + ">(" + provider + ", " + nameLiteral + ")",
            FeatureTypeKind.Image => reader + "ReadImage(" + provider + ", " + nameLiteral + ")",
            FeatureTypeKind.Dictionary => reader + (KeyOrElementOf(type) == ScalarKind.Int64 ? "ReadInt64Dictionary(" : "ReadStringDictionary(") + provider + ", " + nameLiteral + ")",
            _ => reader + (KeyOrElementOf(type) == ScalarKind.Int64 ? "ReadInt64Sequence(" : "ReadStringSequence(") + provider + ", " + nameLiteral + ")",
        };
    }

    /// <summary>Wraps a typed value as a portable <c>FeatureValue</c>.</summary>
    public static string ToPortableValue(FeatureType type, TargetCapabilities capabilities, string value)
    {
        if (!IsSupported(type, capabilities))
        {
            return value;
        }

        string factory = FeatureValueType + ".";
        return type.Kind switch
        {
            FeatureTypeKind.Int64 => factory + "FromInt64(" + value + ")",
            FeatureTypeKind.Double => factory + "FromDouble(" + value + ")",
            FeatureTypeKind.String => factory + "FromString(" + value + ")",
            FeatureTypeKind.MultiArray or FeatureTypeKind.State => factory + "FromMultiArray(" + value + ")",
            FeatureTypeKind.Image => factory + "FromImage(" + value + ")",
            FeatureTypeKind.Dictionary => factory + "FromDictionary(" + value + ")",
            _ => factory + "FromSequence(" + value + ")",
        };
    }

    /// <summary>Apple: converts a typed value to an <c>MLFeatureValue</c> (multi-arrays without copying).</summary>
    public static string ToNativeValue(FeatureType type, TargetCapabilities capabilities, string value, string nameLiteral)
    {
        if (!IsSupported(type, capabilities))
        {
            return AppleInterop + ".FromValue(" + value + ", " + nameLiteral + ")";
        }

        string method = type.Kind switch
        {
            FeatureTypeKind.Int64 => "FromInt64",
            FeatureTypeKind.Double => "FromDouble",
            FeatureTypeKind.String => "FromString",
            FeatureTypeKind.MultiArray or FeatureTypeKind.State => "FromMultiArray",
            FeatureTypeKind.Image => "FromPixelBuffer",
            FeatureTypeKind.Dictionary => KeyOrElementOf(type) == ScalarKind.Int64 ? "FromInt64Dictionary" : "FromStringDictionary",
            _ => KeyOrElementOf(type) == ScalarKind.Int64 ? "FromInt64Sequence" : "FromStringSequence",
        };
        return AppleInterop + "." + method + "(" + value + ")";
    }

    /// <summary>Apple: the <c>CVPixelFormatType</c> member an image input is converted to.</summary>
    public static string CVPixelFormatMember(ImageColorSpace colorSpace) => colorSpace switch
    {
        ImageColorSpace.Grayscale => "OneComponent8",
        ImageColorSpace.GrayscaleFloat16 => "OneComponent16Half",
        _ => "CV32BGRA",
    };

    /// <summary>The runtime pixel format for an image color space, or null when the color space is unknown.</summary>
    public static string? PixelFormatMember(ImageColorSpace colorSpace) => colorSpace switch
    {
        ImageColorSpace.Rgb or ImageColorSpace.Bgr => "Bgra32",
        ImageColorSpace.Grayscale => "Gray8",
        ImageColorSpace.GrayscaleFloat16 => "GrayFloat16",
        _ => null,
    };

    /// <summary>An image's declared width and height as ints, or null if one does not fit (a corrupt size).</summary>
    public static (int Width, int Height)? IntImageSize(ImageFeatureType type)
        => type.Width is >= 0 and <= int.MaxValue && type.Height is >= 0 and <= int.MaxValue ? ((int)type.Width, (int)type.Height) : null;

    /// <summary>The dimensions of a declared shape as ints, or null if there is none or one does not fit.</summary>
    public static int[]? IntShape(ArrayFeatureType type)
        => type.Shape.Count > 0 && type.Shape.All(d => d >= 0 && d <= int.MaxValue) ? type.Shape.Select(d => (int)d).ToArray() : null;

    /// <summary>True when the shape is declared and the spec allows no other (so it can be a constant).</summary>
    public static bool HasFixedShape(ArrayFeatureType type) => type.Shape.Count > 0 && type.Flexibility == Flexibility.None;

    /// <summary>The element type of an array or state feature.</summary>
    private static ArrayElementType DataTypeOf(FeatureType type) => type is ArrayFeatureType array ? array.DataType : ArrayElementType.Unknown;

    /// <summary>The key type of a dictionary or the element type of a sequence.</summary>
    private static ScalarKind KeyOrElementOf(FeatureType type) => type switch
    {
        DictionaryFeatureType dictionary => dictionary.KeyType,
        SequenceFeatureType sequence => sequence.ElementType,
        _ => ScalarKind.Unknown,
    };
}
