using System;
using System.Collections.Generic;

namespace CoreMLGen.Audio.Beats;

/// <summary>
/// madmom's beat state space (Krebs, Böck and Widmer, ISMIR 2015): one chain of states per beat interval (tempo),
/// each chain as long as its interval in frames; a state's position is its place within the beat, 0 at the beat.
/// </summary>
public sealed class BeatStateSpace
{
    /// <summary>Builds the state space for beat intervals between <paramref name="minInterval"/> and
    /// <paramref name="maxInterval"/> frames.</summary>
    /// <param name="minInterval">The shortest beat interval [frames].</param>
    /// <param name="maxInterval">The longest beat interval [frames].</param>
    /// <param name="numIntervals">When set and smaller than the number of whole intervals in the range, that many
    /// intervals spaced logarithmically; otherwise every whole interval (madmom's <c>num_tempi</c>).</param>
    public BeatStateSpace(double minInterval, double maxInterval, int? numIntervals = null)
    {
        if (!(minInterval >= 1) || !(maxInterval >= minInterval) || double.IsInfinity(maxInterval))
        {
            throw new ArgumentOutOfRangeException(nameof(minInterval), "Beat intervals must satisfy 1 <= min <= max < infinity, not " + minInterval + " and " + maxInterval + ".");
        }

        if (numIntervals is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numIntervals), "The number of intervals must be positive.");
        }

        Intervals = ChooseIntervals(minInterval, maxInterval, numIntervals);
        FirstStates = new int[Intervals.Length];
        LastStates = new int[Intervals.Length];
        int total = 0;
        for (int i = 0; i < Intervals.Length; i++)
        {
            FirstStates[i] = total;
            total += Intervals[i];
            LastStates[i] = total - 1;
        }

        NumStates = total;
        StatePositions = new double[total];
        StateIntervals = new int[total];
        for (int i = 0; i < Intervals.Length; i++)
        {
            int length = Intervals[i];
            for (int k = 0; k < length; k++)
            {
                // numpy's linspace(0, 1, length, endpoint=False): k * (1 / length).
                StatePositions[FirstStates[i] + k] = k * (1.0 / length);
                StateIntervals[FirstStates[i] + k] = length;
            }
        }
    }

    /// <summary>The modelled beat intervals [frames], ascending.</summary>
    public int[] Intervals { get; }

    /// <summary>The number of states (the sum of the intervals).</summary>
    public int NumStates { get; }

    /// <summary>The first state (position 0, the beat) of each interval's chain.</summary>
    public int[] FirstStates { get; }

    /// <summary>The last state of each interval's chain.</summary>
    public int[] LastStates { get; }

    /// <summary>Each state's position inside the beat, in [0, 1).</summary>
    public double[] StatePositions { get; }

    /// <summary>Each state's beat interval [frames].</summary>
    public int[] StateIntervals { get; }

    private static int[] ChooseIntervals(double minInterval, double maxInterval, int? numIntervals)
    {
        // numpy's round is round-half-to-even, as is Math.Round's default.
        int low = (int)Math.Round(minInterval);
        int high = (int)Math.Round(maxInterval);
        var linear = new int[high - low + 1];
        for (int i = 0; i < linear.Length; i++)
        {
            linear[i] = low + i;
        }

        if (numIntervals is not int wanted || wanted >= linear.Length)
        {
            return linear;
        }

        // Log spacing; rounding merges neighbours, so ask for more points until enough distinct ones remain.
        var distinct = new SortedSet<int>();
        for (int points = wanted; distinct.Count < wanted; points++)
        {
            distinct.Clear();
            double from = Math.Log2(minInterval);
            double to = Math.Log2(maxInterval);
            for (int i = 0; i < points; i++)
            {
                // numpy's linspace: start + i * step, with the last point set to the stop exactly.
                double exponent = points == 1 ? from : i == points - 1 ? to : from + (i * ((to - from) / (points - 1)));
                distinct.Add((int)Math.Round(Math.Pow(2, exponent)));
            }
        }

        var result = new int[distinct.Count];
        distinct.CopyTo(result);
        return result;
    }
}
