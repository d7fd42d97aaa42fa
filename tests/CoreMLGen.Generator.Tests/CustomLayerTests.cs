using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Generator.Tests;

/// <summary>Custom layer classes: one per class, typed parameters, a compile error without the math, and their behaviour.</summary>
public class CustomLayerTests
{
    private static ModelInput Input(SpecBuilder spec, string relativePath, string ns = "")
    {
        string path = Path.Combine(Path.GetTempPath(), "coremlgen-" + System.Guid.NewGuid().ToString("N"), Path.GetFileName(relativePath));
        try
        {
            return ModelFiles.Input(spec.WriteTo(path), relativePath) with { Namespace = ns };
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static SpecBuilder OneLayer(string className, IReadOnlyDictionary<string, object> parameters)
        => SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 4))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 4))
            .Layers(Layers.Custom("layer", className, new[] { "x" }, new[] { "y" }, parameters));

    [Theory]
    [InlineData(TargetKind.Portable)]
    [InlineData(TargetKind.Apple)]
    [InlineData(TargetKind.PortableWithEvaluator)]
    public void Leaving_out_the_math_is_a_compile_error(TargetKind target)
    {
        GeneratorRun run = GeneratorHarness.Run(target, BuiltSpecCases.Get("CustomLayerInPipeline").Input());

        run.CompilationProblems.ShouldContain(d => d.Id == "CS8795" && d.Severity == DiagnosticSeverity.Error && d.GetMessage().Contains("Swish.Evaluate"));
    }

    [Fact]
    public void Two_models_in_one_namespace_share_one_class()
    {
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Apple,
            "TestApp",
            new[] { Input(OneLayer("Scale", new Dictionary<string, object> { ["factor"] = 2 }), "Models/A.mlmodel"), Input(OneLayer("Scale", new Dictionary<string, object> { ["factor"] = 0.5, ["bias"] = 1L }), "Models/B.mlmodel") },
            UserCode.Read("Scale.cs"));

        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.Where(k => k.StartsWith("CoreMLGen.CustomLayers.")).ShouldBe(new[] { "CoreMLGen.CustomLayers.TestApp.Scale.g.cs", "CoreMLGen.CustomLayers.TestApp.Scale.Apple.g.cs" }, ignoreOrder: true);
        string portable = run.Sources["CoreMLGen.CustomLayers.TestApp.Scale.g.cs"];
        portable.ShouldContain("The custom layer class <c>Scale</c> of A/layer, B/layer.");

        // An int and a double widen to double; a parameter only one layer sets is optional.
        portable.ShouldContain("public double Factor { get; }");
        portable.ShouldContain("public long? Bias { get; }");
        portable.ShouldContain("GetOptionalInt64(parameters, \"bias\", ObjectiveCClassName)");
        run.Sources.Where(s => s.Key.StartsWith("Models.")).Count(s => s.Value.Contains("typeof(global::TestApp.Scale)")).ShouldBe(2);
    }

    [Fact]
    public void Two_namespaces_with_one_Objective_C_class_are_reported()
    {
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Apple,
            "TestApp",
            new[] { Input(OneLayer("Scale", new Dictionary<string, object>()), "A.mlmodel", "First"), Input(OneLayer("Scale", new Dictionary<string, object>()), "B.mlmodel", "Second") });

        Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CMLG1013");
        diagnostic.GetMessage().ShouldContain("it is generated as First.Scale and Second.Scale, which register the same Objective-C class");
    }

    [Fact]
    public void Parameters_whose_types_disagree_get_no_typed_property()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 4))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 4))
            .Layers(
                Layers.Custom("first", "Mixed", new[] { "x" }, new[] { "m" }, new Dictionary<string, object> { ["mode"] = "fast", ["size"] = 3 }),
                Layers.Custom("second", "Mixed", new[] { "m" }, new[] { "y" }, new Dictionary<string, object> { ["mode"] = 2.0, ["size"] = 4 }));

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, Input(spec, "Models/MixedModel.mlmodel"));

        run.GeneratorDiagnostics.Select(d => d.Id + ": " + d.GetMessage()).ShouldBe(new[]
        {
            "CMLG1013: Custom layer class 'Mixed' (model 'MixedModel'): its layers give parameter 'mode' different types (string, double), so it has no typed property; read it from Parameters",
        });
        string portable = run.Sources["CoreMLGen.CustomLayers.TestApp.Mixed.g.cs"];
        portable.ShouldNotContain(" Mode { get; }");
        portable.ShouldContain("public int Size { get; }");
        portable.ShouldContain("3, 4 in the model's layers");
    }

    [Fact]
    public void A_class_name_that_is_not_an_identifier_keeps_its_Objective_C_name()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, "TestApp", new[] { Input(OneLayer("my-layer", new Dictionary<string, object>()), "Models/Odd.mlmodel") }, """
            namespace TestApp
            {
                public sealed partial class MyLayer
                {
                    public partial void Evaluate(System.Collections.Generic.IReadOnlyList<CoreMLGen.MultiArray<float>> inputs, System.Collections.Generic.IReadOnlyList<CoreMLGen.MultiArray<float>> outputs)
                    {
                        inputs[0].CopyTo(outputs[0]);
                    }
                }
            }
            """);

        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1013" && d.GetMessage().Contains("C# class MyLayer (its name is not a C# identifier)"));
        run.Sources["CoreMLGen.CustomLayers.TestApp.MyLayer.Apple.g.cs"].ShouldContain("[global::Foundation.Register(\"my-layer\")]");
    }

    [Fact]
    public void A_class_name_taken_by_a_generated_type_gets_a_suffix()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, Input(OneLayer("NetInput", new Dictionary<string, object>()), "Models/Net.mlmodel"));

        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1013" && d.GetMessage().Contains("C# class NetInputLayer (its name is taken by another generated type)"));
        run.Sources.Keys.ShouldContain("CoreMLGen.CustomLayers.TestApp.NetInputLayer.g.cs");
    }

    [Fact]
    public void Parameters_are_read_and_checked_once_and_shapes_default_to_the_inputs()
    {
        const string probe = """
            using System.Collections.Generic;
            using System.Linq;

            namespace TestApp
            {
                public static class LayerProbe
                {
                    public static string Run()
                    {
                        var lines = new List<string>();
                        var good = new EveryParameter(new Dictionary<string, object> { ["count"] = 3L, ["seed"] = 9000000000L, ["rate"] = 1, ["mode"] = "fast", ["enabled"] = 1 });
                        lines.Add(good.Count + " " + good.Seed + " " + good.Rate + " " + good.Mode + " " + good.Enabled);
                        try
                        {
                            _ = new EveryParameter(new Dictionary<string, object> { ["count"] = 3 });
                        }
                        catch (CoreMLGen.CoreMLException exception)
                        {
                            lines.Add(exception.Message);
                        }

                        try
                        {
                            good.SetWeights(new System.ReadOnlyMemory<byte>[1]);
                        }
                        catch (CoreMLGen.CoreMLException exception)
                        {
                            lines.Add(exception.Message);
                        }

                        good.SetWeights(new System.ReadOnlyMemory<byte>[2]);
                        lines.Add(good.Weights.Count + " weights of " + string.Join(",", EveryParameter.WeightCounts));
                        var shapes = good.GetOutputShapes(new[] { new[] { 1, 1, 6, 1, 1 }, new[] { 2 } });
                        lines.Add(shapes.Count + " output: " + string.Join("x", shapes[0]));
                        var scale = new Scale(new Dictionary<string, object> { ["factor"] = 2.0 });
                        var outputs = new[] { CoreMLGen.MultiArray<float>.Create(3) };
                        scale.Evaluate(new[] { CoreMLGen.MultiArray<float>.Wrap(new float[] { 1, 2, 3 }, 3) }, outputs);
                        lines.Add(string.Join(",", outputs[0].ToArray()) + " from " + string.Join("x", scale.GetOutputShapes(new[] { new[] { 3 } })[0]));
                        return string.Join("\n", lines);
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Portable,
            "TestApp",
            new[] { BuiltSpecCases.Get("CustomParameterTypes").Input(), BuiltSpecCases.Get("SharedCustomClass").Input() },
            UserCode.Read("EveryParameter.cs"),
            UserCode.Read("Scale.cs"),
            probe);

        GeneratedAssembly.Call(GeneratedAssembly.Load(run), "TestApp.LayerProbe", "Run").ShouldBe(string.Join("\n", new[]
        {
            "3 9000000000 1 fast True",
            "The custom layer EveryParameter needs the bool parameter 'enabled', which is missing.",
            "The custom layer EveryParameter has 2 weights, but 1 were given.",
            "2 weights of 6,4",
            "1 output: 1x1x6x1x1",
            "2,4,6 from 3",
        }));
    }
}
