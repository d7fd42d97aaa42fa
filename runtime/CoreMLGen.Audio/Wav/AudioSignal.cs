using System;

namespace CoreMLGen.Audio.Wav;

/// <summary>
/// A mono audio signal as madmom holds it after loading: the samples keep the file's number type (integers stay
/// integers, only widened to double here) and <see cref="FullScale"/> says what madmom divides them by later.
/// </summary>
public sealed class AudioSignal
{
    /// <summary>Wraps mono samples (not copied).</summary>
    /// <param name="samples">The samples, in the value range of <paramref name="format"/>.</param>
    /// <param name="sampleRate">Samples per second.</param>
    /// <param name="format">The stored number type.</param>
    /// <param name="sourceChannels">How many channels the file had before the downmix.</param>
    public AudioSignal(double[] samples, int sampleRate, WavSampleFormat format, int sourceChannels = 1)
    {
        Samples = samples ?? throw new ArgumentNullException(nameof(samples));
        if (sampleRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), "The sample rate must be positive.");
        }

        SampleRate = sampleRate;
        Format = format;
        SourceChannels = sourceChannels;
    }

    /// <summary>The mono samples.</summary>
    public double[] Samples { get; }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>The stored number type.</summary>
    public WavSampleFormat Format { get; }

    /// <summary>How many channels the file had before the downmix.</summary>
    public int SourceChannels { get; }

    /// <summary>The length [seconds].</summary>
    public double Duration => (double)Samples.Length / SampleRate;

    /// <summary>
    /// What madmom divides the window by for this number type: the largest value of the integer type (255, 32767,
    /// 2147483647 — 24-bit samples are read as shifted 32-bit integers), 1 for floats. madmom does not remove the
    /// 8-bit offset of 128.
    /// </summary>
    public double FullScale => Format switch
    {
        WavSampleFormat.UInt8 => byte.MaxValue,
        WavSampleFormat.Int16 => short.MaxValue,
        WavSampleFormat.Int24 or WavSampleFormat.Int32 => int.MaxValue,
        _ => 1.0,
    };
}
