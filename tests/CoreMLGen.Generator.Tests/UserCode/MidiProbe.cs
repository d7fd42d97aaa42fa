// Exercises the generated Midi API off Apple: MidiSession over a stand-in for Core ML, and the reference
// MidiNoteTickActivation. Returns what it saw, one fact per line.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen;

namespace TestApp
{
    /// <summary>Drives the generated Midi classes and reports what happened.</summary>
    public static class MidiProbe
    {
        private static readonly List<string> s_seen = new List<string>();

        /// <summary>A stand-in for Core ML: each state output is its input plus one (rank 5, as Core ML returns it); output1 echoes input1.</summary>
        private static MidiOutput Predict(MidiInput input)
        {
            s_seen.Add(Describe(input.Bidirectional1HIn) + " " + Describe(input.Bidirectional1CInRev));
            return new MidiOutput(input.Input1, Next(input.Bidirectional1HIn), Next(input.Bidirectional1CIn), Next(input.Bidirectional1HInRev), Next(input.Bidirectional1CInRev));
        }

        private static MultiArray<double> Next(MultiArray<double>? state)
        {
            var next = MultiArray<double>.Create(1, 1, 200, 1, 1);
            double[] values = state?.ToArray() ?? new double[200];
            for (int i = 0; i < values.Length; i++)
            {
                next.Span[i] = values[i] + 1;
            }

            return next;
        }

        private static string Describe(MultiArray<double>? array)
            => array is null ? "null" : "[" + string.Join(",", array.Shape) + "]=" + array[0].ToString(CultureInfo.InvariantCulture);

        /// <summary>Three steps, a reset, a lazy run and a resumed state.</summary>
        /// <returns>The state each step started from, then the facts after each action.</returns>
        public static string Session()
        {
            s_seen.Clear();
            var lines = new List<string>();
            var session = new MidiSession(Predict);
            var note = MultiArray<double>.Create(162);
            for (int step = 0; step < 3; step++)
            {
                session.Predict(note);
            }

            lines.AddRange(s_seen);
            lines.Add("after 3 steps: " + Describe(session.State.Bidirectional1H) + " " + Describe(session.State.Bidirectional1CRev));

            MidiState saved = session.State.Clone();
            session.Reset();
            lines.Add("after reset: " + Describe(session.State.Bidirectional1H));

            int outputs = session.Run(Enumerable.Range(0, 2).Select(_ => new MidiInput(note))).Count();
            lines.Add("run of 2: " + outputs + " outputs, " + Describe(session.State.Bidirectional1H));

            session.State = saved;
            session.Predict(new MidiInput(note));
            lines.Add("resumed: " + Describe(session.State.Bidirectional1H) + ", saved copy still " + Describe(saved.Bidirectional1H));

            var input = new MidiInput(note);
            input.SetState(null);
            lines.Add("SetState(null): " + Describe(input.Bidirectional1HIn));
            return string.Join("\n", lines);
        }

        /// <summary>The reference layer on a rank-5 input.</summary>
        /// <returns>The output shape, both sums, the most likely note and a spot check.</returns>
        public static string Activation()
        {
            var layer = new MidiNoteTickActivation(new Dictionary<string, object> { ["notes"] = 128, ["ticks"] = 34 });
            var input = MultiArray<float>.Create(1, 1, 162, 1, 1);
            for (int i = 0; i < 162; i++)
            {
                input.Span[i] = (i % 7) * 0.5f;
            }

            IReadOnlyList<IReadOnlyList<int>> shapes = layer.GetOutputShapes(new[] { (IReadOnlyList<int>)input.Shape.ToArray() });
            var output = MultiArray<float>.Create(shapes[0].ToArray());
            layer.Evaluate(new[] { input }, new[] { output });

            float[] y = output.ToArray();
            double notes = y.Take(128).Sum(v => (double)v);
            double ticks = y.Skip(128).Sum(v => (double)v);
            int bestNote = Array.IndexOf(y, y.Take(128).Max());
            double expected = Math.Exp(3.0) / Enumerable.Range(0, 128).Sum(i => Math.Exp((i % 7) * 0.5));
            return string.Join("\n", new[]
            {
                "shape " + string.Join("x", shapes[0]),
                "notes sum " + notes.ToString("F5", CultureInfo.InvariantCulture),
                "ticks sum " + ticks.ToString("F5", CultureInfo.InvariantCulture),
                "best note " + bestNote,
                "p(note 6) matches " + (Math.Abs(y[6] - expected) < 1e-6),
                "parameters " + layer.Notes + "+" + layer.Ticks,
            });
        }
    }
}
