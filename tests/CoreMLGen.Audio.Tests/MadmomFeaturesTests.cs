using System;
using CoreMLGen.Audio.Features;
using CoreMLGen.Audio.Wav;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class MadmomFeaturesTests
{
    [Fact]
    public void Six_bands_per_octave_give_39_45_and_49_bands_which_with_their_diffs_make_266_features()
    {
        // Counted independently from madmom's formulas: centres 440 * 2^(i/6) in [30, 17000] Hz, each mapped to the
        // nearest bin of 44100 / N Hz, duplicates dropped, minus the two outer bins of the triangles.
        int[] bands = Array.ConvertAll(MadmomFeatures.Layers.ToArray(), layer => layer.Filterbank.NumBands);

        bands.ShouldBe(new[] { 39, 45, 49 });
        (2 * (39 + 45 + 49)).ShouldBe(MadmomFeatures.FeatureCount);
    }

    [Fact]
    public void Diff_lag_is_one_frame_for_1024_and_2048_and_two_for_4096()
    {
        // The Hann window passes half its peak a quarter of the way in: N/4 samples from the centre, i.e.
        // 256 / 441 -> 1, 512 / 441 -> 1, 1024 / 441 = 2.32 -> 2 frames.
        Array.ConvertAll(MadmomFeatures.Layers.ToArray(), layer => layer.DiffFrames).ShouldBe(new[] { 1, 1, 2 });
    }

    [Fact]
    public void The_lowest_bins_of_the_1024_filterbank_are_the_first_six_and_the_triangle_weights_sum_to_one()
    {
        // Bins are 43.07 Hz apart. Centres 440 * 2^(i/6) from 30.9 to 61.7 Hz are nearest bin 1, 69.3–98.0 Hz bin 2,
        // 110–138.6 Hz bin 3, 155.6–174.6 Hz bin 4, 196–220 Hz bin 5, 246.9 Hz bin 6.
        var filterbank = MadmomFeatures.Layers[0].Filterbank;
        filterbank.FilterBins[..6].ShouldBe(new[] { 1, 2, 3, 4, 5, 6 });
        for (int band = 0; band < filterbank.NumBands; band++)
        {
            double sum = 0;
            foreach (float weight in filterbank.Weights(band))
            {
                sum += weight;
            }

            sum.ShouldBe(1.0, 1e-6, "band " + band);
        }
    }

    [Fact]
    public void A_triangle_rises_linearly_to_its_centre_bin_and_falls_after_it()
    {
        var filterbank = MadmomFeatures.Layers[2].Filterbank;
        int band = filterbank.NumBands - 1;
        int start = filterbank.FilterBins[band];
        int center = filterbank.FilterBins[band + 1];
        int stop = filterbank.FilterBins[band + 2];
        var weights = filterbank.Weights(band);

        weights.Count.ShouldBe(stop - start);
        double rawSum = 0;
        var raw = new double[stop - start];
        for (int i = 0; i < raw.Length; i++)
        {
            raw[i] = i < center - start ? (double)i / (center - start) : 1 - ((double)(i - (center - start)) / (stop - center));
            rawSum += raw[i];
        }

        for (int i = 0; i < raw.Length; i++)
        {
            ((double)weights[i]).ShouldBe(raw[i] / rawSum, 1e-7);
        }
    }

    [Fact]
    public void Frames_are_centred_on_floor_of_index_times_hop_and_zero_padded()
    {
        SignalFraming.FrameCount(123481, 441).ShouldBe(281);
        SignalFraming.FrameCount(441, 441).ShouldBe(1);
        SignalFraming.FrameCount(442, 441).ShouldBe(2);
        SignalFraming.FrameStart(0, 441, 1024).ShouldBe(-512);
        SignalFraming.FrameStart(3, 441, 2048).ShouldBe((3 * 441) - 1024);

        double[] signal = { 1, 2, 3, 4, 5 };
        var frame = new double[4];
        SignalFraming.CopyFrame(signal, 0, 2, frame);
        frame.ShouldBe(new double[] { 0, 0, 1, 2 });
        SignalFraming.CopyFrame(signal, 2, 2, frame);
        frame.ShouldBe(new double[] { 3, 4, 5, 0 });
    }

    [Fact]
    public void A_sine_peaks_in_the_band_centred_on_its_frequency()
    {
        var layer = MadmomFeatures.Layers[1];
        int band = 30;
        int centreBin = layer.Filterbank.FilterBins[band + 1];
        double frequency = layer.Filterbank.BinFrequencies[centreBin];
        AudioSignal sine = Sine(frequency, seconds: 0.5, amplitude: 10000);

        float[,] features = MadmomFeatures.Compute(sine);

        int offset = 2 * MadmomFeatures.Layers[0].Filterbank.NumBands;
        int frame = 25;
        int loudest = 0;
        for (int b = 1; b < layer.Filterbank.NumBands; b++)
        {
            if (features[frame, offset + b] > features[frame, offset + loudest])
            {
                loudest = b;
            }
        }

        loudest.ShouldBe(band);
    }

    [Fact]
    public void Diff_columns_are_the_positive_change_over_the_lag_and_zero_before_it()
    {
        AudioSignal signal = Sine(440, seconds: 0.3, amplitude: 5000, fadeIn: true);
        float[,] features = MadmomFeatures.Compute(signal);

        int column = 0;
        foreach (SpectralFluxFeatures layer in MadmomFeatures.Layers)
        {
            int bands = layer.Filterbank.NumBands;
            for (int f = 0; f < features.GetLength(0); f++)
            {
                for (int b = 0; b < bands; b++)
                {
                    float expected = f < layer.DiffFrames ? 0f : Math.Max(0f, features[f, column + b] - features[f - layer.DiffFrames, column + b]);
                    features[f, column + bands + b].ShouldBe(expected);
                }
            }

            column += layer.Width;
        }
    }

    [Fact]
    public void Silence_gives_all_zero_features()
    {
        float[,] features = MadmomFeatures.Compute(new AudioSignal(new double[4410], 44100, WavSampleFormat.Int16));

        features.GetLength(0).ShouldBe(10);
        foreach (float value in features)
        {
            value.ShouldBe(0f);
        }
    }

    [Fact]
    public void The_multi_array_wraps_the_same_rows_with_an_optional_batch_dimension()
    {
        AudioSignal signal = Sine(1000, seconds: 0.05, amplitude: 1000);

        MadmomFeatures.ComputeMultiArray(signal).Shape.ShouldBe(new[] { 5, 266 });
        MadmomFeatures.ComputeMultiArray(signal, batchDimension: true).Shape.ShouldBe(new[] { 1, 5, 266 });
    }

    [Fact]
    public void Other_sample_rates_are_refused_with_the_reason()
    {
        var error = Should.Throw<ArgumentException>(() => MadmomFeatures.Compute(new AudioSignal(new double[10], 48000, WavSampleFormat.Int16)));
        error.Message.ShouldContain("48000 Hz");
        error.Message.ShouldContain("44100 Hz");
    }

    private static AudioSignal Sine(double frequency, double seconds, double amplitude, bool fadeIn = false)
    {
        int length = (int)(seconds * 44100);
        var samples = new double[length];
        for (int i = 0; i < length; i++)
        {
            double gain = fadeIn ? (double)i / length : 1;
            samples[i] = Math.Round(gain * amplitude * Math.Sin(2 * Math.PI * frequency * i / 44100));
        }

        return new AudioSignal(samples, 44100, WavSampleFormat.Int16);
    }
}
