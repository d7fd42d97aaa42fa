using CoreMLGen.Audio.Beats;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class DbnBeatDecoderAcceptanceTests
{
    [FixtureFact]
    public void Madmom_sample_activations_decode_to_madmoms_beat_times_within_10_ms()
    {
        float[] activations = MadmomSample.BlstmActivations();
        activations.Length.ShouldBe(281);

        double[] beats = DbnBeatDecoder.Decode(activations, fps: 100);

        double[] expected = MadmomSample.DbnBeatTimes();
        expected.Length.ShouldBe(8);
        beats.Length.ShouldBe(expected.Length, "beats: " + string.Join(", ", beats));
        for (int i = 0; i < expected.Length; i++)
        {
            beats[i].ShouldBe(expected[i], 0.010, "beat " + i);
        }
    }
}
