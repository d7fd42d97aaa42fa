using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// What can be checked about the Apple layer without an Apple device: availability (CA1416 against the API surface,
/// which carries the bindings' attributes), and calling only API shapes the bindings really have.
/// </summary>
public class AppleCorrectnessTests
{
    private static readonly string[] BatchFloor = { "ios13.0", "maccatalyst13.1", "macos10.15", "tvos13.0" };

    [Fact]
    public void The_platform_check_runs_and_catches_a_call_newer_than_its_caller()
    {
        // Guards every Apple compile test: without this, an analyzer that failed to load would pass silently.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Apple, """
            static class Caller
            {
                [System.Runtime.Versioning.SupportedOSPlatform("ios12.0")]
                [System.Runtime.Versioning.SupportedOSPlatform("maccatalyst13.1")]
                [System.Runtime.Versioning.SupportedOSPlatform("macos10.14")]
                [System.Runtime.Versioning.SupportedOSPlatform("tvos12.0")]
                public static object? Batch(CoreML.MLModel model, CoreML.IMLBatchProvider batch)
                    => model.GetPredictions(batch, out Foundation.NSError? error);
            }
            """);
        IReadOnlyList<Diagnostic> problems = PlatformCompatibility.Check(compilation);
        problems.ShouldContain(d => d.Id == "CA1416" && d.Severity == DiagnosticSeverity.Error && d.GetMessage().Contains("ios", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_prediction_needs_ios_and_tvos_13_and_macos_10_15()
    {
        // Spec 1 puts the model's floor at iOS 11: PredictBatch must raise it to the batch API's.
        ModelInput model = OldModel();
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, model);

        MethodDeclarationSyntax batch = Methods(run, ".Apple.g.cs", "PredictBatch").Single();
        SupportedPlatforms(batch).ShouldBe(BatchFloor, ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Fact]
    public void Stateful_async_prediction_does_not_call_the_completion_handler_overload()
    {
        // dotnet/macios declares predictionFromFeatures:usingState:options:completionHandler: as returning
        // IMLFeatureProvider (the Objective-C method returns void): the generated code must not depend on it.
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, BuiltSpecCases.Get("Stateful").Input());
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        var calls = new List<IMethodSymbol>();
        foreach (SyntaxTree tree in run.OutputCompilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".Apple.g.cs", StringComparison.Ordinal)))
        {
            SemanticModel semantics = run.OutputCompilation.GetSemanticModel(tree);
            calls.AddRange(tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(i => semantics.GetSymbolInfo(i).Symbol as IMethodSymbol)
                .Where(m => m is not null)!);
        }

        calls.ShouldContain(m => m.ContainingType.Name == "MLModel_MLState" && m.Name == "GetPrediction");
        calls.ShouldNotContain(m => m.Parameters.Any(p => p.Type.Name == "MLStateGetPredictionCompletionHandler"));
        Methods(run, ".Apple.g.cs", "PredictAsync").ShouldContain(m => m.ParameterList.Parameters.Count == 3);
    }

    [Fact]
    public void Int8_arrays_are_not_typed_for_apple_targets_and_say_why()
    {
        GeneratorRun apple = GeneratorHarness.Run(TargetKind.Apple, DescriptorFiles.Load("AllFeatureTypes"));
        apple.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1014" && d.GetMessage().Contains("'bytes'", StringComparison.Ordinal));
        apple.Sources.Values.ShouldAllBe(text => !text.Contains("MultiArray<sbyte>", StringComparison.Ordinal));
        apple.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(apple.CompilationProblems));

        GeneratorRun portable = GeneratorHarness.Run(TargetKind.Portable, DescriptorFiles.Load("AllFeatureTypes"));
        portable.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CMLG1014");
        portable.Sources.Values.ShouldContain(text => text.Contains("MultiArray<sbyte>", StringComparison.Ordinal));
    }

    [Fact]
    public void Pixel_buffer_attributes_macos_lacks_are_unavailable_on_macos()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Apple, """
            static class Caller
            {
                [System.Runtime.Versioning.SupportedOSPlatform("macos10.15")]
                public static void OnMac(CoreVideo.CVPixelBufferAttributes attributes)
                {
                    attributes.MetalCompatibility = true;
                    attributes.AllocateWithIOSurface = true;
                }

                [System.Runtime.Versioning.SupportedOSPlatform("ios13.0")]
                public static void OnIos(CoreVideo.CVPixelBufferAttributes attributes)
                {
                    attributes.MetalCompatibility = true;
                    attributes.AllocateWithIOSurface = true;
                }
            }
            """);
        IReadOnlyList<Diagnostic> problems = PlatformCompatibility.Check(compilation);
        problems.Count(d => Within(d, "OnMac")).ShouldBe(2, GeneratedOutput.DescribeProblems(problems));
        problems.ShouldNotContain(d => Within(d, "OnIos"), GeneratedOutput.DescribeProblems(problems));
    }

    [Fact]
    public void Image_setters_and_conversions_need_ios_13()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, OldModel());
        IReadOnlyList<MethodDeclarationSyntax> setters = Methods(run, ".Apple.g.cs", null)
            .Where(m => m.Identifier.Text.StartsWith("SetImage", StringComparison.Ordinal)).ToList();
        setters.ShouldNotBeEmpty();
        setters.ShouldAllBe(m => SupportedPlatforms(m).Contains("ios13.0") && SupportedPlatforms(m).Contains("macos10.15"));
        Methods(run, "AppleInterop.g.cs", "ToPixelBuffer").ShouldAllBe(m => SupportedPlatforms(m).Contains("ios13.0") && SupportedPlatforms(m).Contains("tvos13.0"));
    }

    /// <summary>AllFeatureTypes at specification 1, whose OS floor (iOS 11) is below every newer API it uses.</summary>
    private static ModelInput OldModel()
    {
        ModelInput model = DescriptorFiles.Load("AllFeatureTypes");
        string text = model.DescriptorText.Replace("specVersion=5", "specVersion=1");
        text.ShouldNotBe(model.DescriptorText);
        return model with { DescriptorText = text };
    }

    private static bool Within(Diagnostic diagnostic, string method)
        => diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf()
            .OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.Text == method);

    private static IReadOnlyList<MethodDeclarationSyntax> Methods(GeneratorRun run, string fileSuffix, string? name)
        => run.Sources.Where(s => s.Key.EndsWith(fileSuffix, StringComparison.Ordinal))
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.Value).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(m => name is null || m.Identifier.Text == name)
            .ToList();

    private static List<string> SupportedPlatforms(MemberDeclarationSyntax member)
        => member.AttributeLists.SelectMany(l => l.Attributes)
            .Where(a => a.Name.ToString().EndsWith("SupportedOSPlatform", StringComparison.Ordinal))
            .Select(a => a.ArgumentList!.Arguments[0].Expression.ToString().Trim('"'))
            .ToList();
}
