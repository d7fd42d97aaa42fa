using System;
using System.Collections.Generic;
using System.Globalization;

namespace CoreMLGen.Audio.Beats;

/// <summary>
/// madmom's <c>DBNBeatTrackingProcessor</c> (offline): Viterbi decoding of a beat activation function through a
/// dynamic Bayesian network of beat phase and tempo, then (by default) each beat moved to the activation peak of its
/// beat range. The defaults are madmom's: 55–215 bpm, every whole interval, transition lambda 100, observation
/// lambda 16, no threshold, correction on.
/// </summary>
public sealed class DbnBeatDecoder
{
    private readonly BeatObservationModel _observations;
    private readonly BeatTransitionModel _transitions;

    /// <summary>Builds the decoder for activations at <paramref name="fps"/> frames per second.</summary>
    public DbnBeatDecoder(double fps, DbnBeatDecoderOptions? options = null)
    {
        if (!(fps > 0) || double.IsInfinity(fps))
        {
            throw new ArgumentOutOfRangeException(nameof(fps), "Frames per second must be a positive number, not " + fps.ToString(CultureInfo.InvariantCulture) + ".");
        }

        Options = options ?? new DbnBeatDecoderOptions();
        if (!(Options.MinBpm > 0) || !(Options.MaxBpm >= Options.MinBpm))
        {
            throw new ArgumentException("Tempo range must satisfy 0 < MinBpm <= MaxBpm, not " + Options.MinBpm.ToString(CultureInfo.InvariantCulture) + "–" + Options.MaxBpm.ToString(CultureInfo.InvariantCulture) + " bpm.", nameof(options));
        }

        Fps = fps;
        StateSpace = new BeatStateSpace(60.0 * fps / Options.MaxBpm, 60.0 * fps / Options.MinBpm, Options.NumTempi);
        _transitions = new BeatTransitionModel(StateSpace, Options.TransitionLambda);
        _observations = new BeatObservationModel(StateSpace, Options.ObservationLambda);
    }

    /// <summary>The frame rate of the activations.</summary>
    public double Fps { get; }

    /// <summary>The decoder's parameters.</summary>
    public DbnBeatDecoderOptions Options { get; }

    /// <summary>The beat state space.</summary>
    public BeatStateSpace StateSpace { get; }

    /// <summary>Decodes with madmom's default parameters.</summary>
    /// <param name="activations">Beat activations in [0, 1], one per frame.</param>
    /// <param name="fps">Frames per second of the activations.</param>
    /// <returns>Beat times [seconds], ascending.</returns>
    public static double[] Decode(ReadOnlySpan<float> activations, double fps) => new DbnBeatDecoder(fps).Decode(activations);

    /// <summary>Decodes beat times [seconds] from beat activations in [0, 1], one per frame.</summary>
    /// <exception cref="ArgumentException">An activation is outside [0, 1] or not a number.</exception>
    public double[] Decode(ReadOnlySpan<float> activations)
    {
        for (int i = 0; i < activations.Length; i++)
        {
            if (!(activations[i] >= 0f && activations[i] <= 1f))
            {
                throw new ArgumentException(
                    "Beat activation " + activations[i].ToString("R", CultureInfo.InvariantCulture) + " at frame " + i.ToString(CultureInfo.InvariantCulture) + " is not a probability in [0, 1].",
                    nameof(activations));
            }
        }

        int first = 0;
        if (Options.Threshold != 0)
        {
            activations = ThresholdActivations(activations, Options.Threshold, out first);
        }

        if (!AnyNonZero(activations))
        {
            return Array.Empty<double>();
        }

        int[] path = ViterbiDecoder.BestPath(_transitions, _observations.IsBeatState, _observations.LogDensities(activations), out _);

        // madmom also gives up when the path never leaves state 0.
        if (!AnyNonZero(path))
        {
            return Array.Empty<double>();
        }

        List<int> beatFrames = Options.Correct ? PeaksOfBeatRanges(path, activations) : BeatStateMinima(path);
        var times = new double[beatFrames.Count];
        for (int i = 0; i < times.Length; i++)
        {
            times[i] = (beatFrames[i] + first) / Fps;
        }

        return times;
    }

    /// <summary>The frame of the highest activation in each run of frames whose state is in the beat range.</summary>
    private List<int> PeaksOfBeatRanges(int[] path, ReadOnlySpan<float> activations)
    {
        var beats = new List<int>();
        int frame = 0;
        while (frame < path.Length)
        {
            if (!_observations.IsBeatState[path[frame]])
            {
                frame++;
                continue;
            }

            int peak = frame;
            for (; frame < path.Length && _observations.IsBeatState[path[frame]]; frame++)
            {
                if (activations[frame] > activations[peak])
                {
                    peak = frame;
                }
            }

            beats.Add(peak);
        }

        return beats;
    }

    /// <summary>Without correction: frames whose state position is a local minimum (circularly, as scipy's
    /// <c>argrelmin(mode='wrap')</c>) and that are beat states.</summary>
    private List<int> BeatStateMinima(int[] path)
    {
        var beats = new List<int>();
        double[] positions = StateSpace.StatePositions;
        int n = path.Length;
        for (int frame = 0; frame < n; frame++)
        {
            double here = positions[path[frame]];
            double before = positions[path[(frame - 1 + n) % n]];
            double after = positions[path[(frame + 1) % n]];
            if (here < before && here < after && _observations.IsBeatState[path[frame]])
            {
                beats.Add(frame);
            }
        }

        return beats;
    }

    /// <summary>madmom's <c>threshold_activations</c>: the segment from the first to the last activation at or
    /// above the threshold. Like madmom, a segment whose only such activation is frame 0 counts as empty.</summary>
    internal static ReadOnlySpan<float> ThresholdActivations(ReadOnlySpan<float> activations, double threshold, out int first)
    {
        int low = -1;
        int high = -1;
        for (int i = 0; i < activations.Length; i++)
        {
            if (activations[i] >= threshold)
            {
                low = low < 0 ? i : low;
                high = i;
            }
        }

        // madmom tests "idx.any()", which is false when the only index found is 0.
        if (high <= 0)
        {
            first = 0;
            return ReadOnlySpan<float>.Empty;
        }

        first = low;
        return activations.Slice(low, high + 1 - low);
    }

    private static bool AnyNonZero(ReadOnlySpan<float> values)
    {
        foreach (float value in values)
        {
            if (value != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyNonZero(int[] values) => Array.Exists(values, value => value != 0);
}
