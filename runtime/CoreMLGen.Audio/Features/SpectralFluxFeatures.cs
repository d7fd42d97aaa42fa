using System;

namespace CoreMLGen.Audio.Features;

/// <summary>
/// One frame size of madmom's beat pre-processing: framing, STFT with a Hann window divided by the signal's full
/// scale, magnitudes (float32, no Nyquist bin), logarithmic filterbank, log10(1 + x), and the positive difference to
/// the spectrum <see cref="DiffFrames"/> frames earlier (0 for the first frames). Each output row is the log bands
/// followed by their differences.
/// </summary>
public sealed class SpectralFluxFeatures
{
    private readonly double[] _window;

    /// <summary>Prepares the features for one frame size.</summary>
    public SpectralFluxFeatures(int frameSize, int sampleRate, double fps, int bandsPerOctave, double fmin, double fmax, double diffRatio)
    {
        FrameSize = frameSize;
        HopSize = sampleRate / fps;
        _window = HannWindow.Symmetric(frameSize);
        Filterbank = new LogarithmicFilterbank(frameSize, sampleRate, bandsPerOctave, fmin, fmax, normalize: true);
        DiffFrames = DiffFramesFor(diffRatio, HopSize, _window);
    }

    /// <summary>Samples per frame.</summary>
    public int FrameSize { get; }

    /// <summary>Samples between frame centres (fractional: madmom floors each frame's position).</summary>
    public double HopSize { get; }

    /// <summary>The filterbank.</summary>
    public LogarithmicFilterbank Filterbank { get; }

    /// <summary>The difference lag [frames].</summary>
    public int DiffFrames { get; }

    /// <summary>Features per frame: log bands and their differences.</summary>
    public int Width => 2 * Filterbank.NumBands;

    /// <summary>
    /// madmom's <c>_diff_frames</c>: the lag is the distance from the window's centre to its first sample above
    /// <paramref name="diffRatio"/> of its maximum, in hops, rounded half to even, at least 1.
    /// </summary>
    internal static int DiffFramesFor(double diffRatio, double hopSize, double[] window)
    {
        double max = double.NegativeInfinity;
        foreach (double w in window)
        {
            max = Math.Max(max, w);
        }

        int sample = 0;
        while (sample < window.Length && !(window[sample] > diffRatio * max))
        {
            sample++;
        }

        // numpy's argmax of an all-False mask is 0.
        sample = sample == window.Length ? 0 : sample;
        double diffSamples = (window.Length / 2.0) - sample;
        return (int)Math.Max(1, Math.Round(diffSamples / hopSize));
    }

    /// <summary>The log10(1 + x) filterbank bands of every frame, row-major <c>[frames, bands]</c>.</summary>
    internal float[] LogBands(ReadOnlySpan<double> signal, double fullScale, int frames, bool logarithmic = true)
    {
        var spectrum = new MagnitudeSpectrum(_window, HopSize, fullScale);
        var magnitudes = new float[spectrum.Bins];
        int bands = Filterbank.NumBands;
        var result = new float[frames * bands];
        for (int f = 0; f < frames; f++)
        {
            spectrum.Compute(signal, f, magnitudes);
            Span<float> row = result.AsSpan(f * bands, bands);
            Filterbank.Apply(magnitudes, row);
            if (logarithmic)
            {
                for (int b = 0; b < bands; b++)
                {
                    // madmom adds 1 and takes log10 in single precision.
                    row[b] = (float)Math.Log10(row[b] + 1f);
                }
            }
        }

        return result;
    }

    /// <summary>Writes frame rows of <see cref="Width"/> features into <paramref name="output"/> at column
    /// <paramref name="column"/> of rows <paramref name="stride"/> wide.</summary>
    internal void Compute(ReadOnlySpan<double> signal, double fullScale, int frames, float[] output, int stride, int column)
    {
        int bands = Filterbank.NumBands;
        float[] logBands = LogBands(signal, fullScale, frames);
        for (int f = 0; f < frames; f++)
        {
            Span<float> target = output.AsSpan((f * stride) + column, 2 * bands);
            ReadOnlySpan<float> current = logBands.AsSpan(f * bands, bands);
            current.CopyTo(target);
            for (int b = 0; b < bands; b++)
            {
                target[bands + b] = f < DiffFrames ? 0f : Math.Max(0f, current[b] - logBands[((f - DiffFrames) * bands) + b]);
            }
        }
    }
}
