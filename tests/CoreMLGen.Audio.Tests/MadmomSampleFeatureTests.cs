using CoreMLGen.Audio.Features;
using CoreMLGen.Audio.Wav;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

/// <summary>
/// Intermediate results for sample.wav that madmom prints in its own documentation (madmom/audio/spectrogram.py,
/// doctests at frame size 2048, hop 441, 12 bands per octave, shown to 5 decimals).
/// </summary>
public sealed class MadmomSampleFeatureTests
{
    private const double Printed = 6e-6;

    [FixtureFact]
    public void Sample_wav_is_16_bit_mono_at_44_1_kHz_and_makes_281_frames()
    {
        AudioSignal signal = WavReader.Read(MadmomSample.File("sample.wav"));

        signal.SampleRate.ShouldBe(44100);
        signal.Format.ShouldBe(WavSampleFormat.Int16);
        signal.Samples.Length.ShouldBe(123481);
        MadmomFeatures.FrameCount(signal).ShouldBe(281);
        MadmomFeatures.Compute(signal).GetLength(1).ShouldBe(266);
    }

    [FixtureFact]
    public void Magnitude_spectrogram_matches_madmoms_doctest()
    {
        AudioSignal signal = WavReader.Read(MadmomSample.File("sample.wav"));
        var spectrum = new MagnitudeSpectrum(HannWindow.Symmetric(2048), 441, signal.FullScale);
        var magnitudes = new float[1024];

        float[][] expected =
        {
            new[] { 3.15249f, 4.00272f, 0.03634f, 0.03671f },
            new[] { 4.28429f, 2.85158f, 0.0219f, 0.02227f },
            new[] { 4.92274f, 10.27775f, 0.00607f, 0.00593f },
            new[] { 9.22709f, 9.6387f, 0.00981f, 0.00984f },
        };
        int[] frames = { 0, 1, 279, 280 };
        for (int i = 0; i < frames.Length; i++)
        {
            spectrum.Compute(signal.Samples, frames[i], magnitudes);
            new[] { magnitudes[0], magnitudes[1], magnitudes[1022], magnitudes[1023] }.ShouldBe(expected[i], Printed, "frame " + frames[i]);
        }
    }

    [FixtureFact]
    public void Filtered_and_log_filtered_spectrograms_match_madmoms_doctests()
    {
        AudioSignal signal = WavReader.Read(MadmomSample.File("sample.wav"));
        var layer = new SpectralFluxFeatures(2048, 44100, 100, bandsPerOctave: 12, fmin: 30, fmax: 17000, diffRatio: 0.5);
        layer.Filterbank.NumBands.ShouldBe(81);

        float[] filtered = layer.LogBands(signal.Samples, signal.FullScale, 281, logarithmic: false);
        float[] logFiltered = layer.LogBands(signal.Samples, signal.FullScale, 281);

        Corners(filtered).ShouldBe(
            new[] { 5.66156f, 6.30141f, 0.05426f, 0.06461f, 8.44266f, 8.69582f, 0.07703f, 0.0902f, 10.04626f, 1.12018f, 0.0487f, 0.04282f, 8.60186f, 6.81195f, 0.03721f, 0.03371f },
            1.2e-5);
        Corners(logFiltered).ShouldBe(
            new[] { 0.82358f, 0.86341f, 0.02295f, 0.02719f, 0.97509f, 0.98658f, 0.03223f, 0.0375f, 1.04322f, 0.32637f, 0.02065f, 0.01821f, 0.98236f, 0.89276f, 0.01587f, 0.0144f },
            Printed);
    }

    [Fact]
    public void Twelve_band_filterbank_centres_match_madmoms_doctest()
    {
        var filterbank = new LogarithmicFilterbank(2048, 44100, 12, 30, 17000, normalize: true);

        // madmom prints the band centres: the middle bin of every filter.
        double[] centres = System.Array.ConvertAll(filterbank.FilterBins[1..^1], bin => filterbank.BinFrequencies[bin]);
        centres[..8].ShouldBe(new[] { 43.06641, 64.59961, 86.13281, 107.66602, 129.19922, 150.73242, 172.26562, 193.79883 }, 6e-6);
        centres[^8..].ShouldBe(new[] { 10551.26953, 11175.73242, 11843.26172, 12553.85742, 13285.98633, 14082.71484, 14922.50977, 15805.37109 }, 6e-6);
    }

    private static float[] Corners(float[] rows)
    {
        const int bands = 81;
        var corners = new System.Collections.Generic.List<float>();
        foreach (int frame in new[] { 0, 1, 279, 280 })
        {
            corners.AddRange(new[] { rows[frame * bands], rows[(frame * bands) + 1], rows[(frame * bands) + bands - 2], rows[(frame * bands) + bands - 1] });
        }

        return corners.ToArray();
    }
}
