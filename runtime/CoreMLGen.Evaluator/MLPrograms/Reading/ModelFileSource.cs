using System;
using System.IO;
using System.Reflection;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>
/// Where the files an ML Program names as <c>@model_path/…</c> (its weights) are: the folder of the model file on
/// disk, or the resources the build embedded beside the spec in an assembly. Paths reach a source already checked
/// (relative, no <c>..</c> segment).
/// </summary>
internal abstract class ModelFileSource
{
    /// <summary>The folder holding the model file; its weights folder is beside it.</summary>
    public static ModelFileSource Folder(string modelDirectory) => new FolderSource(modelDirectory);

    /// <summary>
    /// The resources of an assembly whose names are <paramref name="prefix"/> + the path (<c>CoreMLGen.Models/Foo.mlpackage/</c>
    /// + <c>weights/weight.bin</c>).
    /// </summary>
    public static ModelFileSource Resources(Assembly assembly, string prefix) => new ResourceSource(assembly, prefix);

    /// <summary>Opens the weight file, or returns null (and says where it looked) when there is none.</summary>
    public abstract BlobStorageFile? Open(string relativePath, string shownName, out string lookedAt);

    private sealed class FolderSource : ModelFileSource
    {
        private readonly string _root;

        public FolderSource(string modelDirectory)
        {
            _root = Path.GetFullPath(modelDirectory);
        }

        public override BlobStorageFile? Open(string relativePath, string shownName, out string lookedAt)
        {
            string full = Path.GetFullPath(Path.Combine(_root, relativePath));
            string rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
            if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            {
                throw new ModelLoadException("The weight file " + shownName + " is outside the model's folder.");
            }

            lookedAt = full;
            return File.Exists(full) ? BlobStorageFile.Open(full, shownName) : null;
        }
    }

    private sealed class ResourceSource : ModelFileSource
    {
        private readonly Assembly _assembly;
        private readonly string _prefix;

        public ResourceSource(Assembly assembly, string prefix)
        {
            _assembly = assembly;
            _prefix = prefix;
        }

        public override BlobStorageFile? Open(string relativePath, string shownName, out string lookedAt)
        {
            string name = _prefix + relativePath.Replace('\\', '/');
            lookedAt = "resource '" + name + "' of the assembly " + _assembly.GetName().Name;

            // On .NET the stream reads the loaded assembly image in place: nothing is copied until a constant is read.
            Stream? stream = _assembly.GetManifestResourceStream(name);
            return stream is null ? null : BlobStorageFile.Open(stream, shownName);
        }
    }
}
