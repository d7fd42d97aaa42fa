using System;
using System.Globalization;

namespace CoreMLGen.Beats
{
    /// <summary>A command-line mistake: printed as one line with the usage.</summary>
    public sealed class UsageException(string message) : Exception(message);

    /// <summary>The command line of <c>beats</c>.</summary>
    public sealed class BeatsOptions
    {
        public string? WavPath { get; private set; }
        public string? ActivationsPath { get; private set; }
        public string? PlotPath { get; private set; }
        public int BenchmarkRuns { get; private set; }
        public string? SynthPath { get; private set; }
        public double Seconds { get; private set; } = 12;
        public double Bpm { get; private set; } = 120;

        public static BeatsOptions Parse(string[] args, string usage)
        {
            var options = new BeatsOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--activations": options.ActivationsPath = Value(args, ref i, usage); break;
                    case "--plot": options.PlotPath = Value(args, ref i, usage); break;
                    case "--synth": options.SynthPath = Value(args, ref i, usage); break;
                    case "--seconds": options.Seconds = Number(args, ref i, usage, 1, 600); break;
                    case "--bpm": options.Bpm = Number(args, ref i, usage, 40, 300); break;
                    case "--benchmark":
                        options.BenchmarkRuns = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int runs) && runs > 0 ? runs : 5;
                        i += i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? 1 : 0;
                        break;
                    case "-h" or "--help": throw new UsageException(usage.TrimEnd());
                    default:
                        if (args[i].StartsWith('-') || options.WavPath is not null)
                        {
                            throw new UsageException($"unexpected argument '{args[i]}'.\n{usage.TrimEnd()}");
                        }

                        options.WavPath = args[i];
                        break;
                }
            }

            if ((options.WavPath is null) == (options.SynthPath is null))
            {
                throw new UsageException("give one WAV file (or --synth out.wav).\n" + usage.TrimEnd());
            }

            return options;
        }

        private static string Value(string[] args, ref int i, string usage)
            => ++i < args.Length ? args[i] : throw new UsageException($"{args[i - 1]} needs a value.\n{usage.TrimEnd()}");

        private static double Number(string[] args, ref int i, string usage, double min, double max)
        {
            string text = Value(args, ref i, usage);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= min && value <= max
                ? value
                : throw new UsageException($"{args[i - 1]} takes a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
        }
    }
}
