using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CoreMLGen.Generator;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CoreMLGen.Cli;

/// <summary>What <c>coremlgen generate</c> was asked for.</summary>
internal sealed record GenerateRequest(string ModelPath, string OutputDirectory, string Namespace, string ClassName, string Access, bool Apple, bool Evaluator = false);

/// <summary><c>coremlgen generate MODEL</c>: writes the C# the build's generator would write, through the same code.</summary>
internal static class GenerateCommand
{
    public static int Run(GenerateRequest request, TextWriter output, TextWriter error)
    {
        if (request.Apple && request.Evaluator)
        {
            error.WriteLine("error: --apple and --evaluator are two different backends; choose one (Apple targets always use Core ML).");
            return ExitCodes.UsageError;
        }

        string? descriptor = ModelLoader.LoadDescriptor(request.ModelPath, error);
        if (descriptor is null)
        {
            return ExitCodes.ModelError;
        }

        string fullPath = Path.GetFullPath(request.ModelPath);
        string fileName = Path.GetFileName(fullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var options = new ItemOptions(fullPath + ".descriptor", fullPath, fileName, request.ClassName, request.Namespace, request.Access, string.Empty, string.Empty);
        ParsedModel parsed = ModelParser.Parse(descriptor, options, CancellationToken.None);
        var capabilities = new TargetCapabilities(request.Apple, HasHalf: true) { HasEvaluator = request.Evaluator };
        IEnumerable<DiagnosticInfo> diagnostics = parsed.Spec is null
            ? parsed.Diagnostics
            : parsed.Diagnostics.Concat(ModelSourceEmitter.TargetDiagnostics(parsed.Spec, capabilities));
        bool failed = false;
        foreach (Diagnostic diagnostic in diagnostics.Select(d => d.ToDiagnostic()))
        {
            error.WriteLine(diagnostic.ToString());
            failed |= diagnostic.Severity == DiagnosticSeverity.Error;
        }

        if (failed || parsed.Spec is null)
        {
            return ExitCodes.ModelError;
        }

        var sources = ModelSourceEmitter.Emit(parsed.Spec, capabilities, ModelSourceEmitter.ToolVersion).ToList();
        (IReadOnlyList<GeneratedSource> customLayers, EquatableArray<DiagnosticInfo> layerDiagnostics) = ModelSourceEmitter.EmitCustomLayers(parsed.Spec.CustomLayers, capabilities, ModelSourceEmitter.ToolVersion);
        foreach (DiagnosticInfo diagnostic in layerDiagnostics)
        {
            error.WriteLine(diagnostic.ToDiagnostic().ToString());
        }

        sources.AddRange(customLayers);
        if (request.Apple)
        {
            sources.Add(new GeneratedSource(AppleInteropEmitter.HintName, AppleInteropEmitter.Emit(ModelSourceEmitter.ToolVersion)));
        }

        Directory.CreateDirectory(request.OutputDirectory);
        foreach (GeneratedSource source in sources)
        {
            string path = Path.Combine(request.OutputDirectory, source.HintName);
            File.WriteAllText(path, source.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            output.WriteLine(path);
        }

        return ExitCodes.Success;
    }
}
