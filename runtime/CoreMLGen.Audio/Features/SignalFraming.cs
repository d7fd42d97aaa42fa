using System;

namespace CoreMLGen.Audio.Features;

/// <summary>
/// madmom's <c>FramedSignal</c> offline framing (origin 0, end 'normal'): frame i is centred on sample
/// <c>floor(i * hop)</c> (it starts <c>frameSize / 2</c> samples earlier); parts outside the signal are zeros; there
/// are <c>ceil(samples / hop)</c> frames.
/// </summary>
public static class SignalFraming
{
    /// <summary>The number of frames madmom makes of <paramref name="samples"/> samples at hop size <paramref name="hopSize"/>.</summary>
    public static int FrameCount(int samples, double hopSize) => (int)Math.Ceiling(samples / hopSize);

    /// <summary>The first sample of frame <paramref name="index"/> (may be negative: zero padding).</summary>
    public static long FrameStart(int index, double hopSize, int frameSize) => (long)(index * hopSize) - (frameSize / 2);

    /// <summary>Copies frame <paramref name="index"/> into <paramref name="frame"/>, zero-padding outside the signal.</summary>
    public static void CopyFrame(ReadOnlySpan<double> signal, int index, double hopSize, Span<double> frame)
    {
        long start = FrameStart(index, hopSize, frame.Length);
        for (int i = 0; i < frame.Length; i++)
        {
            long sample = start + i;
            frame[i] = sample >= 0 && sample < signal.Length ? signal[(int)sample] : 0.0;
        }
    }
}
