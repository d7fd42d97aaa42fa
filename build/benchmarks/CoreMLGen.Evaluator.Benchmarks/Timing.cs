using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>Statistics of the timed side-by-side runs.</summary>
internal static class Timing
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>"median … ms (best …), … GFLOP/s" for times in milliseconds of work of <paramref name="multiplyAdds"/>.</summary>
    public static string Summary(IReadOnlyCollection<double> milliseconds, long multiplyAdds)
    {
        double median = Median(milliseconds);
        return string.Format(CultureInfo.InvariantCulture, "median {0,9:F3} ms (best {1,9:F3}), {2,6:F2} GFLOP/s", median, milliseconds.Min(), 2.0 * multiplyAdds / (median * 1e6));
    }
}
