using System;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The manifest resource name under which a model's spec is embedded off Apple platforms:
/// <c>CoreMLGen.</c> + the project-relative path, ending in <c>.mlmodel</c> (<c>CoreMLGen.Models/Foo.mlmodel</c>,
/// <c>CoreMLGen.Models/Bar.mlpackage.mlmodel</c>). Stable across machines and builds, and unique per model.
/// </summary>
internal static class ResourceNames
{
    public const string Prefix = "CoreMLGen.";
    private const string SpecExtension = ".mlmodel";

    public static string For(string relativePath)
    {
        string name = Prefix + relativePath;
        return name.EndsWith(SpecExtension, StringComparison.OrdinalIgnoreCase) ? name : name + SpecExtension;
    }
}
