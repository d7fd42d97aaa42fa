using System;
using System.IO;
using System.Text;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// Finds the root model file of a <c>.mlpackage</c> folder through its Manifest.json (never by a hard-coded path:
/// other tools put the spec elsewhere under <c>Data/</c>).
/// </summary>
internal static class PackageReader
{
    public const string ManifestFileName = "Manifest.json";

    // A real manifest is a few hundred bytes; a cap keeps a wrong file from being read whole.
    private const long MaxManifestBytes = 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the full path of the root model file, or null after reporting why there is none.</summary>
    public static string? FindRootModel(string packagePath, ReadDiagnostics diagnostics)
    {
        string packageName = Path.GetFileName(packagePath);
        string manifestPath = Path.Combine(packagePath, ManifestFileName);
        if (PackagePaths.IsSymbolicLink(manifestPath))
        {
            diagnostics.Error(
                ModelReadErrorCodes.PackageSymbolicLink,
                manifestPath,
                "The " + ManifestFileName + " of '" + packageName + "' is a symbolic link; a Core ML package must hold its files itself.");
            return null;
        }

        if (!File.Exists(manifestPath))
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestMissing,
                packagePath,
                "The folder '" + packageName + "' has no " + ManifestFileName + ", so it is not a Core ML package (.mlpackage); was it copied incompletely?");
            return null;
        }

        string? json = ReadManifestText(manifestPath, packageName, diagnostics);
        if (json is null)
        {
            return null;
        }

        PackageManifest? manifest = ManifestParser.Parse(json, manifestPath, packageName, diagnostics);
        return manifest is null ? null : PackagePaths.ResolveRootModel(packagePath, manifest.RootPath, manifestPath, diagnostics);
    }

    private static string? ReadManifestText(string manifestPath, string packageName, ReadDiagnostics diagnostics)
    {
        try
        {
            if (new FileInfo(manifestPath).Length > MaxManifestBytes)
            {
                diagnostics.Error(
                    ModelReadErrorCodes.ManifestMalformed,
                    manifestPath,
                    "The " + ManifestFileName + " of '" + packageName + "' is larger than 1 MiB, which no Core ML package manifest is.");
                return null;
            }

            string text = s_strictUtf8.GetString(File.ReadAllBytes(manifestPath));
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(
                ModelReadErrorCodes.ManifestMalformed,
                manifestPath,
                "The " + ManifestFileName + " of '" + packageName + "' is not valid UTF-8 text.");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Error(
                ModelReadErrorCodes.CannotReadFile,
                manifestPath,
                "Cannot read the " + ManifestFileName + " of '" + packageName + "': " + exception.Message);
            return null;
        }
    }
}
