using System;

namespace CoreMLGen.Audio.Beats;

/// <summary>
/// The Viterbi algorithm over a sparse transition model, as madmom's <c>HiddenMarkovModel.viterbi</c> runs it:
/// uniform initial distribution, log domain, strict comparison (the lowest previous state wins a tie), the final
/// state the first maximum.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>The most likely state sequence, or an empty array when every path has probability zero.</summary>
    public static int[] BestPath(BeatTransitionModel transitions, bool[] isBeatState, double[,] logDensities, out double logProbability)
    {
        int numStates = transitions.StateSpace.NumStates;
        int numFrames = logDensities.GetLength(0);
        ReadOnlySpan<int> pointers = transitions.Pointers;
        ReadOnlySpan<int> previousStates = transitions.PreviousStates;
        ReadOnlySpan<double> probabilities = transitions.Probabilities;
        var logTransitions = new double[probabilities.Length];
        for (int i = 0; i < logTransitions.Length; i++)
        {
            logTransitions[i] = Math.Log(probabilities[i]);
        }

        var previous = new double[numStates];
        var current = new double[numStates];
        Array.Fill(previous, Math.Log(1.0 / numStates));

        // Only states with several incoming transitions (the beat states that start an interval) need back pointers
        // stored per frame; every other state has exactly one possible predecessor. This keeps memory at
        // frames x intervals instead of frames x states.
        var branchIndex = new int[numStates];
        int branching = 0;
        for (int state = 0; state < numStates; state++)
        {
            branchIndex[state] = pointers[state + 1] - pointers[state] > 1 ? branching++ : -1;
        }

        var backPointers = new int[(long)numFrames * branching];

        for (int frame = 0; frame < numFrames; frame++)
        {
            double nonBeat = logDensities[frame, 0];
            double beat = logDensities[frame, 1];
            long row = (long)frame * branching;
            for (int state = 0; state < numStates; state++)
            {
                double best = double.NegativeInfinity;
                double density = isBeatState[state] ? beat : nonBeat;
                int bestFrom = -1;
                for (int p = pointers[state]; p < pointers[state + 1]; p++)
                {
                    int from = previousStates[p];
                    double candidate = previous[from] + logTransitions[p] + density;
                    if (candidate > best)
                    {
                        best = candidate;
                        bestFrom = from;
                    }
                }

                current[state] = best;
                if (branchIndex[state] >= 0)
                {
                    backPointers[row + branchIndex[state]] = bestFrom;
                }
            }

            (previous, current) = (current, previous);
        }

        // After the swap the last frame's values are in "previous" (or the initial ones when there are no frames).
        int bestState = 0;
        for (int state = 1; state < numStates; state++)
        {
            if (previous[state] > previous[bestState])
            {
                bestState = state;
            }
        }

        logProbability = previous[bestState];
        if (double.IsInfinity(logProbability) || double.IsNaN(logProbability))
        {
            return Array.Empty<int>();
        }

        var path = new int[numFrames];
        for (int frame = numFrames - 1; frame >= 0; frame--)
        {
            path[frame] = bestState;
            int branch = branchIndex[bestState];
            bestState = branch >= 0 ? backPointers[((long)frame * branching) + branch] : previousStates[pointers[bestState]];
        }

        return path;
    }
}
