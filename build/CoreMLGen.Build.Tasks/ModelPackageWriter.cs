using System.IO;
using System.Text;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Converts a model spec into an <c>.mlpackage</c> folder: a Manifest.json and the spec bytes exactly as read (never
/// re-serialised, so fields this version does not know survive). The folder is replaced atomically.
/// </summary>
internal static class ModelPackageWriter
{
    private static readonly UTF8Encoding s_utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="packagePath">The package folder to create or replace.</param>
    /// <param name="specBytes">The model spec, as stored in the <c>.mlmodel</c> file.</param>
    /// <param name="relativePath">The model's project-relative path; the manifest identifier is derived from it.</param>
    public static void Write(string packagePath, byte[] specBytes, string relativePath)
    {
        string manifest = PackageManifestWriter.Write(PackageIdentifier.For(relativePath));
        AtomicDirectory.Write(packagePath, folder =>
        {
            File.WriteAllBytes(PackageLayout.ManifestPath(folder), s_utf8NoBom.GetBytes(manifest));
            string spec = PackageLayout.SpecPath(folder);
            Directory.CreateDirectory(Path.GetDirectoryName(spec)!);
            File.WriteAllBytes(spec, specBytes);
        });
    }
}
