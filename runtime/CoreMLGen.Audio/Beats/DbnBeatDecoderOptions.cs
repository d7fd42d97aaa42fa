namespace CoreMLGen.Audio.Beats;

/// <summary>The parameters of <see cref="DbnBeatDecoder"/>; the defaults are madmom's.</summary>
public sealed record DbnBeatDecoderOptions
{
    /// <summary>The slowest tempo modelled [bpm].</summary>
    public double MinBpm { get; init; } = 55;

    /// <summary>The fastest tempo modelled [bpm].</summary>
    public double MaxBpm { get; init; } = 215;

    /// <summary>When set, this many log-spaced tempi; otherwise every whole beat interval in frames.</summary>
    public int? NumTempi { get; init; }

    /// <summary>The tempo-change lambda (higher prefers a constant tempo).</summary>
    public double TransitionLambda { get; init; } = 100;

    /// <summary>A beat period is split into this many parts, the first being the beat range.</summary>
    public double ObservationLambda { get; init; } = 16;

    /// <summary>Decode only the segment between the first and last activation at or above this value (0: all).</summary>
    public double Threshold { get; init; }

    /// <summary>Move each beat to the activation peak of its beat range.</summary>
    public bool Correct { get; init; } = true;
}
