using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CoreMLGen.Cli;

/// <summary>The backend a build's compilation selects: what the generator sees in the references.</summary>
internal enum GeneratorBackend
{
    /// <summary>No Core ML, no evaluator: the portable layer and a Load() that says what is missing.</summary>
    Portable,

    /// <summary>An Apple target: the compilation has <c>CoreML.MLModel</c>.</summary>
    Apple,

    /// <summary>The project references CoreMLGen.Evaluator.</summary>
    Evaluator,
}

/// <summary>
/// Runs the build's Roslyn generator, <see cref="CoreMLModelGenerator"/>, through <see cref="CSharpGeneratorDriver"/>
/// exactly as the compiler does in a build: the descriptor as an additional file, the item metadata and root
/// namespace as analyzer-config options, and a compilation whose references select the backend. What comes out is
/// what the compiler adds to the project.
/// </summary>
internal static class GeneratorRun
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    /// <summary>Stands for the Apple bindings: the generator only asks whether the compilation has this type.</summary>
    private const string AppleCoreMLStandIn = "namespace CoreML { public class MLModel { } }";

    /// <summary>The generator's sources, diagnostics and (should it throw, which it must not) exception.</summary>
    public static GeneratorRunResult Run(string descriptor, string descriptorPath, GeneratorItem item, GeneratorBackend backend)
    {
        var options = new GeneratorOptions(
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["build_property.RootNamespace"] = item.RootNamespace },
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [Metadata + "CoreMLGenKind"] = "Descriptor",
                [Metadata + "CoreMLGenSourceModel"] = item.SourceModel,
                [Metadata + "CoreMLGenRelativePath"] = item.RelativePath,
                [Metadata + "CoreMLGenClassName"] = item.ClassName,
                [Metadata + "CoreMLGenNamespace"] = item.Namespace,
                [Metadata + "CoreMLGenAccess"] = item.Access,
                [Metadata + "CoreMLGenBundleName"] = item.BundleName,
                [Metadata + "CoreMLGenResourceName"] = item.ResourceName,
            });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CoreMLModelGenerator().AsSourceGenerator() },
            new AdditionalText[] { new DescriptorText(descriptorPath, descriptor) },
            CSharpParseOptions.Default,
            options);
        return driver.RunGenerators(Compilation(backend)).GetRunResult().Results.Single();
    }

    // The core library (it has System.Half, as every net8.0+ target does), plus what selects the backend.
    private static CSharpCompilation Compilation(GeneratorBackend backend)
    {
        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        var trees = new List<SyntaxTree>();
        if (backend == GeneratorBackend.Evaluator)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(ModelEvaluator).Assembly.Location));
        }

        if (backend == GeneratorBackend.Apple)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(AppleCoreMLStandIn)));
        }

        return CSharpCompilation.Create("CoreMLGenCliProject", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
