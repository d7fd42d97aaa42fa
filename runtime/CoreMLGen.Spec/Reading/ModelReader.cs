using System;
using System.IO;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// Reads a Core ML model (a <c>.mlmodel</c> file or a <c>.mlpackage</c> folder) into its spec and interface.
/// Never throws on bad input: every problem is a <see cref="ModelReadError"/> with a code and the file it is in.
/// </summary>
public static class ModelReader
{
    /// <summary>Reads the model at <paramref name="path"/>: a folder is read as a package, a file as a spec.</summary>
    public static ModelReadResult Read(string path)
    {
        var diagnostics = new ReadDiagnostics();
        string modelPath = path ?? string.Empty;
        try
        {
            string? normalized = NormalizePath(modelPath);
            if (normalized is null)
            {
                diagnostics.Error(ModelReadErrorCodes.ModelNotFound, modelPath, "'" + modelPath + "' is not a valid path to a Core ML model.");
                return Failed(modelPath, null, diagnostics);
            }

            modelPath = normalized;
            string? specPath = LocateSpec(modelPath, diagnostics);
            if (specPath is null)
            {
                return Failed(modelPath, null, diagnostics);
            }

            byte[]? bytes = ReadBytes(specPath, diagnostics);
            return bytes is null
                ? Failed(modelPath, specPath, diagnostics)
                : ReadSpec(modelPath, specPath, bytes, diagnostics);
        }
        catch (Exception exception)
        {
            diagnostics.Error(ModelReadErrorCodes.InternalError, modelPath, InternalErrorMessage(modelPath, exception));
            return Failed(modelPath, null, diagnostics);
        }
    }

    /// <summary>Reads spec bytes already in memory (the contents of a <c>.mlmodel</c> file); <paramref name="path"/> locates errors.</summary>
    public static ModelReadResult ReadSpec(byte[] specBytes, string path)
    {
        var diagnostics = new ReadDiagnostics();
        try
        {
            return ReadSpec(path, path, specBytes ?? Array.Empty<byte>(), diagnostics);
        }
        catch (Exception exception)
        {
            diagnostics.Error(ModelReadErrorCodes.InternalError, path, InternalErrorMessage(path, exception));
            return Failed(path, path, diagnostics);
        }
    }

    private static ModelReadResult ReadSpec(string modelPath, string specPath, byte[] bytes, ReadDiagnostics diagnostics)
    {
        Model? spec = SpecParser.Parse(bytes, specPath, DisplayName(modelPath, specPath), diagnostics);
        if (spec is null)
        {
            return Failed(modelPath, specPath, diagnostics);
        }

        ModelInterface modelInterface = InterfaceBuilder.Build(spec);
        return new ModelReadResult(modelPath, specPath, bytes, spec, modelInterface, diagnostics.Errors, diagnostics.Warnings);
    }

    /// <summary>
    /// The root model file of an <c>.mlpackage</c> (found through its Manifest.json, with every check <see cref="Read"/>
    /// makes), or null when there is none. Reads only the manifest: cheap enough for every build.
    /// </summary>
    public static string? FindPackageRootModel(string packagePath)
        => Directory.Exists(packagePath) ? PackageReader.FindRootModel(packagePath, new ReadDiagnostics()) : null;

    private static string? LocateSpec(string modelPath, ReadDiagnostics diagnostics)
    {
        if (Directory.Exists(modelPath))
        {
            return PackageReader.FindRootModel(modelPath, diagnostics);
        }

        if (File.Exists(modelPath))
        {
            return modelPath;
        }

        diagnostics.Error(
            ModelReadErrorCodes.ModelNotFound,
            modelPath,
            "The Core ML model '" + modelPath + "' does not exist (expected a .mlmodel file or a .mlpackage folder).");
        return null;
    }

    private static byte[]? ReadBytes(string specPath, ReadDiagnostics diagnostics)
    {
        try
        {
            return File.ReadAllBytes(specPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            diagnostics.Error(
                ModelReadErrorCodes.CannotReadFile,
                specPath,
                "Cannot read the Core ML model file '" + Path.GetFileName(specPath) + "': " + exception.Message);
            return null;
        }
    }

    /// <summary>The full path without a trailing separator, or null when <paramref name="path"/> is not a valid path.</summary>
    private static string? NormalizePath(string path)
    {
        if (path.Trim().Length == 0)
        {
            return path;
        }

        try
        {
            // A folder item may arrive as "Foo.mlpackage/"; one spelling keeps messages and comparisons simple.
            string full = Path.GetFullPath(path);
            string root = Path.GetPathRoot(full) ?? string.Empty;
            return full.Length > root.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>How messages name the spec file: the file name, or the package-relative path inside a package.</summary>
    private static string DisplayName(string modelPath, string specPath)
    {
        if (string.Equals(modelPath, specPath, StringComparison.Ordinal))
        {
            return Path.GetFileName(specPath);
        }

        string inside = specPath.Substring(modelPath.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.GetFileName(modelPath) + "/" + inside.Replace('\\', '/');
    }

    private static string InternalErrorMessage(string path, Exception exception)
        => "Internal error while reading the Core ML model '" + Path.GetFileName(path) + "' (please report this): "
            + exception.GetType().Name + ": " + exception.Message;

    private static ModelReadResult Failed(string modelPath, string? specPath, ReadDiagnostics diagnostics)
        => new(modelPath, specPath, null, null, null, diagnostics.Errors, diagnostics.Warnings);
}
