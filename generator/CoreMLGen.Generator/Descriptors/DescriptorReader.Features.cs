using System.Collections.Generic;
using System.Globalization;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Descriptors;

internal sealed partial class DescriptorReader
{
    private static FeatureDescription ReadFeature(AttributeReader attributes)
    {
        string name = attributes.Required("name");
        string description = attributes.Required("description");
        bool optional = attributes.Bool("optional");
        string typeName = attributes.Required("type");
        FeatureType type = typeName switch
        {
            "int64" => new ScalarFeatureType(FeatureTypeKind.Int64),
            "double" => new ScalarFeatureType(FeatureTypeKind.Double),
            "string" => new ScalarFeatureType(FeatureTypeKind.String),
            "multiArray" => ReadArrayType(FeatureTypeKind.MultiArray, attributes),
            "state" => ReadArrayType(FeatureTypeKind.State, attributes),
            "image" => ReadImageType(attributes),
            "dictionary" => new DictionaryFeatureType(ReadScalarKind(attributes, "keyType")),
            "sequence" => new SequenceFeatureType(ReadScalarKind(attributes, "elementType"), ReadRange(attributes, "sizeRange")),
            "unknown" => new UnknownFeatureType(attributes.Int("typeCase")),
            _ => Unknown(attributes, typeName),
        };

        return new FeatureDescription(name, description, optional, type);
    }

    private static FeatureType Unknown(AttributeReader attributes, string typeName)
    {
        attributes.Fail("unknown feature type '" + typeName + "'");
        return new UnknownFeatureType(0);
    }

    private static FeatureType ReadArrayType(FeatureTypeKind kind, AttributeReader attributes)
    {
        string rawDataType = attributes.Required("dataType");
        ArrayElementType dataType = rawDataType switch
        {
            "float32" => ArrayElementType.Float32,
            "double" => ArrayElementType.Double,
            "int32" => ArrayElementType.Int32,
            "float16" => ArrayElementType.Float16,
            "int8" => ArrayElementType.Int8,
            "invalid" => ArrayElementType.Invalid,
            _ when rawDataType.StartsWith("unknown:", System.StringComparison.Ordinal) => ArrayElementType.Unknown,
            _ => BadValue(attributes, "dataType", rawDataType, ArrayElementType.Unknown),
        };

        string shapeText = attributes.Required("shape");
        EquatableArray<long> shape = ParseLongList(attributes, "shape", shapeText);
        Flexibility flexibility = ReadFlexibility(attributes);
        var shapes = new List<EquatableArray<long>>();
        var ranges = new List<SizeRange>();
        if (flexibility == Flexibility.Enumerated)
        {
            string text = attributes.Required("shapes");
            foreach (string item in text.Length == 0 ? new string[0] : text.Split(';'))
            {
                shapes.Add(ParseLongList(attributes, "shapes", item));
            }
        }
        else if (flexibility == Flexibility.Range)
        {
            string text = attributes.Required("ranges");
            if (text.Length > 0)
            {
                foreach (string item in text.Split(','))
                {
                    ranges.Add(ParseRange(attributes, "ranges", item) ?? new SizeRange(0, -1));
                }
            }
        }

        DefaultValue? defaultValue = null;
        string? defaultText = attributes.Optional("default");
        if (defaultText is not null)
        {
            int colon = defaultText.IndexOf(':');
            string defaultKind = colon > 0 ? defaultText.Substring(0, colon) : string.Empty;
            string value = colon > 0 ? defaultText.Substring(colon + 1) : string.Empty;
            if ((defaultKind == "int" || defaultKind == "float" || defaultKind == "double") && IsNumber(value))
            {
                defaultValue = new DefaultValue(defaultKind, value);
            }
            else
            {
                attributes.Fail("attribute 'default' must be int:N, float:X or double:X, not '" + defaultText + "'");
            }
        }

        return new ArrayFeatureType(kind, dataType, rawDataType, shape, flexibility, shapes.ToEquatableArray(), ranges.ToEquatableArray(), defaultValue);
    }

    private static FeatureType ReadImageType(AttributeReader attributes)
    {
        long width = attributes.Long("width");
        long height = attributes.Long("height");
        string rawColorSpace = attributes.Required("colorSpace");
        ImageColorSpace colorSpace = rawColorSpace switch
        {
            "grayscale" => ImageColorSpace.Grayscale,
            "rgb" => ImageColorSpace.Rgb,
            "bgr" => ImageColorSpace.Bgr,
            "grayscaleFloat16" => ImageColorSpace.GrayscaleFloat16,
            "invalid" => ImageColorSpace.Invalid,
            _ when rawColorSpace.StartsWith("unknown:", System.StringComparison.Ordinal) => ImageColorSpace.Unknown,
            _ => BadValue(attributes, "colorSpace", rawColorSpace, ImageColorSpace.Unknown),
        };

        Flexibility flexibility = ReadFlexibility(attributes);
        var sizes = new List<ImageSize>();
        SizeRange? widthRange = null, heightRange = null;
        if (flexibility == Flexibility.Enumerated)
        {
            string text = attributes.Required("sizes");
            foreach (string item in text.Length == 0 ? new string[0] : text.Split(';'))
            {
                string[] parts = item.Split('x');
                if (parts.Length == 2 && AttributeReader.TryParseUnsignedSize(parts[0], out long w) && AttributeReader.TryParseUnsignedSize(parts[1], out long h))
                {
                    sizes.Add(new ImageSize(w, h));
                }
                else
                {
                    attributes.Fail("attribute 'sizes' must list WxH items, not '" + item + "'");
                }
            }
        }
        else if (flexibility == Flexibility.Range)
        {
            widthRange = ReadRange(attributes, "widthRange");
            heightRange = ReadRange(attributes, "heightRange");
        }

        return new ImageFeatureType(width, height, colorSpace, flexibility, sizes.ToEquatableArray(), widthRange, heightRange);
    }

    private static Flexibility ReadFlexibility(AttributeReader attributes)
        => attributes.OneOf("flexibility", "none", "enumerated", "range") switch
        {
            "enumerated" => Flexibility.Enumerated,
            "range" => Flexibility.Range,
            _ => Flexibility.None,
        };

    private static ScalarKind ReadScalarKind(AttributeReader attributes, string key)
        => attributes.OneOf(key, "int64", "string", "unknown") switch
        {
            "int64" => ScalarKind.Int64,
            "string" => ScalarKind.String,
            _ => ScalarKind.Unknown,
        };

    private static SizeRange? ReadRange(AttributeReader attributes, string key)
        => ParseRange(attributes, key, attributes.Required(key));

    private static SizeRange? ParseRange(AttributeReader attributes, string key, string text)
    {
        int separator = text.IndexOf("..", System.StringComparison.Ordinal);
        if (separator > 0
            && AttributeReader.TryParseUnsignedSize(text.Substring(0, separator), out long lower)
            && AttributeReader.TryParseLong(text.Substring(separator + 2), out long upper))
        {
            return new SizeRange(lower, upper);
        }

        attributes.Fail("attribute '" + key + "' must be a range lower..upper, not '" + text + "'");
        return null;
    }

    private static EquatableArray<long> ParseLongList(AttributeReader attributes, string key, string text)
    {
        if (text.Length == 0)
        {
            return EquatableArray<long>.Empty;
        }

        var values = new List<long>();
        foreach (string item in text.Split(','))
        {
            if (AttributeReader.TryParseLong(item, out long value))
            {
                values.Add(value);
            }
            else
            {
                attributes.Fail("attribute '" + key + "' must be a comma-separated list of integers, not '" + text + "'");
                return EquatableArray<long>.Empty;
            }
        }

        return values.ToEquatableArray();
    }

    private static bool IsNumber(string text)
        => text is "nan" or "inf" or "-inf"
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static T BadValue<T>(AttributeReader attributes, string key, string text, T fallback)
    {
        attributes.Fail("attribute '" + key + "' has unknown value '" + text + "'");
        return fallback;
    }
}
