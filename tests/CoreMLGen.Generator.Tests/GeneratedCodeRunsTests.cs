using System;
using System.IO;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// The generated API runs off Apple: the generated Midi classes, the Drummer sample's own MidiNoteTickActivation and
/// the managed evaluator, compiled together and executed (load, session over several steps, state fed back).
/// </summary>
public class GeneratedCodeRunsTests
{
    [Fact]
    public void The_generated_midi_session_runs_the_apps_custom_layer_through_the_evaluator()
    {
        const string probe = """
            using System.Linq;
            using CoreMLGen;

            namespace TestApp
            {
                internal static class MidiProbe
                {
                    public static string Run(string path)
                    {
                        Midi midi = Midi.Load(path);
                        MidiSession session = midi.StartSession();
                        var events = MultiArray<double>.Create(MidiInput.Input1Shape[0]);
                        events[3] = 1;
                        events[15 + 4] = 1;
                        MidiOutput first = session.Predict(events);
                        MidiOutput second = session.Predict(events);
                        double[] p = first.Output1.ToArray();
                        bool stateMoved = !first.Output1.ToArray().SequenceEqual(second.Output1.ToArray());
                        return p.Take(15).Sum().ToString("F4", System.Globalization.CultureInfo.InvariantCulture) + " "
                            + p.Skip(15).Sum().ToString("F4", System.Globalization.CultureInfo.InvariantCulture) + " "
                            + (stateMoved ? "state fed back" : "state lost") + " "
                            + (session.State.Bidirectional1H.ToArray().Any(v => v != 0) ? "nonzero" : "zero");
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", new[] { BuiltSpecCases.Get("Midi").Input() }, UserCode.Read("MidiNoteTickActivation.cs"), probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        string folder = Path.Combine(Path.GetTempPath(), "coremlgen-midi-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = MidiModel.Build().WriteTo(Path.Combine(folder, MidiModel.FileName));
            var type = GeneratedAssembly.Load(run).GetType("TestApp.MidiProbe")!;

            object? result = type.GetMethod("Run")!.Invoke(null, new object[] { path });

            result.ShouldBe("1.0000 1.0000 state fed back nonzero");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
