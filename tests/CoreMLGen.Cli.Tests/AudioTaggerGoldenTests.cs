using System;
using System.IO;
using System.Linq;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>
/// The golden-vector workflow on the PANN-style audio tagger interface (issue 13): golden outputs from a float64
/// recomputation of the model, <c>coremlgen predict</c> on a waveform, <c>coremlgen compare</c> on each output.
/// </summary>
public sealed class AudioTaggerGoldenTests : IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Predict_and_compare_match_an_independent_float64_reference_on_every_output()
    {
        string model = AudioModels.AudioTagger().WriteTo(_files[AudioModels.TaggerFileName]);
        var random = new Random(11);
        float[] waveform = Enumerable.Range(0, AudioModels.Samples).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        NpyFile.Write(_files["waveform.npy"], MultiArray<float>.Wrap(waveform, 1, AudioModels.Samples));
        (double[] clip, double[] frames, double[] melspec) = AudioTaggerReference.Run(AudioModels.AudioTagger().Build(), waveform);
        NpyFile.Write(_files["golden.clip_output.npy"], MultiArray<double>.Wrap(clip, 1, AudioModels.Classes));
        NpyFile.Write(_files["golden.frame_output.npy"], MultiArray<double>.Wrap(frames, 1, AudioModels.Frames, AudioModels.Classes));
        NpyFile.Write(_files["golden.melspec.npy"], MultiArray<double>.Wrap(melspec, 1, 1, AudioModels.Frames, AudioModels.MelBins));

        (int exitCode, string output, string error) = GoldenFiles.Cli("predict", model, "--input", AudioModels.TaggerInput + "=" + _files["waveform.npy"], "--output-dir", _files["out"]);

        exitCode.ShouldBe(0, error);
        foreach (string name in new[] { "clip_output", "frame_output", "melspec" })
        {
            string predicted = Path.Combine(_files["out"], name + ".npy");
            output.ShouldContain("output " + name + ": " + predicted);
            (int compared, string report, string problem) = GoldenFiles.Cli("compare", _files["golden." + name + ".npy"], predicted, "--atol", "1e-4", "--rtol", "0");
            compared.ShouldBe(0, name + ":\n" + report + problem);
        }

        // The comparison bites: one clip probability off by 1e-3 fails.
        clip[100] += 1e-3;
        NpyFile.Write(_files["golden.clip_off.npy"], MultiArray<double>.Wrap(clip, 1, AudioModels.Classes));
        GoldenFiles.Cli("compare", _files["golden.clip_off.npy"], Path.Combine(_files["out"], "clip_output.npy"), "--atol", "1e-4", "--rtol", "0").ExitCode.ShouldBe(1);
    }
}
