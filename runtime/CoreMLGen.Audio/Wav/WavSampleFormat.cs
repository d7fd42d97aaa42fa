namespace CoreMLGen.Audio.Wav;

/// <summary>How a WAV file stores its samples; decides the scaling madmom applies (see <see cref="AudioSignal.FullScale"/>).</summary>
public enum WavSampleFormat
{
    /// <summary>8-bit unsigned integers (0–255, silence at 128).</summary>
    UInt8,

    /// <summary>16-bit signed integers.</summary>
    Int16,

    /// <summary>24-bit signed integers, held as 32-bit integers shifted left by 8 bits (as scipy reads them).</summary>
    Int24,

    /// <summary>32-bit signed integers.</summary>
    Int32,

    /// <summary>32-bit IEEE floats.</summary>
    Float32,

    /// <summary>64-bit IEEE floats.</summary>
    Float64,
}
