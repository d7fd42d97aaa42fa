using System;
using System.Globalization;
using CoreML.Specification;
using Google.Protobuf;

namespace CoreMLGen.Spec.Reading;

/// <summary>Turns spec bytes into a <see cref="Model"/>, deciding whether they are a Core ML model at all.</summary>
internal static class SpecParser
{
    /// <summary>The newest <c>specificationVersion</c> this version knows (iOS 26 / macOS 26).</summary>
    public const int NewestKnownSpecVersion = 10;

    // AppleDouble files (the "._Name" companions macOS writes on non-HFS volumes) start with this magic number.
    private static readonly byte[] s_appleDoubleMagic = { 0x00, 0x05, 0x16, 0x07 };

    public static Model? Parse(byte[] bytes, string path, string displayName, ReadDiagnostics diagnostics)
    {
        if (bytes.Length == 0)
        {
            diagnostics.Error(ModelReadErrorCodes.EmptyFile, path, "The Core ML model file '" + displayName + "' is empty (0 bytes).");
            return null;
        }

        bool looksLikeAppleDouble = StartsWithAppleDoubleMagic(bytes) || System.IO.Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal);
        if (StartsWithAppleDoubleMagic(bytes))
        {
            ReportAppleDouble(path, displayName, diagnostics);
            return null;
        }

        Model model;
        try
        {
            model = Model.Parser.ParseFrom(bytes);
        }
        // Only the protobuf runtime runs in this try, on the user's bytes: whatever it throws means the bytes are not a
        // valid message (older runtimes threw overflow and range exceptions for huge length prefixes), never a CoreMLGen bug.
        catch (Exception exception) when (exception is InvalidProtocolBufferException or ArgumentException or OverflowException or IndexOutOfRangeException or InvalidOperationException)
        {
            if (looksLikeAppleDouble)
            {
                ReportAppleDouble(path, displayName, diagnostics);
                return null;
            }

            diagnostics.Error(
                ModelReadErrorCodes.NotProtobuf,
                path,
                "'" + displayName + "' is not a Core ML model: it is not a valid protobuf message, so it is truncated, corrupt or in another format ("
                    + exception.Message.TrimEnd('.') + ").");
            return null;
        }

        string? reason = WhyNotAModel(model);
        if (reason is not null)
        {
            if (looksLikeAppleDouble)
            {
                ReportAppleDouble(path, displayName, diagnostics);
                return null;
            }

            diagnostics.Error(ModelReadErrorCodes.NotCoreMLModel, path, "'" + displayName + "' is not a Core ML model: " + reason + ".");
            return null;
        }

        if (model.SpecificationVersion > NewestKnownSpecVersion)
        {
            diagnostics.Warning(
                ModelReadErrorCodes.NewerSpecVersion,
                path,
                "'" + displayName + "' has Core ML specification version " + model.SpecificationVersion.ToString(CultureInfo.InvariantCulture)
                    + ", newer than the " + NewestKnownSpecVersion.ToString(CultureInfo.InvariantCulture)
                    + " this version of CoreMLGen knows; features it does not know are typed as unknown. Update CoreMLGen.");
        }

        return model;
    }

    /// <summary>
    /// A protobuf parser accepts almost any bytes as some message, so a Core ML model is recognised by its content:
    /// a positive spec version, and a model type or a description that declares features.
    /// </summary>
    private static string? WhyNotAModel(Model model)
    {
        if (model.SpecificationVersion <= 0)
        {
            return "it has no valid specification version (found "
                + model.SpecificationVersion.ToString(CultureInfo.InvariantCulture) + ")";
        }

        ModelDescription? description = model.Description;
        bool declaresFeatures = description is not null
            && (description.Input.Count > 0 || description.Output.Count > 0 || description.Functions.Count > 0);
        if (model.TypeCase == Model.TypeOneofCase.None && !declaresFeatures)
        {
            return "it has neither a model type nor any declared input, output or function";
        }

        return null;
    }

    private static bool StartsWithAppleDoubleMagic(byte[] bytes)
    {
        if (bytes.Length < s_appleDoubleMagic.Length)
        {
            return false;
        }

        for (int i = 0; i < s_appleDoubleMagic.Length; i++)
        {
            if (bytes[i] != s_appleDoubleMagic[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void ReportAppleDouble(string path, string displayName, ReadDiagnostics diagnostics)
        => diagnostics.Error(
            ModelReadErrorCodes.AppleDoubleFile,
            path,
            "'" + displayName + "' is a macOS AppleDouble resource-fork file (the '._' companion macOS writes when copying to some drives), "
                + "not a Core ML model. Delete it, or exclude it from the CoreMLModel items (e.g. Remove=\"**/._*\").");
}
