using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// Resolves one feature for the target: its C# type, docs, constants and the expressions that convert it, the
/// only place that decides how a feature type looks on a target.
/// </summary>
internal static class FeatureResolver
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static ResolvedFeature Resolve(FeatureSpec feature, TargetCapabilities capabilities)
    {
        FeatureType type = feature.Type;
        string nameLiteral = CSharpLiterals.String(feature.Name);
        bool optional = feature.Feature.IsOptional;
        bool valueType = FeatureTypeMapping.IsValueType(type, capabilities);

        // On Apple, images are CVPixelBuffers: the portable provider view gets a copy as an ImageBuffer.
        bool appleImage = capabilities.HasAppleCoreML && type.Kind == FeatureTypeKind.Image;
        string appleImageValue = FeatureTypeMapping.FeatureValueType + ".FromImage(" + FeatureTypeMapping.AppleInterop + ".ToImageBuffer(" + feature.PropertyName + ", " + nameLiteral + "))";
        string unwrapped = feature.PropertyName + (valueType && optional ? ".Value" : string.Empty);

        string nativeInput = string.Empty, nativeOutput = string.Empty, imageSetter = string.Empty;
        if (capabilities.HasAppleCoreML)
        {
            string native = FeatureTypeMapping.ToNativeValue(type, capabilities, unwrapped, nameLiteral);
            nativeInput = optional ? feature.PropertyName + " is null ? null : " + native : native;
            nativeOutput = FeatureTypeMapping.ToNativeValue(type, capabilities, feature.PropertyName, nameLiteral);

            // The setters scale to the declared size; a size that does not fit an int is corrupt, so they are left out.
            if (type is ImageFeatureType image && FeatureTypeMapping.IntImageSize(image) is not null)
            {
                imageSetter = CSharpLiterals.Int(image.Width) + ", " + CSharpLiterals.Int(image.Height) + ", global::CoreVideo.CVPixelFormatType." + FeatureTypeMapping.CVPixelFormatMember(image.ColorSpace);
            }
        }

        return new ResolvedFeature(
            feature.Name,
            feature.PropertyName,
            feature.ParameterName,
            feature.FieldName,
            optional,
            FeatureTypeMapping.ClrType(type, capabilities),
            valueType,
            TypeText.Summary(feature.Feature, includeOptional: true),
            TypeText.Summary(feature.Feature, includeOptional: false),
            Remarks(type, capabilities),
            Constants(feature, capabilities),
            appleImage ? (optional ? feature.PropertyName + " is null ? null : " + appleImageValue : appleImageValue) : InputValue(feature, capabilities, unwrapped),
            appleImage ? "__ReadPixelBuffer(" + nameLiteral + ")" : FeatureTypeMapping.PortableRead(type, capabilities, "__source!", nameLiteral),
            appleImage ? appleImageValue : FeatureTypeMapping.ToPortableValue(type, capabilities, feature.PropertyName),
            nativeInput,
            nativeOutput,
            imageSetter);
    }

    private static string InputValue(FeatureSpec feature, TargetCapabilities capabilities, string unwrapped)
    {
        string wrapped = FeatureTypeMapping.ToPortableValue(feature.Type, capabilities, unwrapped);
        return feature.Feature.IsOptional && wrapped != unwrapped ? feature.PropertyName + " is null ? null : " + wrapped : wrapped;
    }

    private static string Remarks(FeatureType type, TargetCapabilities capabilities)
    {
        var parts = new List<string>();
        if (TypeText.Constraints(type) is { } constraints)
        {
            parts.Add(constraints);
        }

        if (FeatureTypeMapping.UnsupportedReason(type, capabilities) is { } reason)
        {
            parts.Add("Untyped: " + reason + ".");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Name, shape, data type, size and pixel format constants next to each feature.</summary>
    private static EquatableArray<DocumentedMember> Constants(FeatureSpec feature, TargetCapabilities capabilities)
    {
        var constants = new List<DocumentedMember>
        {
            Constant("Core ML name of the " + feature.Name + " feature.", "string", feature.PropertyName + "FeatureName", CSharpLiterals.String(feature.Name)),
        };
        FeatureType type = feature.Type;
        if (type is ArrayFeatureType array)
        {
            int[]? shape = FeatureTypeMapping.IntShape(array);
            if (shape is not null)
            {
                string what = array.Flexibility == Flexibility.None ? "Shape" : "Default shape (the model accepts others, see the property)";
                constants.Add(new DocumentedMember(
                    what + " of the " + feature.Name + " feature.",
                    "public static readonly " + ReadOnlyList + "<int> " + feature.PropertyName + "Shape = new global::System.Collections.ObjectModel.ReadOnlyCollection<int>(new int[] { " + string.Join(", ", shape.Select(d => CSharpLiterals.Int(d))) + " });"));
            }

            if (FeatureTypeMapping.IsSupported(type, capabilities))
            {
                constants.Add(Constant("Element type of the " + feature.Name + " feature.", "global::CoreMLGen.MultiArrayDataType", feature.PropertyName + "DataType", "global::CoreMLGen.MultiArrayDataType." + FeatureTypeMapping.DataTypeMember(array.DataType)));
            }
        }
        else if (type is ImageFeatureType image)
        {
            if (FeatureTypeMapping.IntImageSize(image) is { } imageSize)
            {
                bool flexible = image.Flexibility != Flexibility.None;
                constants.Add(Constant((flexible ? "Default width" : "Width") + " in pixels of the " + feature.Name + " feature.", "int", feature.PropertyName + "Width", CSharpLiterals.Int(imageSize.Width)));
                constants.Add(Constant((flexible ? "Default height" : "Height") + " in pixels of the " + feature.Name + " feature.", "int", feature.PropertyName + "Height", CSharpLiterals.Int(imageSize.Height)));
            }

            if (FeatureTypeMapping.PixelFormatMember(image.ColorSpace) is { } format)
            {
                constants.Add(Constant("Pixel format of the " + feature.Name + " feature.", "global::CoreMLGen.ImagePixelFormat", feature.PropertyName + "PixelFormat", "global::CoreMLGen.ImagePixelFormat." + format));
            }
        }

        return constants.ToEquatableArray();
    }

    private static DocumentedMember Constant(string summary, string type, string name, string value)
        => new(summary, "public const " + type + " " + name + " = " + value + ";");
}
