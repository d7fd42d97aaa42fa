using System;
using System.Collections.Generic;
using System.IO;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// The weight files a program's constants name (<c>@model_path/weights/weight.bin</c>), resolved relative to the folder
/// of the model file and opened once each. Names that would leave that folder are refused. Used while loading only:
/// constants are materialised once, then the files are closed.
/// </summary>
internal sealed class WeightFiles : IDisposable
{
    private const string ModelPathPrefix = "@model_path/";

    private readonly string? _modelDirectory;
    private readonly Dictionary<string, BlobStorageFile> _open = new(StringComparer.Ordinal);

    public WeightFiles(string? modelDirectory)
    {
        _modelDirectory = modelDirectory;
    }

    public BlobStorageFile Get(string fileName, string location)
    {
        if (_modelDirectory is null)
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
        string root = Path.GetFullPath(_modelDirectory);
        string full = Path.GetFullPath(Path.Combine(root, relative));
        string rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (relative.Length == 0 || Path.IsPathRooted(relative) || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ModelLoadException(location + ": the weight file \"" + fileName + "\" is outside the model's folder.");
        }

        if (_open.TryGetValue(full, out BlobStorageFile? file))
        {
            return file;
        }

        if (!File.Exists(full))
        {
            throw new ModelLoadException(location + ": the weight file \"" + fileName + "\" does not exist (looked for " + full + ").");
        }

        file = BlobStorageFile.Open(full, "\"" + fileName + "\"");
        _open[full] = file;
        return file;
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
