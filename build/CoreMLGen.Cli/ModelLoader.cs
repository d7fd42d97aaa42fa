using System.Collections.Generic;
using System.IO;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;

namespace CoreMLGen.Cli;

/// <summary>Reads a model and produces its descriptor, reporting read problems the way the build does.</summary>
internal static class ModelLoader
{
    /// <summary>Returns the descriptor text, or null after writing the errors to <paramref name="error"/>.</summary>
    public static string? LoadDescriptor(string path, TextWriter error)
    {
        ModelReadResult result = ModelReader.Read(Path.GetFullPath(path));
        Report(result.Warnings, "warning", error);
        if (!result.Succeeded || result.Interface is null)
        {
            Report(result.Errors, "error", error);
            return null;
        }

        return DescriptorWriter.Write(result.Interface);
    }

    public static void Report(IEnumerable<ModelReadError> problems, string severity, TextWriter error)
    {
        foreach (ModelReadError problem in problems)
        {
            error.WriteLine(problem.Path + ": " + severity + " " + problem.Code + ": " + problem.Message);
        }
    }
}
