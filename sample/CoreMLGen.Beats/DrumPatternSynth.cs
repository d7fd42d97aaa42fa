using System;
using System.IO;
using System.Text;

namespace CoreMLGen.Beats
{
    /// <summary>
    /// A synthetic drum loop (kick on beats 1 and 3, snare on 2 and 4, closed hi-hat on eighths) written as a 44.1 kHz
    /// 16-bit mono WAV: audio of this repository's own making, for the README plot. Deterministic: the noise comes
    /// from a fixed seed.
    /// </summary>
    public static class DrumPatternSynth
    {
        public const int SampleRate = 44100;

        public static double[] Render(double seconds, double bpm)
        {
            var samples = new double[(int)(seconds * SampleRate)];
            var noise = new Random(13);
            double beat = 60.0 / bpm;
            for (int eighth = 0; eighth * beat / 2 < seconds; eighth++)
            {
                int start = (int)Math.Round(eighth * beat / 2 * SampleRate);
                int beatInBar = eighth / 2 % 4;
                bool onBeat = eighth % 2 == 0;
                AddHiHat(samples, start, noise);
                if (onBeat && beatInBar % 2 == 0)
                {
                    AddKick(samples, start);
                }
                else if (onBeat)
                {
                    AddSnare(samples, start, noise);
                }
            }

            return samples;
        }

        /// <summary>Writes samples in [-1, 1] as 16-bit PCM.</summary>
        public static void WriteWav(string path, double[] samples)
        {
            using var writer = new BinaryWriter(File.Create(path));
            int dataBytes = samples.Length * 2;
            writer.Write(Encoding.ASCII.GetBytes("RIFF"));
            writer.Write(36 + dataBytes);
            writer.Write(Encoding.ASCII.GetBytes("WAVEfmt "));
            writer.Write(16);
            writer.Write((short)1);             // PCM
            writer.Write((short)1);             // mono
            writer.Write(SampleRate);
            writer.Write(SampleRate * 2);       // bytes per second
            writer.Write((short)2);             // block align
            writer.Write((short)16);            // bits per sample
            writer.Write(Encoding.ASCII.GetBytes("data"));
            writer.Write(dataBytes);
            foreach (double sample in samples)
            {
                writer.Write((short)Math.Round(Math.Clamp(sample, -1, 1) * short.MaxValue));
            }
        }

        // A sine sweeping down from 150 to 50 Hz, decaying in about 0.15 s.
        private static void AddKick(double[] samples, int start)
        {
            double phase = 0;
            for (int i = 0; i < SampleRate * 0.4 && start + i < samples.Length; i++)
            {
                double t = (double)i / SampleRate;
                phase += 2 * Math.PI * (50 + 100 * Math.Exp(-t * 30)) / SampleRate;
                samples[start + i] += 0.7 * Math.Sin(phase) * Math.Exp(-t * 12);
            }
        }

        // Noise with a 190 Hz body, decaying in about 0.1 s.
        private static void AddSnare(double[] samples, int start, Random noise)
        {
            for (int i = 0; i < SampleRate * 0.25 && start + i < samples.Length; i++)
            {
                double t = (double)i / SampleRate;
                double body = Math.Sin(2 * Math.PI * 190 * t) * Math.Exp(-t * 25);
                samples[start + i] += 0.35 * ((noise.NextDouble() * 2 - 1) * Math.Exp(-t * 18) + body);
            }
        }

        // Noise differentiated (a crude high-pass), decaying in about 20 ms.
        private static void AddHiHat(double[] samples, int start, Random noise)
        {
            double previous = 0;
            for (int i = 0; i < SampleRate * 0.06 && start + i < samples.Length; i++)
            {
                double t = (double)i / SampleRate;
                double white = noise.NextDouble() * 2 - 1;
                samples[start + i] += 0.12 * (white - previous) * Math.Exp(-t * 60);
                previous = white;
            }
        }
    }
}
