namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>Bounds on what a pickle may make the reader do; a pickle that exceeds one is refused before or while it is read.</summary>
public sealed record PickleLimits
{
    /// <summary>Largest pickle file accepted, in bytes (madmom's biggest networks are a few MB).</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest number of elements in one numpy array.</summary>
    public long MaxArrayElements { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest nesting of containers, marks and objects.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most opcodes in one stream.</summary>
    public long MaxOpcodes { get; init; } = 10_000_000;

    public static PickleLimits Default { get; } = new();
}
