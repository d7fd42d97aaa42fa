using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>
/// Runs the .NET platform-compatibility analyzer (CA1416, from Microsoft.CodeAnalysis.NetAnalyzers) on an Apple
/// compilation, as an app build would: every call to an API whose availability the calling member does not
/// guarantee is an error. The API surface carries the bindings' <c>[SupportedOSPlatform]</c> attributes.
/// </summary>
public static class PlatformCompatibility
{
    public const string DiagnosticId = "CA1416";

    /// <summary>
    /// The oldest OS an app may target, as the .NET SDK writes it into the app assembly (SupportedOSPlatformVersion
    /// defaults of .NET 8 for iOS, Mac Catalyst, macOS and tvOS; macOS set to Core ML's first release).
    /// </summary>
    public const string AssemblyFloor = """
        [assembly: global::System.Runtime.Versioning.SupportedOSPlatform("ios11.0")]
        [assembly: global::System.Runtime.Versioning.SupportedOSPlatform("maccatalyst13.1")]
        [assembly: global::System.Runtime.Versioning.SupportedOSPlatform("macos10.13")]
        [assembly: global::System.Runtime.Versioning.SupportedOSPlatform("tvos11.0")]
        """;

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    /// <summary>The CA1416 diagnostics of a compilation, and any failure of the analyzer.</summary>
    public static IReadOnlyList<Diagnostic> Check(Compilation compilation)
    {
        var specific = new Dictionary<string, ReportDiagnostic>(compilation.Options.SpecificDiagnosticOptions) { [DiagnosticId] = ReportDiagnostic.Error };
        Compilation strict = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));
        var global = new Dictionary<string, string>
        {
            // The analyzer runs only for .NET 5+ targets, and reads the platforms the project targets.
            ["build_property.TargetFramework"] = "net8.0-ios",
            ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
            ["build_property.TargetFrameworkVersion"] = "v8.0",
            ["build_property._SupportedPlatformList"] = "ios,maccatalyst,macos,tvos",
        };
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildPropertiesProvider(new TestOptionsProvider.DictionaryOptions(global)));
        ImmutableArray<Diagnostic> diagnostics = strict.WithAnalyzers(Analyzers.Value, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        // AD0001: the analyzer itself failed, which must not pass as "no problems".
        return diagnostics.Where(d => d.Id == DiagnosticId || d.Id == "AD0001").ToList();
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "NetAnalyzers");
        var loader = new AssemblyLoader();
        ImmutableArray<DiagnosticAnalyzer> analyzers = Directory.GetFiles(folder, "*.dll")
            .SelectMany(path => new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == DiagnosticId))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException("No analyzer for " + DiagnosticId + " in " + folder + ": the platform check cannot run.");
        }

        return analyzers;
    }

    /// <summary>MSBuild properties as the SDK passes them: global, and seen from every syntax tree (NetAnalyzers reads them there).</summary>
    private sealed class BuildPropertiesProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _properties;

        public BuildPropertiesProvider(AnalyzerConfigOptions properties) => _properties = properties;

        public override AnalyzerConfigOptions GlobalOptions => _properties;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _properties;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _properties;
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
