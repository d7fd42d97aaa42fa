using System.IO;
using CoreMLGen.Testing;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>The app code in tests/CoreMLGen.Generator.Tests/UserCode (custom layer implementations), as source text.</summary>
public static class UserCode
{
    public static string Read(string fileName)
        => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "CoreMLGen.Generator.Tests", "UserCode", fileName));

    /// <summary>The implementations a fixture model needs to compile (its custom layers), by file name.</summary>
    public static string[] ForFixture(string fixtureFileName)
        => fixtureFileName == "NeuralMcNeuralNet.mlmodel" ? new[] { Read("Swish.cs") } : System.Array.Empty<string>();
}
