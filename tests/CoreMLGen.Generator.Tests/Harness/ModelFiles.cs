using System.IO;
using System.Linq;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using Shouldly;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>Model file → reader → descriptor: the MSBuild task's half of the pipeline, for end-to-end tests.</summary>
public static class ModelFiles
{
    public static string Descriptor(string modelPath)
    {
        ModelReadResult result = ModelReader.Read(modelPath);
        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors.Select(e => e.Code + " " + e.Message)));
        return DescriptorWriter.Write(result.Interface!);
    }

    public static ModelInput Input(string modelPath, string relativePath)
        => new(relativePath, Descriptor(modelPath));
}
