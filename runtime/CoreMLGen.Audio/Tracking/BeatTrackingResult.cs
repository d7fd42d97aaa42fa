namespace CoreMLGen.Audio.Tracking;

/// <summary>What <see cref="BeatTracker"/> found.</summary>
/// <param name="Activations">The beat activation of every frame.</param>
/// <param name="BeatTimes">Beat times [seconds], ascending.</param>
/// <param name="Fps">Frames per second of <paramref name="Activations"/>.</param>
public sealed record BeatTrackingResult(float[] Activations, double[] BeatTimes, double Fps);
