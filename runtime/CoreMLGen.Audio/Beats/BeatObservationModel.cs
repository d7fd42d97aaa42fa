using System;

namespace CoreMLGen.Audio.Beats;

/// <summary>
/// madmom's <c>RNNBeatTrackingObservationModel</c>: the first 1/lambda of every beat are beat states, which see the
/// activation <c>a</c> with density <c>a</c>; all other states see <c>(1 - a) / (lambda - 1)</c>.
/// </summary>
public sealed class BeatObservationModel
{
    /// <summary>Builds the model over <paramref name="stateSpace"/>.</summary>
    /// <param name="stateSpace">The beat state space.</param>
    /// <param name="observationLambda">Splits a beat into this many parts, the first being the beat.</param>
    public BeatObservationModel(BeatStateSpace stateSpace, double observationLambda)
    {
        if (stateSpace is null)
        {
            throw new ArgumentNullException(nameof(stateSpace));
        }

        if (!(observationLambda > 1) || double.IsInfinity(observationLambda))
        {
            throw new ArgumentOutOfRangeException(nameof(observationLambda), "The observation lambda must be a finite number > 1.");
        }

        ObservationLambda = observationLambda;
        IsBeatState = new bool[stateSpace.NumStates];
        double border = 1.0 / observationLambda;
        for (int state = 0; state < stateSpace.NumStates; state++)
        {
            IsBeatState[state] = stateSpace.StatePositions[state] < border;
        }
    }

    /// <summary>The observation lambda.</summary>
    public double ObservationLambda { get; }

    /// <summary>For each state, whether it lies in the beat range (madmom's pointer 1).</summary>
    public bool[] IsBeatState { get; }

    /// <summary>
    /// The log densities of each activation: [frame, 0] for non-beat states, [frame, 1] for beat states. Computed in
    /// single precision, as madmom does on its float32 activations.
    /// </summary>
    public double[,] LogDensities(ReadOnlySpan<float> activations)
    {
        var densities = new double[activations.Length, 2];
        float divisor = (float)(ObservationLambda - 1);
        for (int frame = 0; frame < activations.Length; frame++)
        {
            float activation = activations[frame];
            densities[frame, 0] = MathF.Log((1f - activation) / divisor);
            densities[frame, 1] = MathF.Log(activation);
        }

        return densities;
    }
}
