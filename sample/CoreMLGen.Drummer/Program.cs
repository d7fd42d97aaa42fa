using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen;
using CoreMLGen.Drummer;

// The CoreML Drummer model (untrained: deterministic random weights): a bidirectional LSTM over a one-hot drum sound
// and a one-hot time step, a dense layer, and the custom layer MidiNoteTickActivation, written once in
// MidiNoteTickActivation.cs. The generated session feeds the LSTM state back each step. Off Apple, Midi.Load() runs
// the embedded spec through CoreMLGen.Evaluator, which calls that same MidiNoteTickActivation.Evaluate.
//   usage: CoreMLGen.Drummer [--steps N] [--temperature T] [--seed S] [--out file.mid]
int steps = 32;
double temperature = 0.8;
int seed = 7;
string output = Path.Combine(AppContext.BaseDirectory, "drummer.mid");
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--steps": steps = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--temperature": temperature = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--out": output = Path.GetFullPath(args[i + 1]); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

Midi midi = Midi.Load();
int notes = DrumKit.Sounds.Length;                      // the custom layer's "notes" parameter: 15
int ticks = MidiInput.Input1Shape[0] - notes;           // and its "ticks": 147
var random = new Random(seed);
MidiSession session = midi.StartSession();
var events = MultiArray<double>.Create(notes + ticks);

// The seed event: a bass drum, 12 tick classes (a quarter note) before the next.
int note = 0;
int tick = 12;
long time = 0;
var hits = new List<(long Time, int Key)> { (0, DrumKit.Sounds[note].Key) };
for (int step = 0; step < steps; step++)
{
    events.Fill(0);
    events[note] = 1;
    events[notes + tick] = 1;
    double[] probabilities = session.Predict(events).Output1.ToArray();
    note = Sample(probabilities.AsSpan(0, notes), temperature, random);
    tick = Sample(probabilities.AsSpan(notes, ticks), temperature, random);
    time += (long)tick * DrumKit.TicksPerClass;
    hits.Add((time, DrumKit.Sounds[note].Key));
    if (step < 4)
    {
        Console.WriteLine($"  step {step}: {DrumKit.Sounds[note].Name} after {tick} tick classes (p {probabilities[note]:F3}, {probabilities[notes + tick]:F3})");
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
DrumMidiFile.Write(output, hits);
double seconds = time / (double)DrumMidiFile.TicksPerQuarterNote / 2;   // 120 bpm: two quarter notes a second
Console.WriteLine($"{hits.Count} drum hits over {seconds:F1} s (untrained model, temperature {temperature}, seed {seed}) written to {output}");
return 0;

// Samples an index from probabilities sharpened (T < 1) or flattened (T > 1) by the temperature; argmax when T = 0.
static int Sample(ReadOnlySpan<double> probabilities, double temperature, Random random)
{
    if (temperature <= 0)
    {
        int best = 0;
        for (int i = 1; i < probabilities.Length; i++)
        {
            best = probabilities[i] > probabilities[best] ? i : best;
        }

        return best;
    }

    var weights = new double[probabilities.Length];
    double total = 0;
    for (int i = 0; i < weights.Length; i++)
    {
        weights[i] = Math.Pow(probabilities[i], 1 / temperature);
        total += weights[i];
    }

    double target = random.NextDouble() * total;
    for (int i = 0; i < weights.Length; i++)
    {
        target -= weights[i];
        if (target < 0)
        {
            return i;
        }
    }

    return weights.Length - 1;
}
