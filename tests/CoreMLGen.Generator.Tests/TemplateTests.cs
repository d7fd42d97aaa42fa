using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>The fixed code the generator ships as embedded <c>.cs</c> files compiles as it is, and is not part of the generator.</summary>
public class TemplateTests
{
    private const string Prefix = "CoreMLGen.Generator.Templates.";

    public static IEnumerable<object[]> TemplateNames()
        => typeof(CoreMLModelGenerator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n.Substring(Prefix.Length) });

    [Fact]
    public void The_generator_embeds_the_apple_interop_template()
        => TemplateNames().Select(n => (string)n[0]).ShouldContain("AppleInterop.cs");

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Each_template_compiles_against_the_apple_api_surface_with_platform_checks(string name)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetKind.Apple, Read(name));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(PlatformCompatibility.Check(compilation))
            .ToList();
        problems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(problems));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Templates_are_not_compiled_into_the_generator(string name)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Read(name));
        foreach (string type in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text))
        {
            typeof(CoreMLModelGenerator).Assembly.GetTypes().ShouldNotContain(t => t.Name == type, type);
        }
    }

    [Fact]
    public void The_apple_interop_file_is_the_template_with_the_tool_version()
        => Emitting.AppleInteropEmitter.Emit("9.9.9").ShouldBe(Read("AppleInterop.cs").Replace("{version}", "9.9.9"));

    [Fact]
    public void Custom_layer_classes_forward_to_the_one_generic_bridge()
    {
        BuiltSpecCase builtCase = BuiltSpecCases.Get("CustomParameterTypes");
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, "TestApp", new[] { builtCase.Input() }, builtCase.UserSources());
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        string layer = run.Sources.Values.Single(text => text.Contains("global::CoreML.IMLCustomLayer", StringComparison.Ordinal));
        foreach (string member in new[] { "SetWeightData", "GetOutputShapes", "EvaluateOnCpu" })
        {
            layer.ShouldContain("=> global::CoreMLGen.Generated.AppleCustomLayerBridge." + member + "(this, __initializationError, ");
        }

        layer.ShouldNotContain("catch (");
        run.Sources[Emitting.AppleInteropEmitter.HintName].ShouldContain("internal static class AppleCustomLayerBridge");
    }

    private static string Read(string name)
    {
        using Stream stream = typeof(CoreMLModelGenerator).Assembly.GetManifestResourceStream(Prefix + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
