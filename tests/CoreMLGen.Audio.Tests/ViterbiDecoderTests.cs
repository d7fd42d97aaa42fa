using System;
using System.Linq;
using CoreMLGen.Audio.Beats;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class ViterbiDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_decoded_path_is_the_most_likely_of_all_paths(int seed)
    {
        var space = new BeatStateSpace(2, 3);
        var transitions = new BeatTransitionModel(space, 1);
        var observations = new BeatObservationModel(space, 4);
        var random = new Random(seed);
        float[] activations = Enumerable.Range(0, 6).Select(_ => (float)((random.NextDouble() * 0.98) + 0.01)).ToArray();
        double[,] densities = observations.LogDensities(activations);

        int[] path = ViterbiDecoder.BestPath(transitions, observations.IsBeatState, densities, out double logProbability);

        (int[] bestPath, double bestLog) = BruteForce(space, transitions, observations, densities);
        path.ShouldBe(bestPath);
        logProbability.ShouldBe(bestLog, 1e-12);
    }

    [Fact]
    public void Log_densities_follow_the_beat_and_non_beat_formulas()
    {
        var space = new BeatStateSpace(2, 3);
        double[,] densities = new BeatObservationModel(space, 16).LogDensities(new[] { 0.25f });

        densities[0, 0].ShouldBe(Math.Log(0.75 / 15), 1e-6);
        densities[0, 1].ShouldBe(Math.Log(0.25), 1e-6);
    }

    [Fact]
    public void Only_the_first_sixteenth_of_a_beat_is_the_beat_range()
    {
        var space = new BeatStateSpace(16, 17);
        bool[] beat = new BeatObservationModel(space, 16).IsBeatState;

        // Interval 16: position 1/16 is not below the border; interval 17: 1/17 is.
        beat.Take(16).Count(b => b).ShouldBe(1);
        beat.Skip(16).Take(2).ShouldBe(new[] { true, true });
        beat.Skip(18).ShouldAllBe(b => !b);
    }

    /// <summary>Enumerates every state sequence and scores it with the dense model.</summary>
    private static (int[] Path, double Log) BruteForce(BeatStateSpace space, BeatTransitionModel transitions, BeatObservationModel observations, double[,] densities)
    {
        int n = space.NumStates;
        var logTransition = new double[n, n];
        for (int to = 0; to < n; to++)
        {
            for (int from = 0; from < n; from++)
            {
                logTransition[from, to] = double.NegativeInfinity;
            }

            foreach (var (from, p) in transitions.TransitionsInto(to))
            {
                logTransition[from, to] = Math.Log(p);
            }
        }

        int frames = densities.GetLength(0);
        var path = new int[frames];
        int[] best = Array.Empty<int>();
        double bestLog = double.NegativeInfinity;
        int total = (int)Math.Pow(n, frames);
        for (int code = 0; code < total; code++)
        {
            int rest = code;
            for (int f = 0; f < frames; f++)
            {
                path[f] = rest % n;
                rest /= n;
            }

            // Initial distribution uniform; frame 0 also takes a transition from it, as madmom's Viterbi does.
            double initial = double.NegativeInfinity;
            for (int s = 0; s < n; s++)
            {
                initial = Math.Max(initial, Math.Log(1.0 / n) + logTransition[s, path[0]]);
            }

            double log = initial;
            for (int f = 0; f < frames; f++)
            {
                if (f > 0)
                {
                    log += logTransition[path[f - 1], path[f]];
                }

                log += densities[f, observations.IsBeatState[path[f]] ? 1 : 0];
            }

            if (log > bestLog)
            {
                bestLog = log;
                best = (int[])path.Clone();
            }
        }

        return (best, bestLog);
    }
}
