using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>CoreMLModel item metadata: Namespace, ClassName, Access; naming of files and types.</summary>
public class ItemOptionTests
{
    private const string Descriptor = "coremlgen-descriptor 2\nmodel specVersion=1 kind=neuralNetwork updatable=false\ninput name=\"x\" description=\"\" optional=false type=double\noutput name=\"y\" description=\"\" optional=false type=double\n";

    [Fact]
    public void Types_go_to_the_root_namespace_by_default()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, "My.App", new[] { new ModelInput("Models/Foo.mlmodel", Descriptor) });

        run.OutputCompilation.GetTypeByMetadataName("My.App.Foo").ShouldNotBeNull();
        run.OutputCompilation.GetTypeByMetadataName("My.App.FooInput").ShouldNotBeNull();
        run.OutputCompilation.GetTypeByMetadataName("My.App.FooOutput")!.DeclaredAccessibility.ShouldBe(Accessibility.Public);
    }

    [Fact]
    public void Namespace_ClassName_and_Access_metadata_override()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, new ModelInput("Foo.mlmodel", Descriptor, ClassName: "Detector", Namespace: "Vision.Models", Access: "internal"));

        INamedTypeSymbol model = run.OutputCompilation.GetTypeByMetadataName("Vision.Models.Detector")!;
        model.ShouldNotBeNull();
        model.DeclaredAccessibility.ShouldBe(Accessibility.Internal);
        run.OutputCompilation.GetTypeByMetadataName("Vision.Models.DetectorInput")!.DeclaredAccessibility.ShouldBe(Accessibility.Internal);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Fact]
    public void An_empty_root_namespace_generates_into_the_global_namespace()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, "", new[] { new ModelInput("Foo.mlmodel", Descriptor) });

        run.OutputCompilation.GetTypeByMetadataName("Foo").ShouldNotBeNull();
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Access", "protected")]
    [InlineData("ClassName", "1Model")]
    [InlineData("ClassName", "My Model")]
    [InlineData("Namespace", "My..App")]
    [InlineData("Namespace", "class.Models")]
    public void Invalid_metadata_is_CMLG1003_on_the_model(string key, string value)
    {
        ModelInput input = key switch
        {
            "Access" => new ModelInput("Foo.mlmodel", Descriptor, Access: value),
            "ClassName" => new ModelInput("Foo.mlmodel", Descriptor, ClassName: value),
            _ => new ModelInput("Foo.mlmodel", Descriptor, Namespace: value),
        };

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, input);

        Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CMLG1003");
        diagnostic.GetMessage().ShouldContain(key + "=\"" + value + "\"");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/Foo.mlmodel");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Same_file_name_in_two_folders_gets_unique_hint_names_and_a_clear_type_clash_error()
    {
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Portable,
            new ModelInput("A/Foo.mlmodel", Descriptor),
            new ModelInput("B/Foo.mlmodel", Descriptor));

        // Each model: its portable layer and its (missing) backend.
        run.Sources.Keys.Count(k => k.Contains("Foo.mlmodel")).ShouldBe(4);
        Diagnostic clash = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        clash.Id.ShouldBe("CMLG1006");
        clash.GetMessage().ShouldContain("A/Foo.mlmodel");
        clash.GetMessage().ShouldContain("B/Foo.mlmodel");
    }

    [Fact]
    public void Same_file_name_in_two_folders_with_distinct_namespaces_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Apple,
            new ModelInput("A/Foo.mlmodel", Descriptor, Namespace: "App.A"),
            new ModelInput("B/Foo.mlmodel", Descriptor, Namespace: "App.B"));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        run.Sources.Keys.Count(k => k == "CoreMLGen.AppleInterop.g.cs").ShouldBe(1);
    }

    [Theory]
    [InlineData("mnist_model.mlmodel", "mnist_model")]
    [InlineData("My Model.mlmodel", "MyModel")]
    [InlineData("2024-classifier.mlpackage", "_2024Classifier")]
    [InlineData("class.mlmodel", "@class")]
    public void Class_names_come_from_the_file_name(string file, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, new ModelInput(file, Descriptor));

        run.OutputCompilation.GetTypeByMetadataName("TestApp." + expected.TrimStart('@')).ShouldNotBeNull();
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Fact]
    public void Two_items_with_the_same_relative_path_report_a_clash_instead_of_crashing()
    {
        var first = new ModelInput("Models/Foo.mlmodel", Descriptor);
        var second = new ModelInput("Models/Foo.mlmodel", Descriptor) with { DescriptorPathOverride = "/project/obj/coremlgen/other/Foo.mlmodel.descriptor" };

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, first, second);

        // Both items point at the same model file here, so the two reports are identical (Roslyn shows one).
        run.GeneratorDiagnostics.ShouldNotBeEmpty();
        run.GeneratorDiagnostics.ShouldAllBe(d => d.Id == "CMLG1010", GeneratedOutput.DescribeDiagnostics(run.GeneratorDiagnostics));
        run.Sources.ShouldBeEmpty();
    }
}
