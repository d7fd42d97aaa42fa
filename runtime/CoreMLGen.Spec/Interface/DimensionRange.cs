using System.Globalization;

namespace CoreMLGen.Spec.Interface;

/// <summary>A Core ML <c>SizeRange</c>: inclusive bounds, upper bound -1 meaning unbounded.</summary>
public sealed class DimensionRange
{
    /// <summary>The range an unset <c>SizeRange</c> stands for: any size.</summary>
    public static readonly DimensionRange Any = new(0, -1);

    public DimensionRange(ulong lowerBound, long upperBound)
    {
        LowerBound = lowerBound;

        // Core ML treats every negative upper bound as unbounded; one spelling keeps consumers simple.
        UpperBound = upperBound < 0 ? -1 : upperBound;
    }

    public ulong LowerBound { get; }

    /// <summary>The inclusive upper bound, or -1 when unbounded.</summary>
    public long UpperBound { get; }

    public bool IsUnbounded => UpperBound < 0;

    /// <summary><c>lower..upper</c>, as in the descriptor.</summary>
    public override string ToString()
        => LowerBound.ToString(CultureInfo.InvariantCulture) + ".." + UpperBound.ToString(CultureInfo.InvariantCulture);
}
