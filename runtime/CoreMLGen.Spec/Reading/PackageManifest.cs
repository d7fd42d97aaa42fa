namespace CoreMLGen.Spec.Reading;

/// <summary>The facts of a package's Manifest.json that reading needs: the root model item.</summary>
internal sealed class PackageManifest
{
    public PackageManifest(string fileFormatVersion, string rootIdentifier, string rootPath)
    {
        FileFormatVersion = fileFormatVersion;
        RootIdentifier = rootIdentifier;
        RootPath = rootPath;
    }

    public string FileFormatVersion { get; }

    /// <summary>The <c>rootModelIdentifier</c>.</summary>
    public string RootIdentifier { get; }

    /// <summary>The root entry's <c>path</c>, relative to the package's <c>Data</c> folder, as written.</summary>
    public string RootPath { get; }
}
