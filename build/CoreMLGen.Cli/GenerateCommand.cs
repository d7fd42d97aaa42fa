using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CoreMLGen.Cli;

/// <summary>What <c>coremlgen generate</c> was asked for.</summary>
/// <param name="ModelPath">The .mlmodel file or .mlpackage folder.</param>
/// <param name="OutputDirectory">Where the files go.</param>
/// <param name="Namespace">The item's Namespace metadata (empty: the global namespace).</param>
/// <param name="ClassName">The item's ClassName metadata (empty: from the file name).</param>
/// <param name="Access">public or internal (empty: public).</param>
/// <param name="Apple">An Apple target (Core ML backend).</param>
/// <param name="Evaluator">A project that references CoreMLGen.Evaluator.</param>
/// <param name="RelativePath">The model's path in the project (empty: its file name); names the files and the embedded resource.</param>
/// <param name="LogicalName">The item's LogicalName metadata: the model's name in an Apple app bundle (empty: from the path).</param>
/// <param name="RootNamespace">The project's RootNamespace (used when <paramref name="Namespace"/> is empty).</param>
internal sealed record GenerateRequest(string ModelPath, string OutputDirectory, string Namespace, string ClassName, string Access, bool Apple, bool Evaluator = false, string RelativePath = "", string LogicalName = "", string RootNamespace = "");

/// <summary>
/// <c>coremlgen generate MODEL</c>: writes the C# the build writes for the model, by running the build's own steps —
/// the task's model reader and descriptor writer, then the Roslyn generator through a generator driver with the
/// options the targets pass (<see cref="GeneratorRun"/>).
/// </summary>
internal static class GenerateCommand
{
    public static int Run(GenerateRequest request, TextWriter output, TextWriter error)
    {
        if (request.Apple && request.Evaluator)
        {
            throw new CliUsageException("--apple and --evaluator are two different backends; choose one (Apple targets always use Core ML).");
        }

        string? descriptor = ModelLoader.LoadDescriptor(request.ModelPath, error);
        if (descriptor is null)
        {
            return ExitCodes.ModelError;
        }

        GeneratorItem item = GeneratorItem.For(request);
        GeneratorBackend backend = request.Apple ? GeneratorBackend.Apple : request.Evaluator ? GeneratorBackend.Evaluator : GeneratorBackend.Portable;
        GeneratorRunResult result = GeneratorRun.Run(descriptor, item.SourceModel + ".descriptor", item, backend);
        bool failed = result.Exception is not null;
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            failed |= diagnostic.Severity == DiagnosticSeverity.Error;
        }

        if (result.Exception is { } exception)
        {
            error.WriteLine(item.SourceModel + ": error: the generator failed: " + exception.GetType().Name + ": " + exception.Message);
        }

        if (failed)
        {
            return ExitCodes.ModelError;
        }

        IReadOnlyList<GeneratedSourceResult> sources = result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();
        foreach (string path in GeneratedFilesWriter.Write(request.OutputDirectory, item.SourceModel, sources))
        {
            output.WriteLine(path);
        }

        return ExitCodes.Success;
    }
}
