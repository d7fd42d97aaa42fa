using System;
using System.Linq;
using CoreMLGen;
using CoreMLGen.Drummer;

// The CoreML Drummer model: the generator found its four LSTM state pairs from the network's wiring, and typed its
// custom layer, whose math is written once in MidiNoteTickActivation.cs. Off Apple, Midi.Load() runs the embedded spec
// through CoreMLGen.Evaluator, and the evaluator calls that same MidiNoteTickActivation.Evaluate.
Console.WriteLine($"{nameof(Midi)}: {Midi.InputFeatureNames.Count} inputs, {Midi.OutputFeatureNames.Count} outputs");
Midi midi = Midi.Load();
int features = MidiInput.Input1Shape[0];   // 162: a one-hot note, then a one-hot time step
const int Notes = 128;                     // the model's MidiNoteTickActivation "notes" parameter

// The session feeds each step's state outputs back as the next step's inputs; every state starts at zero.
MidiSession session = midi.StartSession();
var events = MultiArray<double>.Create(features);
events[36] = 1;                  // a bass drum
events[Notes + 4] = 1;      // after 4 ticks
for (int step = 0; step < 8; step++)
{
    MidiOutput output = session.Predict(events);
    double[] probabilities = output.Output1.ToArray();
    int note = Array.IndexOf(probabilities, probabilities.Take(Notes).Max());
    int ticks = Array.IndexOf(probabilities, probabilities.Skip(Notes).Max(), Notes) - Notes;
    Console.WriteLine($"  step {step}: note {note,3} after {ticks,2} ticks (p {probabilities[note]:F3}, {probabilities[Notes + ticks]:F3}); "
        + $"note probabilities sum to {probabilities.Take(Notes).Sum():F3}, tick probabilities to {probabilities.Skip(Notes).Sum():F3}");

    // Feed the prediction back as the next event.
    events.Fill(0);
    events[note] = 1;
    events[Notes + ticks] = 1;
}

MidiState state = session.State;
Console.WriteLine($"  state after 8 steps: |h| {Math.Sqrt(state.Bidirectional1H.ToArray().Sum(v => v * v)):F3}, |c| {Math.Sqrt(state.Bidirectional1C.ToArray().Sum(v => v * v)):F3}");
