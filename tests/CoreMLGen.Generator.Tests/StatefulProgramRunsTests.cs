using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// A stateful ML Program (a running sum: read_state, add, coreml_update_state) through its generated typed class and
/// the managed evaluator: <c>MakeState()</c>, <c>Predict(input, state)</c>, <c>PredictAsync(input, state)</c> and the
/// typed buffer accessor, compiled together and run, for a single-function model and for the stateful function of a
/// multi-function one. Expected sums are recomputed here in double precision.
/// </summary>
public sealed class StatefulProgramRunsTests : IDisposable
{
    private const int Width = StatefulModels.AccumulatorWidth;

    // Each method returns plain arrays or strings, so the test needs no reflection over the generated types.
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using CoreMLGen;

        namespace TestApp
        {
            internal static class AccumulatorProbe
            {
                private static AccumulatorInput Input(float[] x) => new AccumulatorInput(MultiArray<float>.Wrap(x, 1, 4));

                // One state through every row: previous and total of each call, then the buffer.
                public static float[][] Sequence(string path, float[][] rows)
                {
                    Accumulator model = Accumulator.Load(path);
                    AccumulatorState state = model.MakeState();
                    var results = new List<float[]>();
                    foreach (float[] x in rows)
                    {
                        AccumulatorOutput output = model.Predict(Input(x), state);
                        results.Add(output.Previous.ToArray());
                        results.Add(output.Total.ToArray());
                    }

                    results.Add(state.WithAcc(acc => acc.ToArray()));
                    return results.ToArray();
                }

                // Two states of one model: the first sees x twice, the second once.
                public static float[][] TwoStates(string path, float[] x)
                {
                    Accumulator model = Accumulator.Load(path);
                    AccumulatorState first = model.MakeState(), second = model.MakeState();
                    model.Predict(Input(x), first);
                    model.Predict(Input(x), first);
                    float[] secondPrevious = model.Predict(Input(x), second).Previous.ToArray();
                    return new[] { first.WithAcc(acc => acc.ToArray()), second.WithAcc(acc => acc.ToArray()), secondPrevious };
                }

                // Writes the buffer between predictions, then predicts twice asynchronously with the same state.
                public static float[] SeededAsync(string path, float[] seed, float[] x)
                {
                    Accumulator model = Accumulator.Load(path);
                    AccumulatorState state = model.MakeState();
                    state.WithAcc(acc =>
                    {
                        for (int i = 0; i < seed.Length; i++)
                        {
                            acc[0, i] = seed[i];
                        }
                    });
                    model.PredictAsync(Input(x), state).GetAwaiter().GetResult();
                    return model.PredictAsync(Input(x), state).GetAwaiter().GetResult().Total.ToArray();
                }

                // The stateful function of a multi-function model, loaded by name, with its own state class; then the
                // default function, which keeps no state.
                public static object[] Functions(string path)
                {
                    var options = new CoreMLGen.Evaluation.EvaluatorOptions { FunctionName = Counter.GetFunctionName(CounterFunction.Accumulate) };
                    Counter accumulate = Counter.Load(path, options);
                    CounterAccumulateState state = accumulate.MakeAccumulateState();
                    var x = MultiArray<float>.Wrap(new float[] { 1, -2, 3, -4 }, 1, 4);
                    accumulate.Predict(new CounterAccumulateInput(x), state);
                    float[] total = accumulate.Predict(new CounterAccumulateInput(x), state).Total.ToArray();
                    Counter relu = Counter.Load(path);
                    return new object[] { total, relu.Predict(new CounterInput(x)).Y.ToArray(), Catch(() => relu.MakeAccumulateState()) };
                }

                // Every misuse, as "ExceptionType: message" (or "no exception").
                public static string[] Misuse(string path, string tallyPath)
                {
                    Accumulator model = Accumulator.Load(path), otherInstance = Accumulator.Load(path);
                    Tally tally = Tally.Load(tallyPath);
                    AccumulatorState state = model.MakeState();
                    var x = new float[] { 1, 1, 1, 1 };
                    return new[]
                    {
                        Catch(() => model.Predict(Input(x))),
                        Catch(() => model.Predict(MultiArray<float>.Wrap(x, 1, 4))),
                        Catch(() => model.Predict(Input(x), null!)),
                        Catch(() => model.Predict(null!, state)),
                        Catch(() => model.PredictAsync(Input(x), null!)),
                        Catch(() => otherInstance.Predict(Input(x), state)),
                        Catch(() => new AccumulatorState(tally.Evaluator.MakeState())),
                        Catch(() => new AccumulatorState(null!)),
                        Catch(() => state.WithAcc(null!)),
                        Catch(() => model.Predict(Input(new float[] { 1, 2, 3, 4 }), state).Total.ToArray()[3].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    };
                }

                private static string Catch(Action action) => Catch(() =>
                {
                    action();
                    return "done";
                });

                private static string Catch(Func<object?> action)
                {
                    try
                    {
                        return "no exception: " + action();
                    }
                    catch (Exception exception)
                    {
                        return exception.GetType().Name + ": " + exception.Message;
                    }
                }
            }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coremlgen-accumulator-" + Guid.NewGuid().ToString("N"));
    private readonly string _accumulator;
    private readonly string _tally;
    private readonly string _counter;

    public StatefulProgramRunsTests()
    {
        _accumulator = new PackageBuilder().Spec(StatefulModels.Accumulator()).WriteTo(Path.Combine(_folder, "Accumulator.mlpackage"));
        _tally = new PackageBuilder().Spec(StatefulModels.Accumulator("tally")).WriteTo(Path.Combine(_folder, "Tally.mlpackage"));
        _counter = new PackageBuilder().Spec(StatefulModels.AccumulatorWithFunctions()).WriteTo(Path.Combine(_folder, "Counter.mlpackage"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Repeated_predictions_with_one_state_accumulate()
    {
        var random = new Random(14);
        float[][] rows = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, Width).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray()).ToArray();

        var results = (float[][])Call("Sequence", _accumulator, rows);

        var running = new double[Width];
        for (int call = 0; call < rows.Length; call++)
        {
            AssertClose(results[2 * call], running, "previous of call " + call);
            for (int i = 0; i < Width; i++)
            {
                running[i] += rows[call][i];
            }

            AssertClose(results[(2 * call) + 1], running, "total of call " + call);
        }

        AssertClose(results[^1], running, "the state's buffer after the last call");
    }

    [Fact]
    public void Two_states_of_one_model_are_independent()
    {
        float[] x = { 1.5f, -2, 0.25f, 3 };

        var results = (float[][])Call("TwoStates", _accumulator, x);

        AssertClose(results[0], x.Select(v => 2.0 * v).ToArray(), "the first state, after two calls");
        AssertClose(results[1], x.Select(v => (double)v).ToArray(), "the second state, after one call");
        AssertClose(results[2], new double[Width], "the second state's first call starts from zero");
    }

    [Fact]
    public void A_buffer_written_through_the_typed_accessor_is_where_async_predictions_continue()
    {
        float[] seed = { 10, 20, 30, 40 }, x = { 0.5f, -1, 2, 0 };

        var total = (float[])Call("SeededAsync", _accumulator, seed, x);

        AssertClose(total, seed.Select((s, i) => s + (2.0 * x[i])).ToArray(), "seed + 2x");
    }

    [Fact]
    public void Misuse_gets_a_clear_exception_and_leaves_the_state_as_it_was()
    {
        var results = (string[])Call("Misuse", _accumulator, _tally);

        // Without a state: refused, and the message says what to call (the same for the typed overload).
        results[0].ShouldStartWith("CoreMLException: ");
        results[0].ShouldContain("keeps state (acc)");
        results[0].ShouldContain("MakeState()");
        results[1].ShouldBe(results[0]);
        results[2].ShouldStartWith("ArgumentNullException: ");
        results[2].ShouldContain("'state'");
        results[3].ShouldStartWith("ArgumentNullException: ");
        results[3].ShouldContain("'input'");
        results[4].ShouldStartWith("ArgumentNullException: ");
        results[4].ShouldContain("'state'");

        // Another instance of the same model: the evaluator knows its own states.
        results[5].ShouldStartWith("CoreMLException: ");
        results[5].ShouldContain("another evaluator");

        // Another model type's state (buffer "tally"): refused when wrapped.
        results[6].ShouldStartWith("ArgumentException: ");
        results[6].ShouldContain("(tally)");
        results[6].ShouldContain("not those of Accumulator (acc)");
        results[7].ShouldStartWith("ArgumentNullException: ");
        results[8].ShouldStartWith("ArgumentNullException: ");

        // After all of that the state still starts from zero: the failed calls changed nothing.
        results[9].ShouldBe("no exception: 4");
    }

    [Fact]
    public void The_stateful_function_of_a_multi_function_model_runs_with_its_own_state()
    {
        float[] x = { 1, -2, 3, -4 };

        var results = (object[])Call("Functions", _counter);

        AssertClose((float[])results[0], x.Select(v => 2.0 * v).ToArray(), "accumulate, twice");
        AssertClose((float[])results[1], x.Select(v => Math.Max(0.0, v)).ToArray(), "relu, the default function");
        ((string)results[2]).ShouldStartWith("CoreMLException: ");
        ((string)results[2]).ShouldContain("(loaded with its function 'relu'; EvaluatorOptions.FunctionName loads another) declares no state");
    }

    [Fact]
    public void Calls_that_compile_on_apple_compile_with_the_evaluator()
    {
        const string SameSurface = """
            using System.Threading.Tasks;
            using CoreMLGen;

            namespace TestApp
            {
                internal static class SameSurface
                {
                    public static async Task<float> Run(Accumulator model, MultiArray<float> x)
                    {
                        AccumulatorState state = model.MakeState();
                        AccumulatorOutput first = model.Predict(new AccumulatorInput(x), state);
                        AccumulatorOutput second = await model.PredictAsync(new AccumulatorInput(x), state);
                        state.WithAcc(acc => acc[0, 0] = 1f);
                        return state.WithAcc(acc => acc[0, 0]) + first.Total[0, 0] + second.Previous[0, 0];
                    }
                }
            }
            """;
        ModelInput input = BuiltSpecCases.Get("StatefulAccumulator").Input();
        foreach (TargetKind target in new[] { TargetKind.Apple, TargetKind.PortableWithEvaluator })
        {
            GeneratorRun run = GeneratorHarness.Run(target, "TestApp", new[] { input }, SameSurface);
            run.CompilationProblems.ShouldBeEmpty(target + ":\n" + GeneratedOutput.DescribeProblems(run.CompilationProblems));
        }
    }

    [Fact]
    public void A_state_of_another_model_type_does_not_compile()
    {
        const string Mixed = """
            namespace TestApp
            {
                internal static class Mixed
                {
                    public static AccumulatorOutput Run(Accumulator model, Tally tally, AccumulatorInput input) => model.Predict(input, tally.MakeState());
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", Models(), Mixed);
        run.CompilationProblems.ShouldContain(d => d.Id == "CS1503", GeneratedOutput.DescribeProblems(run.CompilationProblems));
    }

    private static ModelInput[] Models() => new[]
    {
        BuiltSpecCases.Get("StatefulAccumulator").Input(),
        new BuiltSpecCase("Tally", "Tally.mlpackage", () => StatefulModels.Accumulator("tally"), AsPackage: true).Input(),
        new BuiltSpecCase("Counter", "Counter.mlpackage", StatefulModels.AccumulatorWithFunctions, AsPackage: true).Input(),
    };

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", Models(), Probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        return GeneratedAssembly.Load(run);
    });

    private static object Call(string method, params object[] arguments)
        => Compiled.Value.GetType("TestApp.AccumulatorProbe")!.GetMethod(method)!.Invoke(null, arguments)!;

    private static void AssertClose(float[] actual, double[] expected, string what)
    {
        actual.Length.ShouldBe(expected.Length, what);
        for (int i = 0; i < expected.Length; i++)
        {
            Math.Abs(actual[i] - expected[i]).ShouldBeLessThanOrEqualTo(1e-5, what + ", element " + i);
        }
    }
}
