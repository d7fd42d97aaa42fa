using System.IO;

namespace CoreMLGen.Cli;

/// <summary><c>coremlgen descriptor MODEL</c>: prints the text descriptor the build writes for the model.</summary>
internal static class DescriptorCommand
{
    public static int Run(string modelPath, TextWriter output, TextWriter error)
    {
        string? descriptor = ModelLoader.LoadDescriptor(modelPath, error);
        if (descriptor is null)
        {
            return ExitCodes.ModelError;
        }

        output.Write(descriptor);
        return ExitCodes.Success;
    }
}
