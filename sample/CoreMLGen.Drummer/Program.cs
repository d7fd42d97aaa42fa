using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen;
using CoreMLGen.Drummer;

// The CoreML Drummer model: the generator found its four LSTM state pairs from the network's wiring, and typed its
// custom layer, whose math is written once in MidiNoteTickActivation.cs.
Console.WriteLine($"{nameof(Midi)}: {Midi.InputFeatureNames.Count} inputs, {Midi.OutputFeatureNames.Count} outputs");
MidiState state = MidiState.CreateZero();
Console.WriteLine($"  state fed back by MidiSession: h {state.Bidirectional1H.Count}, c {state.Bidirectional1C.Count}, h_rev {state.Bidirectional1HRev.Count}, c_rev {state.Bidirectional1CRev.Count} values (zero at start)");

var activation = new MidiNoteTickActivation(new Dictionary<string, object> { ["notes"] = 128, ["ticks"] = 34 });
var scores = MultiArray<float>.Create(activation.Notes + activation.Ticks);
for (int i = 0; i < scores.Count; i++)
{
    scores[i] = (i % 7) * 0.5f;
}

var distributions = MultiArray<float>.Create(activation.Notes + activation.Ticks);
activation.Evaluate(new[] { scores }, new[] { distributions });
float[] values = distributions.ToArray();
Console.WriteLine($"  {nameof(MidiNoteTickActivation)}: note probabilities sum to {values.Take(activation.Notes).Sum():F3}, tick probabilities to {values.Skip(activation.Notes).Sum():F3}");
