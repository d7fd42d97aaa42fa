using System;
using System.Collections.Generic;
using System.Globalization;
using CoreMLGen.Audio.Beats;
using CoreMLGen.Audio.Features;
using CoreMLGen.Audio.Wav;

namespace CoreMLGen.Audio.Tracking;

/// <summary>
/// madmom's offline beat tracker as three steps: <see cref="MadmomFeatures"/> (266 features per frame at 100 fps),
/// a beat activation network supplied by the caller (typically a generated model class, one prediction per file),
/// and <see cref="DbnBeatDecoder"/>.
/// </summary>
public sealed class BeatTracker
{
    private readonly Func<MultiArray<float>, float[]> _network;
    private readonly DbnBeatDecoder _decoder;

    /// <summary>Creates a tracker around a network.</summary>
    /// <param name="network">Maps the features <c>[frames, 266]</c> to one beat activation in [0, 1] per frame.</param>
    /// <param name="options">DBN parameters; madmom's defaults when null.</param>
    public BeatTracker(Func<MultiArray<float>, float[]> network, DbnBeatDecoderOptions? options = null)
    {
        _network = network ?? throw new ArgumentNullException(nameof(network));
        _decoder = new DbnBeatDecoder(MadmomFeatures.Fps, options);
    }

    /// <summary>Reads a 44.1 kHz WAV file and tracks its beats.</summary>
    public BeatTrackingResult Track(string wavPath) => Track(WavReader.Read(wavPath));

    /// <summary>Tracks the beats of a 44.1 kHz signal.</summary>
    public BeatTrackingResult Track(AudioSignal signal)
    {
        MultiArray<float> features = MadmomFeatures.ComputeMultiArray(signal);
        int frames = features.Shape[0];
        float[] activations = _network(features);
        if (activations is null || activations.Length != frames)
        {
            throw new InvalidOperationException(
                "The beat network returned " + (activations?.Length ?? 0).ToString(CultureInfo.InvariantCulture) + " activations for "
                + frames.ToString(CultureInfo.InvariantCulture) + " frames; it must return one per frame.");
        }

        return new BeatTrackingResult(activations, _decoder.Decode(activations), MadmomFeatures.Fps);
    }

    /// <summary>madmom's <c>average_predictions</c>: the element-wise mean of several networks' activations, summed
    /// in single precision in the given order.</summary>
    /// <exception cref="ArgumentException">No predictions, or they differ in length.</exception>
    public static float[] AveragePredictions(IReadOnlyList<float[]> predictions)
    {
        if (predictions is null || predictions.Count == 0)
        {
            throw new ArgumentException("At least one prediction is needed.", nameof(predictions));
        }

        var sum = new float[predictions[0].Length];
        foreach (float[] prediction in predictions)
        {
            if (prediction.Length != sum.Length)
            {
                throw new ArgumentException("Predictions differ in length (" + prediction.Length.ToString(CultureInfo.InvariantCulture) + " and " + sum.Length.ToString(CultureInfo.InvariantCulture) + ").", nameof(predictions));
            }

            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += prediction[i];
            }
        }

        if (predictions.Count > 1)
        {
            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] /= predictions.Count;
            }
        }

        return sum;
    }
}
