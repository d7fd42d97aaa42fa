using System;
using CoreMLGen.Audio.Tracking;
using CoreMLGen.Audio.Wav;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class BeatTrackerTests
{
    [FixtureFact]
    public void Features_network_and_decoder_connect_frame_for_frame()
    {
        // Until the converted networks are available, madmom's own activations stand in for the network.
        float[] madmomActivations = MadmomSample.BlstmActivations();
        MultiArray<float>? seen = null;
        var tracker = new BeatTracker(features =>
        {
            seen = features;
            return madmomActivations;
        });

        BeatTrackingResult result = tracker.Track(MadmomSample.File("sample.wav"));

        seen!.Shape.ShouldBe(new[] { 281, 266 });
        result.Activations.ShouldBeSameAs(madmomActivations);
        result.BeatTimes.ShouldBe(MadmomSample.DbnBeatTimes(), 0.010);
    }

    [Fact]
    public void A_network_returning_the_wrong_number_of_activations_is_reported()
    {
        var tracker = new BeatTracker(_ => new float[3]);
        var error = Should.Throw<InvalidOperationException>(() => tracker.Track(new AudioSignal(new double[4410], 44100, WavSampleFormat.Int16)));
        error.Message.ShouldContain("3 activations for 10 frames");
    }

    [Fact]
    public void Predictions_are_averaged_in_single_precision()
    {
        float[] averaged = BeatTracker.AveragePredictions(new[] { new[] { 0.1f, 1f }, new[] { 0.2f, 0f }, new[] { 0.4f, 0.5f } });

        averaged.ShouldBe(new[] { (0.1f + 0.2f + 0.4f) / 3f, 1.5f / 3f });
        Should.Throw<ArgumentException>(() => BeatTracker.AveragePredictions(new[] { new float[2], new float[3] }));
    }
}
