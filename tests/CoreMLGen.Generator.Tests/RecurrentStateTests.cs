using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>The generated recurrent-state API, run off Apple with a stand-in for Core ML, and how state pairs become state members.</summary>
public class RecurrentStateTests
{
    private static GeneratorRun RunMidi(TargetKind target = TargetKind.Portable)
        => GeneratorHarness.Run(target, "TestApp", new[] { BuiltSpecCases.Get("Midi").Input() }, UserCode.Read("MidiNoteTickActivation.cs"), UserCode.Read("MidiProbe.cs"));

    [Fact]
    public void The_session_feeds_each_state_output_into_the_next_prediction()
    {
        Assembly assembly = GeneratedAssembly.Load(RunMidi());

        string seen = (string)GeneratedAssembly.Call(assembly, "TestApp.MidiProbe", "Session")!;

        seen.ShouldBe(string.Join("\n", new[]
        {
            // Each step starts from the previous step's outputs (a rank-5 output is viewed as the [200] input).
            "[200]=0 [200]=0",
            "[200]=1 [200]=1",
            "[200]=2 [200]=2",
            "after 3 steps: [200]=3 [200]=3",
            "after reset: [200]=0",
            "run of 2: 2 outputs, [200]=2",
            "resumed: [200]=4, saved copy still [200]=3",
            "SetState(null): null",
        }));
    }

    [Fact]
    public void The_reference_MidiNoteTickActivation_gives_two_separate_distributions()
    {
        Assembly assembly = GeneratedAssembly.Load(RunMidi());

        string result = (string)GeneratedAssembly.Call(assembly, "TestApp.MidiProbe", "Activation")!;

        result.ShouldBe("shape 1x1x162x1x1\nnotes sum 1.00000\nticks sum 1.00000\nbest note 6\np(note 6) matches True\nparameters 128+34");
    }

    [Fact]
    public void The_midi_model_and_its_layer_compile_on_Apple_with_the_reference_implementation()
        => RunMidi(TargetKind.Apple).CompilationProblems.ShouldBeEmpty();

    [Fact]
    public void A_required_state_input_starts_from_real_zeros()
    {
        const string probe = """
            namespace TestApp
            {
                public static class Turi6Probe
                {
                    public static string Run()
                    {
                        var input = new ActivityTuri6Input(CoreMLGen.MultiArray<double>.Create(6), CoreMLGen.MultiArray<double>.Create(16));
                        input.SetState(null);
                        var session = new ActivityTuri6Session(step => new ActivityTuri6Output(
                            new System.Collections.Generic.Dictionary<string, double> { ["walking"] = 1 }, "walking", step.StateIn));
                        session.Predict(CoreMLGen.MultiArray<double>.Create(6));
                        return string.Join(",", input.StateIn.Shape) + " " + input.StateIn.ToArray().Sum() + " " + session.State.State.Count;
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, "TestApp", new[] { BuiltSpecCases.Get("Turi6State").Input() }, "using System.Linq;\n" + probe);

        GeneratedAssembly.Call(GeneratedAssembly.Load(run), "TestApp.Turi6Probe", "Run").ShouldBe("16 0 16");
    }

    [Theory]
    [InlineData("hiddenIn", "hiddenOut", "Hidden")]
    [InlineData("stateIn", "stateOut", "State")]
    [InlineData("lstm_1_h_in", "lstm_1_h_out", "Lstm1H")]
    [InlineData("bidirectional_1_c_in_rev", "bidirectional_1_c_out_rev", "Bidirectional1CRev")]
    [InlineData("h0", "hn", "H")]
    [InlineData("h1", "next_h1", "H1")]
    [InlineData("memory", "remembered", null)]
    public void State_members_are_named_after_what_the_pair_shares(string input, string output, string? expected)
        => Resolving.RecurrentStateBuilder.Stem(input, output).ShouldBe(expected);

    [Fact]
    public void Pairs_that_cannot_be_typed_are_left_out_with_a_warning()
    {
        // Hand-written: the task never writes such pairs, but the generator must not trust the descriptor.
        const string descriptor = """
            coremlgen-descriptor 2
            model specVersion=1 kind=neuralNetwork updatable=false
            statePair input="a_in" output="a_out" foundBy=wiring layer="rnn" layerType=gru slots=h
            statePair input="b_in" output="b_out" foundBy=name layer="" layerType=none slots=""
            statePair input="c_in" output="missing" foundBy=wiring layer="rnn" layerType=gru slots=h
            input name="a_in" description="" optional=true type=multiArray dataType=double shape=8 flexibility=none
            input name="b_in" description="" optional=true type=multiArray dataType=float32 shape=8 flexibility=none
            input name="c_in" description="" optional=true type=multiArray dataType=float32 shape=8 flexibility=none
            output name="a_out" description="" optional=false type=multiArray dataType=double shape=8 flexibility=none
            output name="b_out" description="" optional=false type=multiArray dataType=double shape=8 flexibility=none
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, new ModelInput("Models/Rnn.mlmodel", descriptor.Replace("\r\n", "\n") + "\n"));

        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.Select(d => d.Id + ": " + d.GetMessage()).OrderBy(m => m).ShouldBe(new[]
        {
            "CMLG1012: Model 'Rnn' carries state from output 'b_out' to input 'b_in', but the generated state type leaves it out: 'b_in' holds Float32 values but 'b_out' holds Double values; pass it by hand",
            "CMLG1012: Model 'Rnn' carries state from output 'missing' to input 'c_in', but the generated state type leaves it out: the model has no output 'missing'; pass it by hand",
        });
        string state = run.Sources.Single(s => s.Key.EndsWith(".State.g.cs")).Value;
        state.ShouldContain("public global::CoreMLGen.MultiArray<double> A { get; }");
        state.ShouldNotContain("B { get; }");
    }

    [Fact]
    public void Models_without_state_pairs_get_no_state_file_and_keep_their_member_names()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, BuiltSpecCases.Get("OptionalInputs").Input());

        run.Sources.Keys.ShouldNotContain(k => k.EndsWith(".State.g.cs"));
        run.Sources.Values.ShouldNotContain(s => s.Contains("StartSession"));
    }

    [Fact]
    public void A_feature_named_like_a_state_member_is_renamed()
    {
        ModelInput input = ModelFiles.Input(RecurrentModels.KerasGru().Output("NextState", FeatureTypes.Double()).WriteTo(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coremlgen-" + System.Guid.NewGuid().ToString("N"), "Gru.mlmodel")), "Models/Gru.mlmodel");

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, input);

        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1004" && d.GetMessage().Contains("'NextState2'"));
    }
}
