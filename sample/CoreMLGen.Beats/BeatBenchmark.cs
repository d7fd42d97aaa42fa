using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Audio.Wav;

namespace CoreMLGen.Beats
{
    /// <summary>
    /// The real-time factor (seconds of audio per second of compute) of features, networks and decoding, from the
    /// median of several timed runs after one warm-up run. It prints figures; it asserts nothing.
    /// </summary>
    public static class BeatBenchmark
    {
        public static void Run(BeatAnalysis analysis, AudioSignal signal, int runs, TextWriter output)
        {
            analysis.Analyze(signal);   // warm-up: JIT, the decoder's tables, first-touch allocations
            var results = Enumerable.Range(0, runs).Select(_ => analysis.Analyze(signal)).ToArray();
            double audio = signal.Duration;
            output.WriteLine(Invariant($"benchmark: {audio:F2} s of audio, median of {runs} runs after a warm-up, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}"));
            Row(output, "features (3 STFTs, filterbanks, differences)", results.Select(r => r.Features.TotalSeconds), audio);
            Row(output, "networks (8 BLSTMs, one prediction)", results.Select(r => r.Network.TotalSeconds), audio);
            Row(output, "decoding (DBN Viterbi)", results.Select(r => r.Decoding.TotalSeconds), audio);
            Row(output, "total", results.Select(r => r.Total.TotalSeconds), audio);
        }

        private static void Row(TextWriter output, string step, System.Collections.Generic.IEnumerable<double> seconds, double audio)
        {
            double[] sorted = seconds.Order().ToArray();
            double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            output.WriteLine(Invariant($"  {step,-46} {median * 1000,9:F1} ms  {audio / median,8:F1}x real time"));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
