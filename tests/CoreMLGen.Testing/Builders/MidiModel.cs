using CoreML.Specification;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Builders;

/// <summary>
/// The drum model of the CoreML Drummer tutorial, rebuilt in code with deterministic (untrained) weights: one step of a
/// Keras Bidirectional LSTM (200 units per direction over 162 features), a TimeDistributed Dense back to 162, and
/// the custom layer <c>MidiNoteTickActivation</c> that turns the first <c>notes</c> values and the remaining
/// <c>ticks</c> values into two separate distributions. The LSTM state travels through Keras-style optional
/// inputs and outputs, as the Keras converter names them.
/// </summary>
public static class MidiModel
{
    public const string FileName = "Midi.mlmodel";
    public const string CustomLayerClass = "MidiNoteTickActivation";
    public const int Features = 162;
    public const int Units = 200;

    /// <summary>Values 0–14 are the drum sounds; the remaining 147 encode the time step to the next event.</summary>
    public const int Notes = 15;
    public const int Ticks = Features - Notes;

    private static readonly string[] s_stateInputs = { "bidirectional_1_h_in", "bidirectional_1_c_in", "bidirectional_1_h_in_rev", "bidirectional_1_c_in_rev" };
    private static readonly string[] s_stateOutputs = { "bidirectional_1_h_out", "bidirectional_1_c_out", "bidirectional_1_h_out_rev", "bidirectional_1_c_out_rev" };

    public static SpecBuilder Build()
    {
        var weights = new Weights(162);
        SpecBuilder spec = SpecBuilder.NeuralNetwork(2)
            .Metadata("Predicts the next drum event (note and time step) from the previous one.", "CoreMLGen tests, after the CoreML Drummer tutorial", "MIT", "1.0")
            .Input("input1", FeatureTypes.MultiArray(DataType.Double, Features), "The previous event: one-hot note and one-hot ticks");
        foreach (string name in s_stateInputs)
        {
            spec.Input(name, FeatureTypes.MultiArray(DataType.Double, Units).Optional());
        }

        spec.Output("output1", FeatureTypes.MultiArray(DataType.Double, Features), "Probabilities of the next note and, separately, of its time step");
        foreach (string name in s_stateOutputs)
        {
            spec.Output(name, FeatureTypes.MultiArray(DataType.Double, Units));
        }

        return spec.Layers(
            Layers.BiLstm("bidirectional_1", Prepend("input1", s_stateInputs), Prepend("bidirectional_1_output", s_stateOutputs), Features, Units, weights),
            Layers.Dense("time_distributed_1", "bidirectional_1_output", "time_distributed_1_output", 2 * Units, Features, weights),
            Layers.Custom(
                "midi_note_tick_activation_1",
                CustomLayerClass,
                new[] { "time_distributed_1_output" },
                new[] { "output1" },
                new System.Collections.Generic.Dictionary<string, object> { ["notes"] = Notes, ["ticks"] = Ticks },
                "Softmax over the note values and, separately, over the tick values"));
    }

    private static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
