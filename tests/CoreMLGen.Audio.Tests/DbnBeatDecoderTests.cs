using System;
using System.Linq;
using CoreMLGen.Audio.Beats;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class DbnBeatDecoderTests
{
    [Fact]
    public void A_regular_pulse_decodes_to_its_peaks()
    {
        // Peaks every 50 frames (120 bpm at 100 fps), a little noise elsewhere.
        float[] activations = Enumerable.Range(0, 400).Select(i => i % 50 == 10 ? 0.9f : 0.02f).ToArray();

        double[] beats = DbnBeatDecoder.Decode(activations, 100);

        beats.ShouldBe(Enumerable.Range(0, 8).Select(k => (10 + (50.0 * k)) / 100).ToArray(), 1e-9);
    }

    [Fact]
    public void All_zero_activations_give_no_beats()
    {
        DbnBeatDecoder.Decode(new float[300], 100).ShouldBeEmpty();
    }

    [Fact]
    public void Activations_outside_zero_to_one_are_refused_with_the_frame()
    {
        var error = Should.Throw<ArgumentException>(() => DbnBeatDecoder.Decode(new[] { 0.1f, 1.5f }, 100));
        error.Message.ShouldContain("1.5 at frame 1");
        Should.Throw<ArgumentException>(() => DbnBeatDecoder.Decode(new[] { float.NaN }, 100));
    }

    [Fact]
    public void The_threshold_keeps_the_segment_between_the_first_and_last_strong_activation()
    {
        float[] activations = { 0.1f, 0.6f, 0.2f, 0.7f, 0.1f };

        DbnBeatDecoder.ThresholdActivations(activations, 0.5, out int first).ToArray().ShouldBe(new[] { 0.6f, 0.2f, 0.7f });
        first.ShouldBe(1);
        // madmom's quirk: when only frame 0 passes, nothing remains.
        DbnBeatDecoder.ThresholdActivations(new[] { 0.9f, 0.1f }, 0.5, out _).Length.ShouldBe(0);
    }

    [Fact]
    public void Thresholded_beats_are_reported_in_the_original_time_base()
    {
        float[] activations = Enumerable.Range(0, 400).Select(i => i < 100 ? 0f : i % 50 == 10 ? 0.9f : 0.02f).ToArray();

        double[] beats = new DbnBeatDecoder(100, new DbnBeatDecoderOptions { Threshold = 0.5 }).Decode(activations);

        beats.First().ShouldBe(1.10, 1e-9);
        beats.Last().ShouldBe(3.60, 1e-9);
    }
}
