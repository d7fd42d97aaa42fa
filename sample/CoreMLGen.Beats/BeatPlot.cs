using System;
using CoreMLGen.Audio.Features;
using ScottPlot;

namespace CoreMLGen.Beats
{
    /// <summary>A PNG of the waveform (its envelope), the beat activation and the beats found, on one time axis.</summary>
    public static class BeatPlot
    {
        private const int EnvelopeBins = 2000;

        public static void Save(string path, double[] samples, int sampleRate, float[] activations, double[] beats, string title)
        {
            var plot = new Plot();

            // The waveform, normalised to its peak, below the activation: [-1, -0.1].
            (double[] times, double[] envelope) = Envelope(samples, sampleRate);
            var waveform = plot.Add.Scatter(times, envelope);
            waveform.MarkerSize = 0;
            waveform.LineWidth = 1;
            waveform.Color = Colors.Gray;
            waveform.LegendText = "waveform";

            var frameTimes = new double[activations.Length];
            var values = new double[activations.Length];
            for (int i = 0; i < activations.Length; i++)
            {
                frameTimes[i] = i / MadmomFeatures.Fps;
                values[i] = activations[i];
            }

            var activation = plot.Add.Scatter(frameTimes, values);
            activation.MarkerSize = 0;
            activation.LineWidth = 2;
            activation.Color = Colors.Blue;
            activation.LegendText = "beat activation (8-network BLSTM ensemble)";

            for (int i = 0; i < beats.Length; i++)
            {
                var line = plot.Add.VerticalLine(beats[i]);
                line.Color = Colors.Red.WithAlpha(0.7);
                line.LineWidth = 1.5f;
                line.LinePattern = LinePattern.Dashed;
                if (i == 0)
                {
                    line.LegendText = "beats (DBN)";
                }
            }

            double end = Math.Max(samples.Length / (double)sampleRate, activations.Length / MadmomFeatures.Fps);
            plot.Axes.SetLimits(0, end, -1.05, 1.1);
            plot.Title(title);
            plot.XLabel("time [s]");
            plot.YLabel("activation");
            plot.ShowLegend(Alignment.UpperRight);
            plot.SavePng(path, 1200, 450);
        }

        // Minimum and maximum of each bin, alternately: the shape of the waveform at any width.
        private static (double[] Times, double[] Values) Envelope(double[] samples, int sampleRate)
        {
            double peak = 1e-12;
            foreach (double sample in samples)
            {
                peak = Math.Max(peak, Math.Abs(sample));
            }

            int bins = Math.Max(1, Math.Min(EnvelopeBins, samples.Length));
            var times = new double[2 * bins];
            var values = new double[2 * bins];
            for (int bin = 0; bin < bins; bin++)
            {
                int from = (int)((long)bin * samples.Length / bins);
                int to = Math.Max(from + 1, (int)((long)(bin + 1) * samples.Length / bins));
                double low = double.MaxValue, high = double.MinValue;
                for (int i = from; i < to && i < samples.Length; i++)
                {
                    low = Math.Min(low, samples[i]);
                    high = Math.Max(high, samples[i]);
                }

                times[2 * bin] = times[2 * bin + 1] = (double)from / sampleRate;
                values[2 * bin] = -0.55 + 0.45 * low / peak;
                values[2 * bin + 1] = -0.55 + 0.45 * high / peak;
            }

            return (times, values);
        }
    }
}
