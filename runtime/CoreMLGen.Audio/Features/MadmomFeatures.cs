using System;
using System.Globalization;
using CoreMLGen.Audio.Wav;

namespace CoreMLGen.Audio.Features;

/// <summary>
/// The input of madmom's offline beat networks (<c>RNNBeatProcessor</c>): for frame sizes 1024, 2048 and 4096 at
/// 100 frames per second, 6 log-spaced bands per octave between 30 Hz and 17 kHz (39, 45 and 49 bands), log10(1 + x)
/// magnitudes and their positive differences, side by side: 266 features per frame. Needs 44.1 kHz audio.
/// </summary>
public static class MadmomFeatures
{
    /// <summary>The sample rate the networks were trained on; other rates are refused (madmom would resample them
    /// with ffmpeg, which this library does not reproduce).</summary>
    public const int SampleRate = 44100;

    /// <summary>Frames per second.</summary>
    public const double Fps = 100;

    /// <summary>Features per frame.</summary>
    public const int FeatureCount = 266;

    private static readonly int[] s_frameSizes = { 1024, 2048, 4096 };

    private static readonly Lazy<SpectralFluxFeatures[]> s_layers = new(() => Array.ConvertAll(
        s_frameSizes,
        size => new SpectralFluxFeatures(size, SampleRate, Fps, bandsPerOctave: 6, fmin: 30, fmax: 17000, diffRatio: 0.5)));

    /// <summary>The three frame sizes' feature blocks, in column order.</summary>
    public static ReadOnlySpan<SpectralFluxFeatures> Layers => s_layers.Value;

    /// <summary>The number of frames madmom makes of <paramref name="signal"/>.</summary>
    public static int FrameCount(AudioSignal signal) => SignalFraming.FrameCount(signal.Samples.Length, SampleRate / Fps);

    /// <summary>Computes the features: <c>[frames, 266]</c> in row-major order.</summary>
    /// <exception cref="ArgumentException">The signal is not sampled at 44.1 kHz.</exception>
    public static float[,] Compute(AudioSignal signal)
    {
        float[] flat = ComputeFlat(signal, out int frames);
        var result = new float[frames, FeatureCount];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(float));
        return result;
    }

    /// <summary>Computes the features as a multi-array of shape <c>[frames, 266]</c>, or <c>[1, frames, 266]</c> with
    /// <paramref name="batchDimension"/> (the layout a sequence model usually takes).</summary>
    public static MultiArray<float> ComputeMultiArray(AudioSignal signal, bool batchDimension = false)
    {
        float[] flat = ComputeFlat(signal, out int frames);
        return batchDimension ? MultiArray<float>.Wrap(flat, 1, frames, FeatureCount) : MultiArray<float>.Wrap(flat, frames, FeatureCount);
    }

    /// <summary>Computes the features as a row-major array of <c>frames * 266</c> values (ready to wrap as a
    /// multi-array without copying).</summary>
    public static float[] ComputeFlat(AudioSignal signal, out int frames)
    {
        if (signal is null)
        {
            throw new ArgumentNullException(nameof(signal));
        }

        if (signal.SampleRate != SampleRate)
        {
            throw new ArgumentException(
                "The audio is sampled at " + signal.SampleRate.ToString(CultureInfo.InvariantCulture) + " Hz; madmom's beat features need "
                + SampleRate.ToString(CultureInfo.InvariantCulture) + " Hz (resample it first, e.g. ffmpeg -i in.wav -ar 44100 out.wav, as madmom itself would).",
                nameof(signal));
        }

        frames = FrameCount(signal);
        var output = new float[frames * FeatureCount];
        int column = 0;
        foreach (SpectralFluxFeatures layer in Layers)
        {
            layer.Compute(signal.Samples, signal.FullScale, frames, output, FeatureCount, column);
            column += layer.Width;
        }

        if (column != FeatureCount)
        {
            throw new InvalidOperationException("The feature layers give " + column + " features, not " + FeatureCount + ".");
        }

        return output;
    }
}
