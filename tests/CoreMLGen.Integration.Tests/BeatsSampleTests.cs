using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// sample/CoreMLGen.Beats built from the packed packages with madmom's 8 beat networks as CoreMLModel items (one
/// Ensemble), then run on madmom's own test data: its activations and beats must be madmom's.
/// </summary>
public class BeatsSampleTests
{
    private static string MadmomModels => Path.Combine(TestPaths.SharedFixtures, "madmom");

    [FixtureFact]
    public void Beats_reproduces_madmom_on_its_sample_through_one_prediction_of_the_generated_ensemble_class()
    {
        using TemporaryProject beats = TemporaryProject.CopyOfSample(name: "CoreMLGen.Beats");

        (DotnetBuild.Result build, BuildLog log) = beats.Build("-p:MadmomModels=" + MadmomModels, "-p:EmitCompilerGeneratedFiles=true");

        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        // The 8 pickles are one model, so one generated class: the app's single Predict call runs all 8 networks.
        Directory.EnumerateFiles(beats.GeneratedDirectory, "*.Evaluator.g.cs").Select(Path.GetFileName)
            .ShouldHaveSingleItem()!.ShouldContain("BeatsBlstm");

        string npy = beats.FullPath("activations.npy");
        string png = beats.FullPath("plot.png");
        DotnetBuild.Result run = beats.RunApp("beats", MadmomSample.File("sample.wav"), "--activations", npy, "--plot", png);

        run.ExitCode.ShouldBe(0, run.Output);
        float[] activations = (float[])NpyFile.ReadArray(npy).Data;
        float[] madmom = MadmomSample.BlstmActivations();
        activations.Length.ShouldBe(281);
        madmom.Length.ShouldBe(281);
        double worst = activations.Zip(madmom, (a, b) => Math.Abs((double)a - b)).Max();
        worst.ShouldBeLessThanOrEqualTo(1e-3, "max abs difference from madmom's sample.beats_blstm.npz");

        double[] printed = run.Output.Split('\n').Select(line => line.Trim())
            .Where(line => double.TryParse(line, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(line => double.Parse(line, CultureInfo.InvariantCulture)).ToArray();
        double[] expected = MadmomSample.DbnBeatTimes();
        printed.Length.ShouldBe(expected.Length, run.Output);
        printed.ShouldBe(expected, 0.010, run.Output);

        File.ReadAllBytes(png).Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });

        // Damaged, non-WAV and other-rate files: one line each, no stack trace.
        File.WriteAllText(beats.FullPath("notes.wav"), "not audio at all");
        File.WriteAllBytes(beats.FullPath("truncated.wav"), File.ReadAllBytes(MadmomSample.File("sample.wav")).Take(1000).ToArray());
        File.WriteAllBytes(beats.FullPath("48k.wav"), SilentWav(48000));
        foreach ((string file, string message) in new[]
        {
            ("notes.wav", "not a WAV file"),
            ("truncated.wav", "the data chunk is truncated"),
            ("48k.wav", "sampled at 48000 Hz; madmom's beat networks need 44100 Hz"),
        })
        {
            DotnetBuild.Result refused = beats.RunApp("beats", beats.FullPath(file));
            refused.ExitCode.ShouldBe(1, refused.Output);
            refused.Output.Trim().ShouldStartWith("error: " + beats.FullPath(file) + ": ", Case.Sensitive, refused.Output);
            refused.Output.ShouldContain(message, Case.Sensitive, refused.Output);
            refused.Output.Trim().ShouldNotContain("\n");
        }
    }

    [Fact]
    public void Without_the_networks_the_build_stops_with_one_error_saying_where_they_were_looked_for()
    {
        using TemporaryProject beats = TemporaryProject.CopyOfSample(name: "CoreMLGen.Beats");
        string empty = beats.FullPath("no-models");
        Directory.CreateDirectory(empty);

        (DotnetBuild.Result build, BuildLog log) = beats.Build("-p:MadmomModels=" + empty);

        build.ExitCode.ShouldNotBe(0, build.Output);
        log.Errors.ShouldHaveSingleItem().Message!.ShouldContain("found 0 in " + empty);
    }

    // A 16-bit mono WAV of one second of silence at the given rate (written here, independently of the reader).
    private static byte[] SilentWav(int sampleRate)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8.ToArray());
        writer.Write(36 + 2 * sampleRate);
        writer.Write("WAVEfmt "u8.ToArray());
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(sampleRate);
        writer.Write(2 * sampleRate);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8.ToArray());
        writer.Write(2 * sampleRate);
        writer.Write(new byte[2 * sampleRate]);
        writer.Flush();
        return stream.ToArray();
    }
}
