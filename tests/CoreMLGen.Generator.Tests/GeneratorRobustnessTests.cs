using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// Focused regressions for what <see cref="RandomModelTests"/> found: each model goes through the real reader and
/// writer and must compile on both targets, or get a clear error and no code.
/// </summary>
public class GeneratorRobustnessTests
{
    private static readonly TargetKind[] Targets = TargetKinds.All;

    [Fact]
    public void Empty_and_repeated_feature_names_are_CMLG1009_listing_every_problem()
    {
        ModelInput input = Input(SpecBuilder.NeuralNetwork()
            .Input(string.Empty, FeatureTypes.Double())
            .Input("x", FeatureTypes.Double())
            .Input("x", FeatureTypes.Int64())
            .Output("y", FeatureTypes.Double())
            .Output("y", FeatureTypes.Double()));

        foreach (TargetKind target in Targets)
        {
            GeneratorRun run = GeneratorHarness.Run(target, input);

            Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem(GeneratedOutput.DescribeDiagnostics(run.GeneratorDiagnostics));
            diagnostic.Id.ShouldBe("CMLG1009");
            diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
            diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/Models/Model1.mlmodel");
            string message = diagnostic.GetMessage();
            message.ShouldContain("an input has an empty name");
            message.ShouldContain("input 'x' is declared 2 times");
            message.ShouldContain("output 'y' is declared 2 times");
            run.Sources.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Repeated_function_names_are_CMLG1009()
    {
        ModelInput input = Input(SpecBuilder.MlProgram(9)
            .Function("main", f => f.Input("x", FeatureTypes.Double()))
            .Function("main", f => f.Input("x", FeatureTypes.Double()))
            .DefaultFunction("main"));

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, input);

        Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CMLG1009");
        diagnostic.GetMessage().ShouldContain("function 'main' is declared 2 times");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Function_names_that_sanitise_alike_get_distinct_types()
    {
        ModelInput input = Input(SpecBuilder.MlProgram(9)
            .Function("a-b", f => f.Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()))
            .Function("a_b", f => f.Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()))
            .Function("main", f => f.Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()))
            .DefaultFunction("main"));

        foreach (TargetKind target in Targets)
        {
            GeneratorRun run = ShouldCompile(target, input);

            foreach (string type in new[] { "Model1Input", "Model1ABInput", "Model1AB2Input", "Model1AB2Output" })
            {
                run.OutputCompilation.GetTypeByMetadataName("TestApp." + type).ShouldNotBeNull(type);
            }
        }
    }

    [Fact]
    public void Functions_with_the_same_input_types_and_no_default_compile()
    {
        // Only one convenience Predict(double, string?) can exist; the others are reached through their Input class.
        ModelInput input = Input(SpecBuilder.MlProgram(9)
            .Function("first", f => f.Input("x", FeatureTypes.Double()).Input("s", FeatureTypes.String().Optional()).Output("y", FeatureTypes.Double()))
            .Function("second", f => f.Input("a", FeatureTypes.Double()).Input("b", FeatureTypes.String().Optional()).Output("z", FeatureTypes.Int64()))
            .Function("third", f => f.Input("x", FeatureTypes.Double()).Input("s", FeatureTypes.String()).Output("y", FeatureTypes.Double())));

        ShouldCompile(TargetKind.Portable, input);
        GeneratorRun apple = ShouldCompile(TargetKind.Apple, input);

        INamedTypeSymbol model = apple.OutputCompilation.GetTypeByMetadataName("TestApp.Model1")!;
        model.GetMembers("Predict").OfType<IMethodSymbol>().Count(m => m.Parameters.FirstOrDefault()?.Type.SpecialType == SpecialType.System_Double).ShouldBe(1);
    }

    [Fact]
    public void Sizes_beyond_the_range_of_long_and_int_read_back_and_compile()
    {
        ModelInput input = Input(SpecBuilder.NeuralNetwork()
            .Input("image", FeatureTypes.Image(long.MaxValue, 4, ColorSpace.Rgb).EnumeratedSizes((ulong.MaxValue, 1), (8, (ulong)long.MaxValue + 1)))
            .Input("scan", FeatureTypes.Image(3_000_000_000, 3_000_000_000, ColorSpace.Grayscale).SizeRange((ulong.MaxValue, -1), (1, long.MaxValue)))
            .Input("array", FeatureTypes.MultiArray(DataType.Float32, 3_000_000_000, 1).ShapeRange((ulong.MaxValue, -1), (1, 1)))
            .Input("tokens", FeatureTypes.SequenceOfInt64(ulong.MaxValue, -1))
            .Output("y", FeatureTypes.Double()));

        foreach (TargetKind target in Targets)
        {
            GeneratorRun run = ShouldCompile(target, input);

            // Constants and image setters need int sizes; a corrupt size leaves them out.
            INamedTypeSymbol inputType = run.OutputCompilation.GetTypeByMetadataName("TestApp.Model1Input")!;
            inputType.GetMembers("ImageWidth").ShouldBeEmpty();
            inputType.GetMembers("ScanHeight").ShouldBeEmpty();
            inputType.GetMembers("ArrayShape").ShouldBeEmpty();
            inputType.GetMembers("SetImage").ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("Model.mlmodel", "ModelModel")]
    [InlineData("Predict.mlmodel", "PredictModel")]
    [InlineData("ClassLabels.mlmodel", "ClassLabelsModel")]
    [InlineData("UrlOfModelInThisBundle.mlpackage", "UrlOfModelInThisBundleModel")]
    [InlineData("resnet.mlmodel", "@resnet")]
    [InlineData("squeeze net.mlmodel", "SqueezeNet")]
    public void Class_names_from_file_names_do_not_clash_with_members_or_warn(string file, string expected)
    {
        ModelInput input = Input(StringClassifier(), "Models/" + file);

        foreach (TargetKind target in Targets)
        {
            GeneratorRun run = ShouldCompile(target, input);

            run.OutputCompilation.GetTypeByMetadataName("TestApp." + expected.TrimStart('@')).ShouldNotBeNull();
            run.OutputCompilation.GetTypeByMetadataName("TestApp." + expected.TrimStart('@') + "Input").ShouldNotBeNull();
            string all = string.Concat(run.Sources.Values);
            all.ShouldContain("partial class " + expected + "\n");
            all.ShouldNotContain("@" + expected.TrimStart('@') + " prediction failed");
        }
    }

    [Fact]
    public void ClassName_metadata_naming_a_member_of_the_model_class_is_CMLG1003()
    {
        ModelInput input = Input(StringClassifier()) with { ClassName = "Model" };

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, input);

        Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CMLG1003");
        diagnostic.GetMessage().ShouldContain("ClassName=\"Model\"");
        run.Sources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Models/line\u2028separator.mlmodel")]
    [InlineData("Models/next\u0085line.mlmodel")]
    [InlineData("Models/new\nline.mlmodel")]
    public void Line_breaks_in_the_model_path_stay_inside_the_header_comment(string relativePath)
    {
        ModelInput input = Input(StringClassifier(), relativePath);

        foreach (TargetKind target in Targets)
        {
            ShouldCompile(target, input);
        }
    }

    [Fact]
    public void An_image_output_named_like_the_pixel_buffer_reader_and_a_parameter_named_nameof_compile()
    {
        ModelInput input = Input(SpecBuilder.NeuralNetwork()
            .Input("nameof", FeatureTypes.String())
            .Input("image", FeatureTypes.Image(8, 8, ColorSpace.Bgr))
            .Input("setImage", FeatureTypes.Double())
            .Output("ReadPixelBuffer", FeatureTypes.Image(8, 8, ColorSpace.Bgr), "Not XML: \uffff"));

        foreach (TargetKind target in Targets)
        {
            GeneratorRun run = ShouldCompile(target, input);

            run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1004" && d.GetMessage().Contains("'setImage'"));
        }
    }

    private static SpecBuilder StringClassifier() => SpecBuilder.NeuralNetworkClassifier("a", "b")
        .Input("x", FeatureTypes.MultiArray(DataType.Float32, 2))
        .Output("label", FeatureTypes.String())
        .Output("probabilities", FeatureTypes.DictionaryWithStringKeys())
        .Predicts("label", "probabilities");

    /// <summary>Spec → reader → writer, as the MSBuild task does.</summary>
    private static ModelInput Input(SpecBuilder spec, string relativePath = "Models/Model1.mlmodel")
    {
        ModelReadResult result = ModelReader.ReadSpec(spec.ToBytes(), relativePath);
        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors.Select(e => e.Code + " " + e.Message)));
        return new ModelInput(relativePath, DescriptorWriter.Write(result.Interface!));
    }

    private static GeneratorRun ShouldCompile(TargetKind target, ModelInput input)
    {
        GeneratorRun run = GeneratorHarness.Run(target, input);
        run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(GeneratedOutput.DescribeDiagnostics(run.GeneratorDiagnostics));
        run.Sources.ShouldNotBeEmpty();
        run.CompilationProblems.ShouldBeEmpty(target + ":\n" + GeneratedOutput.DescribeProblems(run.CompilationProblems) + "\n" + input.DescriptorText);
        return run;
    }
}
