using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>
/// Effective GFLOP/s: 2 × the multiply-adds of all matrix products of one prediction / its mean (or, on a busy shared
/// machine more telling, its fastest) time.
/// </summary>
internal sealed class GflopsColumn : IColumn
{
    private readonly bool _fastest;

    public GflopsColumn(bool fastest)
    {
        _fastest = fastest;
    }

    /// <summary>Multiply-adds per benchmark method, registered by the benchmark classes' setup.</summary>
    public static Dictionary<string, long> MultiplyAdds { get; } = new();

    public string Id => nameof(GflopsColumn) + (_fastest ? ".Min" : ".Mean");

    public string ColumnName => _fastest ? "GFLOP/s (min)" : "GFLOP/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _fastest ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Effective GFLOP/s: 2 × multiply-adds of all matrix products / " + (_fastest ? "fastest" : "mean") + " time";

    public static double? Gflops(Summary summary, BenchmarkCase benchmarkCase, bool fastest)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || !MultiplyAdds.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out long macs) || macs <= 0)
        {
            return null;
        }

        // FLOP per nanosecond is GFLOP/s.
        return 2.0 * macs / (fastest ? report.ResultStatistics.Min : report.ResultStatistics.Mean);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Gflops(summary, benchmarkCase, _fastest)?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
