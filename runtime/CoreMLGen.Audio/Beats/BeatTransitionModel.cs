using System;
using System.Collections.Generic;

namespace CoreMLGen.Audio.Beats;

/// <summary>
/// madmom's beat transition model: inside a beat the state advances by one each frame with probability 1; from the
/// last state of an interval the chain jumps to the first state of any interval with a probability that falls off
/// exponentially with the tempo change, <c>exp(-lambda * |to / from - 1|)</c>, normalised over the destinations.
/// Stored sparsely by destination state, previous states ascending (the order madmom's CSR matrix has).
/// </summary>
public sealed class BeatTransitionModel
{
    // Values at or below one double epsilon are dropped before normalising, as madmom does.
    private const double DropThreshold = 2.220446049250313e-16;

    private readonly int[] _pointers;
    private readonly int[] _previousStates;
    private readonly double[] _probabilities;

    /// <summary>Builds the transitions of <paramref name="stateSpace"/>.</summary>
    /// <param name="stateSpace">The beat state space.</param>
    /// <param name="transitionLambda">Higher values prefer a constant tempo from one beat to the next.</param>
    public BeatTransitionModel(BeatStateSpace stateSpace, double transitionLambda)
    {
        StateSpace = stateSpace ?? throw new ArgumentNullException(nameof(stateSpace));
        if (!(transitionLambda >= 0) || double.IsInfinity(transitionLambda))
        {
            throw new ArgumentOutOfRangeException(nameof(transitionLambda), "The transition lambda must be a finite number >= 0.");
        }

        TransitionLambda = transitionLambda;
        double[,] tempoChange = TempoChangeProbabilities(stateSpace.Intervals, stateSpace.Intervals, transitionLambda);

        var incoming = new List<(int Previous, double Probability)>[stateSpace.NumStates];
        for (int state = 0; state < stateSpace.NumStates; state++)
        {
            incoming[state] = new List<(int, double)>(1);
        }

        var isFirst = new bool[stateSpace.NumStates];
        foreach (int first in stateSpace.FirstStates)
        {
            isFirst[first] = true;
        }

        for (int state = 0; state < stateSpace.NumStates; state++)
        {
            if (!isFirst[state])
            {
                incoming[state].Add((state - 1, 1.0));
            }
        }

        // Rows are origins in ascending order, so each destination's list stays sorted by previous state.
        for (int from = 0; from < stateSpace.Intervals.Length; from++)
        {
            for (int to = 0; to < stateSpace.Intervals.Length; to++)
            {
                if (tempoChange[from, to] != 0)
                {
                    incoming[stateSpace.FirstStates[to]].Add((stateSpace.LastStates[from], tempoChange[from, to]));
                }
            }
        }

        _pointers = new int[stateSpace.NumStates + 1];
        int count = 0;
        foreach (var list in incoming)
        {
            count += list.Count;
        }

        _previousStates = new int[count];
        _probabilities = new double[count];
        int next = 0;
        for (int state = 0; state < stateSpace.NumStates; state++)
        {
            _pointers[state] = next;
            foreach (var (previous, probability) in incoming[state])
            {
                _previousStates[next] = previous;
                _probabilities[next] = probability;
                next++;
            }
        }

        _pointers[stateSpace.NumStates] = next;
    }

    /// <summary>The state space the transitions connect.</summary>
    public BeatStateSpace StateSpace { get; }

    /// <summary>The tempo-change lambda.</summary>
    public double TransitionLambda { get; }

    /// <summary>The number of stored (non-zero) transitions.</summary>
    public int NumTransitions => _probabilities.Length;

    /// <summary>The transitions into <paramref name="state"/>: previous states (ascending) and probabilities.</summary>
    public IEnumerable<(int PreviousState, double Probability)> TransitionsInto(int state)
    {
        for (int i = _pointers[state]; i < _pointers[state + 1]; i++)
        {
            yield return (_previousStates[i], _probabilities[i]);
        }
    }

    /// <summary>
    /// madmom's <c>exponential_transition</c>: entry [i, j] is the probability of moving from interval
    /// <paramref name="fromIntervals"/>[i] to <paramref name="toIntervals"/>[j]; each row sums to 1.
    /// </summary>
    public static double[,] TempoChangeProbabilities(IReadOnlyList<int> fromIntervals, IReadOnlyList<int> toIntervals, double transitionLambda)
    {
        var probabilities = new double[fromIntervals.Count, toIntervals.Count];
        for (int i = 0; i < fromIntervals.Count; i++)
        {
            double sum = 0;
            for (int j = 0; j < toIntervals.Count; j++)
            {
                double ratio = (double)toIntervals[j] / fromIntervals[i];
                double probability = Math.Exp(-transitionLambda * Math.Abs(ratio - 1.0));
                probabilities[i, j] = probability <= DropThreshold ? 0 : probability;
                sum += probabilities[i, j];
            }

            for (int j = 0; j < toIntervals.Count; j++)
            {
                probabilities[i, j] /= sum;
            }
        }

        return probabilities;
    }

    internal ReadOnlySpan<int> Pointers => _pointers;

    internal ReadOnlySpan<int> PreviousStates => _previousStates;

    internal ReadOnlySpan<double> Probabilities => _probabilities;
}
