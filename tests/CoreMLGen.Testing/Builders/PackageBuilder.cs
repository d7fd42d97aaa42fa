using System.Globalization;
using System.IO;

namespace CoreMLGen.Testing.Builders;

/// <summary>Writes <c>.mlpackage</c> folders: a Manifest.json (standard, hand-written or none) and the root model file.</summary>
public sealed class PackageBuilder
{
    public const string RootIdentifier = "D07642BF-A6C4-4CB8-9164-C4B7F64F69FC";
    public const string StandardRootPath = "com.apple.CoreML/model.mlmodel";

    private byte[]? _spec;
    private string _rootPath = StandardRootPath;
    private string? _manifest;
    private bool _writeManifest = true;

    public PackageBuilder Spec(SpecBuilder spec) => Spec(spec.ToBytes());

    public PackageBuilder Spec(byte[] bytes)
    {
        _spec = bytes;
        return this;
    }

    /// <summary>Where the root model goes under Data/, as the standard manifest names it.</summary>
    public PackageBuilder RootPath(string path)
    {
        _rootPath = path;
        return this;
    }

    /// <summary>Replaces the standard manifest text.</summary>
    public PackageBuilder Manifest(string json)
    {
        _manifest = json;
        return this;
    }

    /// <summary>Leaves Manifest.json out.</summary>
    public PackageBuilder NoManifest()
    {
        _writeManifest = false;
        return this;
    }

    /// <summary>A manifest as coremltools writes it, with one root model entry.</summary>
    public static string StandardManifest(string rootPath = StandardRootPath, string version = "1.0.0")
        => string.Format(
            CultureInfo.InvariantCulture,
            "{{\n    \"fileFormatVersion\": \"{0}\",\n    \"itemInfoEntries\": {{\n        \"{1}\": {{\n            \"author\": \"com.apple.CoreML\",\n"
                + "            \"description\": \"CoreML Model Specification\",\n            \"name\": \"model.mlmodel\",\n            \"path\": \"{2}\"\n        }}\n    }},\n"
                + "    \"rootModelIdentifier\": \"{1}\"\n}}\n",
            version,
            RootIdentifier,
            rootPath.Replace("\\", "\\\\"));

    /// <summary>Creates the package folder; the spec goes to Data/&lt;root path&gt; when that stays inside the package.</summary>
    public string WriteTo(string packagePath)
    {
        Directory.CreateDirectory(packagePath);
        if (_writeManifest)
        {
            File.WriteAllText(Path.Combine(packagePath, "Manifest.json"), _manifest ?? StandardManifest(_rootPath));
        }

        if (_spec is not null && _rootPath.Length > 0 && !Path.IsPathRooted(_rootPath) && !_rootPath.Contains(".."))
        {
            string specPath = Path.Combine(packagePath, "Data", _rootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(specPath)!);
            File.WriteAllBytes(specPath, _spec);
        }

        return packagePath;
    }
}
