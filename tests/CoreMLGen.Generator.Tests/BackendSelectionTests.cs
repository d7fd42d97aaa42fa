using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// The model class picks its backend from the compilation: Core ML on Apple targets, the managed evaluator where
/// CoreMLGen.Evaluator is referenced, and otherwise a <c>Load()</c> that does not compile and says what to add.
/// </summary>
public class BackendSelectionTests
{
    /// <summary>App code that uses only calls both backends have: it must compile on Apple and with the evaluator.</summary>
    private const string CrossPlatformCalls = """
        namespace TestApp
        {
            internal static class CrossPlatformCalls
            {
                public static void Run(CoreMLGen.MultiArray<double> features, CoreMLGen.MultiArray<double> state)
                {
                    ActivityTuri6 model = ActivityTuri6.Load();
                    ActivityTuri6Output output = model.Predict(new ActivityTuri6Input(features, state));
                    output = model.Predict(features, state);
                    ActivityTuri6Output[] batch = model.PredictBatch(new[] { new ActivityTuri6Input(features, state) });
                    ActivityTuri6Session session = model.StartSession();
                    session = model.StartSession(ActivityTuri6State.CreateZero());
                    output = session.Predict(features);
                    System.Console.WriteLine(output.Activity + batch.Length);
                }
            }
        }
        """;

    private static ModelInput Turi6() => BuiltSpecCases.Get("Turi6State").Input();

    [Theory]
    [InlineData(TargetKind.Apple)]
    [InlineData(TargetKind.PortableWithEvaluator)]
    public void The_same_load_predict_and_session_calls_compile_on_Apple_and_with_the_evaluator(TargetKind target)
    {
        GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { Turi6() }, CrossPlatformCalls);

        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Theory]
    [InlineData(TargetKind.Apple)]
    [InlineData(TargetKind.PortableWithEvaluator)]
    public void A_multi_function_model_loads_one_function_with_the_same_call_on_Apple_and_with_the_evaluator(TargetKind target)
    {
        const string calls = """
            namespace TestApp
            {
                internal static class FunctionCalls
                {
                    public static TextModel Run() => TextModel.Load(TextModelFunction.AdapterFr);
                }
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { BuiltSpecCases.Get("MultiFunction").Input() }, calls);

        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    [Fact]
    public void Without_a_backend_Load_is_a_compile_error_that_names_the_evaluator_package()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, "TestApp", new[] { Turi6() }, CrossPlatformCalls);

        Diagnostic error = run.CompilationProblems.First(d => d.Severity == DiagnosticSeverity.Error);
        error.Id.ShouldBe("CS0619");
        error.GetMessage().ShouldContain("add a PackageReference to CoreMLGen.Evaluator to run models off Apple platforms");
        error.GetMessage().ShouldContain("iOS, macOS, Mac Catalyst or tvOS");
    }

    [Fact]
    public void Each_target_gets_its_backend_file_and_the_same_portable_layer()
    {
        string? portableLayer = null;
        foreach (TargetKind target in new[] { TargetKind.Portable, TargetKind.PortableWithEvaluator, TargetKind.Apple })
        {
            GeneratorRun run = GeneratorHarness.Run(target, Turi6());
            string main = run.Sources["Models.ActivityTuri6.mlmodel.4f6a70c3.g.cs"];
            if (target != TargetKind.Apple)
            {
                portableLayer ??= main;
                main.ShouldBe(portableLayer, "the portable layer does not depend on the evaluator");
            }

            run.Sources.Keys.Any(k => k.EndsWith(".NoBackend.g.cs", StringComparison.Ordinal)).ShouldBe(target == TargetKind.Portable, target.ToString());

            run.Sources.Keys.Any(k => k.EndsWith(".Evaluator.g.cs", StringComparison.Ordinal)).ShouldBe(target == TargetKind.PortableWithEvaluator, target.ToString());
            run.Sources.Values.Any(s => s.Contains("CoreMLGen.Evaluation")).ShouldBe(target == TargetKind.PortableWithEvaluator, target.ToString());
        }
    }

    [Fact]
    public void The_resource_name_from_the_build_is_the_one_Load_reads()
    {
        ModelInput input = Turi6() with { ResourceName = "CoreMLGen.Somewhere/Else.mlmodel" };

        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, input);

        string evaluator = run.Sources.Single(s => s.Key.EndsWith(".Evaluator.g.cs", StringComparison.Ordinal)).Value;
        evaluator.ShouldContain("public const string EmbeddedSpecResourceName = \"CoreMLGen.Somewhere/Else.mlmodel\";");
        evaluator.ShouldContain("LoadResource(typeof(ActivityTuri6).Assembly, EmbeddedSpecResourceName, options)");
    }

    [Fact]
    public void Without_an_embedded_spec_Load_explains_why_and_Load_from_a_path_remains()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, Turi6() with { ResourceName = string.Empty });
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        run.Sources.Values.ShouldNotContain(s => s.Contains("EmbeddedSpecResourceName"));

        Assembly assembly = GeneratedAssembly.Load(run);
        var exception = Should.Throw<CoreMLException>(() => GeneratedAssembly.Call(assembly, "TestApp.ActivityTuri6", "Load"));
        exception.Message.ShouldContain("The build did not embed the spec of ActivityTuri6 (Models/ActivityTuri6.mlmodel)");
        exception.Message.ShouldContain("CoreMLGenEmbedModelSpecs is false");
        assembly.GetType("TestApp.ActivityTuri6")!.GetMethod("Load", new[] { typeof(string), typeof(CoreMLGen.Evaluation.EvaluatorOptions) }).ShouldNotBeNull();
    }

    [Fact]
    public void Loading_registers_the_generated_custom_layer_classes_and_keeps_the_apps_own()
    {
        // Loading itself fails here (the test assembly embeds no spec); the options are filled before it is read.
        const string probe = """
            using System.Collections.Generic;
            using CoreMLGen;
            using CoreMLGen.Evaluation;

            namespace TestApp
            {
                internal static class RegistrationProbe
                {
                    public static string Run()
                    {
                        var options = new EvaluatorOptions();
                        try { SwishPipeline.Load(options); } catch (System.Exception) { }
                        ICustomLayer layer = options.CustomLayers["Swish"](new Dictionary<string, object> { ["beta"] = 2.0 });

                        var mine = new EvaluatorOptions();
                        System.Func<IReadOnlyDictionary<string, object>, ICustomLayer> factory = p => new Swish(p);
                        mine.CustomLayers["Swish"] = factory;
                        try { SwishPipeline.Load("/nowhere/SwishPipeline.mlmodel", mine); } catch (System.Exception) { }

                        return string.Join(",", options.CustomLayers.Keys) + " " + layer.GetType().Name + " " + ((Swish)layer).Beta.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + " " + (ReferenceEquals(mine.CustomLayers["Swish"], factory) ? "kept" : "replaced");
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", new[] { BuiltSpecCases.Get("CustomLayerInPipeline").Input() }, UserCode.Read("Swish.cs"), probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        GeneratedAssembly.Call(GeneratedAssembly.Load(run), "TestApp.RegistrationProbe", "Run").ShouldBe("Swish Swish 2 kept");
    }

    [Theory]
    [InlineData(TargetKind.Portable)]
    [InlineData(TargetKind.Apple)]
    [InlineData(TargetKind.PortableWithEvaluator)]
    public void Custom_layer_classes_implement_ICustomLayer_on_every_target(TargetKind target)
    {
        GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { BuiltSpecCases.Get("CustomLayerInPipeline").Input() }, UserCode.Read("Swish.cs"));

        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        INamedTypeSymbol swish = run.OutputCompilation.GetTypeByMetadataName("TestApp.Swish")!;
        swish.AllInterfaces.ShouldContain(i => i.ToDisplayString() == "CoreMLGen.ICustomLayer");
    }

    [Fact]
    public void Every_name_a_model_class_is_renamed_to_is_free()
    {
        // A model named after a member gets a "Model" suffix: that name must not be a member too (CS0542).
        IReadOnlyCollection<string> reserved = Resolving.ModelSpecBuilder.ModelClassMemberNames;

        reserved.Where(name => reserved.Contains(name + "Model")).ShouldBeEmpty();
        reserved.ShouldContain("Evaluator");
        reserved.ShouldContain("LoadNativeModel");
    }
}
