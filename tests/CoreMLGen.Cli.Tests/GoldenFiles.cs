using System;
using System.IO;

namespace CoreMLGen.Cli.Tests;

/// <summary>A temporary folder for one test's .npy/.json files and models, deleted when the test ends.</summary>
internal sealed class GoldenFiles : IDisposable
{
    public GoldenFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "coremlgen-golden-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string this[string fileName] => Path.Combine(Directory, fileName);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    /// <summary>Runs <c>coremlgen</c> with the arguments; returns the exit code and both streams.</summary>
    public static (int ExitCode, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
