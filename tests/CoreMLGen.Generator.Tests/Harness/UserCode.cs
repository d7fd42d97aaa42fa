using System.IO;
using CoreMLGen.Testing;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>The app code in tests/CoreMLGen.Generator.Tests/UserCode (custom layer implementations), as source text.</summary>
public static class UserCode
{
    public static string Read(string fileName)
        => fileName == SampleMidiLayer
            ? File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "sample", "CoreMLGen.Drummer", fileName)).Replace("namespace CoreMLGen.Drummer", "namespace TestApp")
            : File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "CoreMLGen.Generator.Tests", "UserCode", fileName));

    /// <summary>The Drummer sample's MidiNoteTickActivation is the reference implementation: the tests compile that very file.</summary>
    private const string SampleMidiLayer = "MidiNoteTickActivation.cs";

    /// <summary>The implementations a fixture model needs to compile (its custom layers), by file name.</summary>
    public static string[] ForFixture(string fixtureFileName)
        => fixtureFileName == "NeuralMcNeuralNet.mlmodel" ? new[] { Read("Swish.cs") } : System.Array.Empty<string>();
}
