using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>Which compilation the generated code is checked against.</summary>
public enum TargetKind
{
    /// <summary>Framework and CoreMLGen.Runtime only (Linux, Windows, Android, ...).</summary>
    Portable,

    /// <summary>Also the Apple API surface assembly, which holds CoreML.MLModel (.NET for iOS/macOS).</summary>
    Apple,

    /// <summary>Portable, plus the real CoreMLGen.Evaluator assembly: the model classes predict through the managed evaluator.</summary>
    PortableWithEvaluator,
}

/// <summary>The targets every model is checked against.</summary>
public static class TargetKinds
{
    public static readonly TargetKind[] All = { TargetKind.Portable, TargetKind.Apple, TargetKind.PortableWithEvaluator };
}

/// <summary>The generator's output for a set of descriptors, and the compilation it produced.</summary>
public sealed record GeneratorRun(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    Compilation OutputCompilation,
    GeneratorDriver Driver)
{
    private static bool IsInGeneratedCode(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true
            || diagnostic.Id == "AD0001";

    /// <summary>The target the code was compiled for.</summary>
    public TargetKind Target { get; init; }

    /// <summary>
    /// Errors and warnings of the compilation including generated code; for Apple targets also every call in
    /// generated code to an API the calling member's availability does not cover (CA1416, as errors). The tests' own
    /// probe code is left out of that check: in an app, availability at call sites is the app's business.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => OutputCompilation.GetDiagnostics()
        .Concat(Target == TargetKind.Apple ? PlatformCompatibility.Check(OutputCompilation).Where(IsInGeneratedCode) : Enumerable.Empty<Diagnostic>())
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ToList();
}

/// <summary>Runs <see cref="CoreMLModelGenerator"/> exactly as the compiler would, on in-memory descriptors.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private const string UserCode = "namespace TestApp { internal static class UserCode { } }";

    public static GeneratorRun Run(TargetKind target, params ModelInput[] models)
        => Run(target, "TestApp", models);

    /// <summary>Runs the generator; <paramref name="userSources"/> is the app's own code (e.g. custom layer implementations).</summary>
    public static GeneratorRun Run(TargetKind target, string rootNamespace, IReadOnlyList<ModelInput> models, params string[] userSources)
    {
        CSharpCompilation compilation = CreateCompilation(target, userSources.Prepend(UserCode).ToArray());
        GeneratorDriver driver = CreateDriver(rootNamespace, models);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        var sources = result.Results
            .SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratorRun(sources, diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray(), output, driver) { Target = target };
    }

    public static GeneratorDriver CreateDriver(string rootNamespace, IReadOnlyList<ModelInput> models)
        => CreateDriver(rootNamespace, models, out _);

    public static GeneratorDriver CreateDriver(string rootNamespace, IReadOnlyList<ModelInput> models, out IReadOnlyList<AdditionalText> texts)
    {
        texts = models.Select(m => (AdditionalText)new InMemoryAdditionalText(m.DescriptorPath, m.DescriptorText)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new CoreMLModelGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            CreateOptions(rootNamespace, models),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>The build properties and item metadata MSBuild would pass for these models.</summary>
    public static AnalyzerConfigOptionsProvider CreateOptions(string rootNamespace, IReadOnlyList<ModelInput> models)
    {
        var perFile = models.ToDictionary(m => m.DescriptorPath, m => new TestOptionsProvider.DictionaryOptions(m.Metadata));
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
        return new TestOptionsProvider(global, perFile);
    }

    public static CSharpCompilation CreateCompilation(TargetKind target, params string[] sources)
    {
        IEnumerable<MetadataReference> references = FrameworkReferences()
            .Append(MetadataReference.CreateFromFile(typeof(CoreMLGen.MultiArray).Assembly.Location));
        if (target == TargetKind.Apple)
        {
            references = references.Append(MetadataReference.CreateFromFile(AppleApiAssemblyPath));
            sources = sources.Append(PlatformCompatibility.AssemblyFloor).ToArray();
        }
        else if (target == TargetKind.PortableWithEvaluator)
        {
            references = references.Append(MetadataReference.CreateFromFile(typeof(CoreMLGen.Evaluation.ModelEvaluator).Assembly.Location));
        }

        return CSharpCompilation.Create(
            "GeneratedCodeUnderTest",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Default));
    }

    /// <summary>The API-surface assembly (tests/CoreMLGen.AppleApi), copied beside the tests.</summary>
    public static string AppleApiAssemblyPath => Path.Combine(AppContext.BaseDirectory, "CoreMLGen.AppleApi.dll");

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
    }
}
