using System;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// The generated classes of the two audio interfaces (a PANN-style tagger with the input <c>input.1</c>, a piano-roll
/// refiner with a flexible number of frames) compiled with the managed evaluator and run: typed input in, typed
/// outputs out, equal to a float64 recomputation of the tagger.
/// </summary>
public class AudioModelClassesRunTests
{
    private const string Probe = """
        using CoreMLGen;

        namespace TestApp
        {
            internal static class AudioProbe
            {
                public static object[] Run(string taggerPath, float[] waveform, string refinerPath, float[] roll, int frames)
                {
                    AudioTaggerOutput tagged = AudioTagger.Load(taggerPath).Predict(new AudioTaggerInput(MultiArray<float>.Wrap(waveform, 1, AudioTaggerInput.Input1Shape[1])));
                    PianoRollRefinerOutput refined = PianoRollRefiner.Load(refinerPath).Predict(new PianoRollRefinerInput(MultiArray<float>.Wrap(roll, frames, 88)));
                    return new object[]
                    {
                        tagged.ClipOutput.ToArray(), tagged.FrameOutput.ToArray(), tagged.Melspec.ToArray(), refined.Refined.ToArray(),
                        string.Join("x", tagged.ClipOutput.Shape) + " " + string.Join("x", refined.Refined.Shape),
                    };
                }
            }
        }
        """;

    [Fact]
    public void The_generated_tagger_and_refiner_classes_predict_through_the_evaluator()
    {
        ModelInput[] inputs = { BuiltSpecCases.Get("AudioTagger").Input(), BuiltSpecCases.Get("PianoRollRefiner").Input() };
        GeneratorRun run = GeneratorHarness.Run(TargetKind.PortableWithEvaluator, "TestApp", inputs, Probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));
        string folder = Path.Combine(Path.GetTempPath(), "coremlgen-audio-" + Guid.NewGuid().ToString("N"));
        try
        {
            string tagger = AudioModels.AudioTagger().WriteTo(Path.Combine(folder, AudioModels.TaggerFileName));
            string refiner = AudioModels.PianoRollRefiner().WriteTo(Path.Combine(folder, AudioModels.RefinerFileName));
            var random = new Random(3);
            float[] waveform = Enumerable.Range(0, AudioModels.Samples).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            float[] roll = Enumerable.Range(0, 9 * AudioModels.Keys).Select(_ => (float)random.NextDouble()).ToArray();

            var result = (object[])GeneratedAssembly.Load(run).GetType("TestApp.AudioProbe")!.GetMethod("Run")!
                .Invoke(null, new object[] { tagger, waveform, refiner, roll, 9 })!;

            (double[] clip, double[] frames, double[] melspec) = AudioTaggerReference.Run(AudioModels.AudioTagger().Build(), waveform);
            MaxDifference((float[])result[0], clip).ShouldBeLessThanOrEqualTo(1e-4);
            MaxDifference((float[])result[1], frames).ShouldBeLessThanOrEqualTo(1e-4);
            MaxDifference((float[])result[2], melspec).ShouldBeLessThanOrEqualTo(1e-4);
            ((float[])result[3]).ShouldAllBe(p => p > 0 && p < 1);
            result[4].ShouldBe("1x527 9x88");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    private static double MaxDifference(float[] actual, double[] expected)
    {
        actual.Length.ShouldBe(expected.Length);
        return actual.Select((v, i) => Math.Abs(v - expected[i])).Max();
    }
}
