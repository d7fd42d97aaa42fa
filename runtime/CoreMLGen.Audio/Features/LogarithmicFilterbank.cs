using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Audio.Features;

/// <summary>
/// madmom's <c>LogarithmicFilterbank</c> with <c>unique_filters</c>: band centres spaced <c>bandsPerOctave</c> per
/// octave around A4 = 440 Hz between <c>fmin</c> and <c>fmax</c>, each mapped to its nearest FFT bin (duplicates
/// dropped); every three consecutive bins make an overlapping triangular filter, normalised to area 1 when asked.
/// </summary>
public sealed class LogarithmicFilterbank
{
    private const double ReferenceFrequency = 440.0;

    private readonly float[][] _weights;

    /// <summary>Builds the filterbank for an FFT of <paramref name="frameSize"/> samples (madmom keeps
    /// <c>frameSize / 2</c> bins, no Nyquist bin).</summary>
    public LogarithmicFilterbank(int frameSize, int sampleRate, int bandsPerOctave, double fmin, double fmax, bool normalize)
    {
        if (frameSize < 2 || sampleRate <= 0 || bandsPerOctave <= 0 || !(fmin > 0) || !(fmax > fmin))
        {
            throw new ArgumentOutOfRangeException(nameof(frameSize), "Filterbank parameters out of range.");
        }

        BinFrequencies = FftBinFrequencies(frameSize / 2, sampleRate);
        CenterFrequencies = LogFrequencies(bandsPerOctave, fmin, fmax);
        FilterBins = NearestBins(CenterFrequencies, BinFrequencies);
        if (FilterBins.Length < 3)
        {
            throw new ArgumentException("Only " + FilterBins.Length + " distinct FFT bins between " + fmin + " and " + fmax + " Hz; a triangular filter needs 3.");
        }

        int bands = FilterBins.Length - 2;
        Starts = new int[bands];
        _weights = new float[bands][];
        for (int band = 0; band < bands; band++)
        {
            (Starts[band], _weights[band]) = TriangularFilter(FilterBins[band], FilterBins[band + 1], FilterBins[band + 2], normalize);
        }
    }

    /// <summary>The centre frequency of every FFT bin [Hz].</summary>
    public double[] BinFrequencies { get; }

    /// <summary>The log-spaced frequencies [Hz] the bins were chosen from.</summary>
    public double[] CenterFrequencies { get; }

    /// <summary>The distinct FFT bins nearest to <see cref="CenterFrequencies"/>, ascending.</summary>
    public int[] FilterBins { get; }

    /// <summary>The number of bands (filters).</summary>
    public int NumBands => _weights.Length;

    /// <summary>Each band's first FFT bin.</summary>
    internal int[] Starts { get; }

    /// <summary>The weights of <paramref name="band"/>, from its first bin on.</summary>
    public IReadOnlyList<float> Weights(int band) => _weights[band];

    /// <summary>Applies the filterbank to one magnitude spectrum (float32 weights, accumulated in double).</summary>
    internal void Apply(ReadOnlySpan<float> magnitudes, Span<float> bands)
    {
        for (int band = 0; band < _weights.Length; band++)
        {
            float[] weights = _weights[band];
            int start = Starts[band];
            double sum = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                sum += (double)magnitudes[start + i] * weights[i];
            }

            bands[band] = (float)sum;
        }
    }

    /// <summary>numpy's <c>fftfreq(2 n, 1 / rate)[:n]</c>: k times 1 / (2 n / rate).</summary>
    internal static double[] FftBinFrequencies(int bins, int sampleRate)
    {
        double step = 1.0 / (bins * 2 * (1.0 / sampleRate));
        var frequencies = new double[bins];
        for (int k = 0; k < bins; k++)
        {
            frequencies[k] = k * step;
        }

        return frequencies;
    }

    /// <summary>madmom's <c>log_frequencies</c>: 440 * 2^(i / bandsPerOctave), kept within [fmin, fmax].</summary>
    internal static double[] LogFrequencies(int bandsPerOctave, double fmin, double fmax)
    {
        double left = Math.Floor(Math.Log2(fmin / ReferenceFrequency) * bandsPerOctave);
        double right = Math.Ceiling(Math.Log2(fmax / ReferenceFrequency) * bandsPerOctave);
        var frequencies = new List<double>();
        for (double i = left; i < right; i++)
        {
            double frequency = ReferenceFrequency * Math.Pow(2.0, i / bandsPerOctave);
            if (frequency >= fmin && frequency <= fmax)
            {
                frequencies.Add(frequency);
            }
        }

        return frequencies.ToArray();
    }

    /// <summary>madmom's <c>frequencies2bins</c> with unique bins: the nearest bin (the lower one on a tie), never
    /// bin 0 unless it is nearest to a frequency below bin 1.</summary>
    internal static int[] NearestBins(double[] frequencies, double[] binFrequencies)
    {
        var bins = new SortedSet<int>();
        foreach (double frequency in frequencies)
        {
            int index = Array.BinarySearch(binFrequencies, frequency);
            index = index >= 0 ? FirstAtOrAbove(binFrequencies, index) : ~index;
            index = Math.Clamp(index, 1, binFrequencies.Length - 1);
            double left = binFrequencies[index - 1];
            double right = binFrequencies[index];
            if (frequency - left < right - frequency)
            {
                index--;
            }

            bins.Add(index);
        }

        return bins.ToArray();
    }

    private static int FirstAtOrAbove(double[] sorted, int found)
    {
        while (found > 0 && sorted[found - 1] == sorted[found])
        {
            found--;
        }

        return found;
    }

    /// <summary>madmom's <c>TriangularFilter</c>: rising linspace(0, 1) to the centre, falling linspace(1, 0) after,
    /// cast to float32, optionally divided by its sum.</summary>
    private static (int Start, float[] Weights) TriangularFilter(int start, int center, int stop, bool normalize)
    {
        if (stop - start < 2)
        {
            center = start;
            stop = start + 1;
        }

        int rise = center - start;
        int length = stop - start;
        int fall = length - rise;
        var weights = new float[length];
        for (int i = 0; i < rise; i++)
        {
            weights[i] = (float)(i * (1.0 / rise));
        }

        for (int i = 0; i < fall; i++)
        {
            weights[rise + i] = (float)((i * (-1.0 / fall)) + 1.0);
        }

        if (normalize)
        {
            float sum = (float)weights.Sum(w => (double)w);
            for (int i = 0; i < length; i++)
            {
                weights[i] /= sum;
            }
        }

        return (start, weights);
    }
}
