using System;
using System.Globalization;
using System.IO;
using CoreMLGen;
using CoreMLGen.Audio.Features;
using CoreMLGen.Audio.Wav;
using CoreMLGen.Beats;
using CoreMLGen.GoldenVectors;

// beats: madmom's offline beat tracker (RNNBeatProcessor + DBNBeatTrackingProcessor) through a generated class.
const string Usage = """
    usage: beats song.wav [--activations out.npy] [--plot out.png] [--benchmark [runs]]
           beats --synth out.wav [--seconds S] [--bpm B]   (write a synthetic drum loop of this repository's making)
    """;

try
{
    return Run(args);
}
catch (Exception e) when (e is WavFormatException or UsageException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return e is UsageException ? 2 : 1;
}

static int Run(string[] args)
{
    var options = BeatsOptions.Parse(args, Usage);
    if (options.SynthPath is { } synthPath)
    {
        double[] loop = DrumPatternSynth.Render(options.Seconds, options.Bpm);
        DrumPatternSynth.WriteWav(synthPath, loop);
        Console.WriteLine($"{options.Seconds.ToString(CultureInfo.InvariantCulture)} s drum loop at {options.Bpm.ToString(CultureInfo.InvariantCulture)} bpm written to {Path.GetFullPath(synthPath)}");
        return 0;
    }

    AudioSignal signal = WavReader.Read(options.WavPath!);
    if (signal.SampleRate != MadmomFeatures.SampleRate)
    {
        // madmom resamples through ffmpeg, which this sample does not reproduce: refuse rather than differ.
        throw new WavFormatException(options.WavPath!, $"sampled at {signal.SampleRate.ToString(CultureInfo.InvariantCulture)} Hz; madmom's beat networks need 44100 Hz (resample first, e.g. ffmpeg -i in.wav -ar 44100 out.wav, as madmom itself would).");
    }

    var analysis = new BeatAnalysis();
    BeatAnalysisResult result = analysis.Analyze(signal);
    foreach (double beat in result.BeatTimes)
    {
        Console.WriteLine(beat.ToString("F3", CultureInfo.InvariantCulture));
    }

    if (options.ActivationsPath is { } npy)
    {
        NpyFile.Write(npy, MultiArray<float>.Wrap(result.Activations, result.Activations.Length));
        Console.Error.WriteLine($"activations ({result.Activations.Length.ToString(CultureInfo.InvariantCulture)} frames at 100 fps) written to {Path.GetFullPath(npy)}");
    }

    if (options.PlotPath is { } png)
    {
        BeatPlot.Save(png, signal.Samples, signal.SampleRate, result.Activations, result.BeatTimes, Path.GetFileName(options.WavPath!));
        Console.Error.WriteLine($"plot written to {Path.GetFullPath(png)}");
    }

    if (options.BenchmarkRuns > 0)
    {
        BeatBenchmark.Run(analysis, signal, options.BenchmarkRuns, Console.Error);
    }

    return 0;
}
