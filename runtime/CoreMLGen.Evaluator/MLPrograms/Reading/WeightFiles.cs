using System;
using System.Collections.Generic;
using System.IO;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// The weight files a program's constants name (<c>@model_path/weights/weight.bin</c>), resolved in the model's
/// <see cref="ModelFileSource"/> (its folder, or the resources embedded beside its spec) and opened once each. Names
/// that would leave the model's folder are refused. Used while loading only: constants are materialised once, then the
/// files are closed.
/// </summary>
internal sealed class WeightFiles : IDisposable
{
    private const string ModelPathPrefix = "@model_path/";

    private readonly ModelFileSource? _source;
    private readonly Dictionary<string, BlobStorageFile> _open = new(StringComparer.Ordinal);

    public WeightFiles(ModelFileSource? source)
    {
        _source = source;
    }

    public BlobStorageFile Get(string fileName, string location)
    {
        if (_source is null)
        {
            throw new ModelLoadException(location + ": the constant is stored in \"" + fileName + "\", but the model was loaded "
                + "from spec bytes alone; load the .mlpackage (or the model file beside its weights folder) to run it.");
        }

        if (!fileName.StartsWith(ModelPathPrefix, StringComparison.Ordinal))
        {
            throw new ModelLoadException(location + ": the weight file \"" + fileName + "\" does not start with " + ModelPathPrefix
                + "; only files inside the model package can be read.");
        }

        string relative = fileName.Substring(ModelPathPrefix.Length);
        if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || relative.IndexOf('\0') >= 0)
        {
            throw new ModelLoadException(location + ": the weight file name \"" + Printable(fileName) + "\" holds characters no file name can have.");
        }

        if (relative.Length == 0 || Path.IsPathRooted(relative) || Array.Exists(relative.Split('/', '\\'), segment => segment == ".."))
        {
            throw new ModelLoadException(location + ": the weight file \"" + fileName + "\" is outside the model's folder.");
        }

        if (_open.TryGetValue(relative, out BlobStorageFile? file))
        {
            return file;
        }

        string shown = "\"" + fileName + "\"";
        BlobStorageFile? opened;
        string lookedAt;
        try
        {
            opened = _source.Open(relative, shown, out lookedAt);
        }
        catch (ModelLoadException exception)
        {
            throw new ModelLoadException(location + ": " + exception.Message, innerException: exception);
        }

        _open[relative] = opened ?? throw new ModelLoadException(location + ": the weight file " + shown + " does not exist (looked for " + lookedAt + ").");
        return opened;
    }

    // Control characters shown as \uXXXX, so the message stays one readable line.
    private static string Printable(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        foreach (BlobStorageFile file in _open.Values)
        {
            file.Dispose();
        }

        _open.Clear();
    }
}
