using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Models;

/// <summary>
/// Small specs with recurrent state wired the way each converter wires it (coreml-format-notes §3), for the state
/// tracer and the generated state API. H (hidden size) is 8 unless said otherwise.
/// </summary>
public static class RecurrentModels
{
    private const ulong H = 8;

    /// <summary>Keras: optional <c>lstm_1_h_in</c>/<c>lstm_1_c_in</c> wired straight to the LSTM and straight out as <c>lstm_1_h_out</c>/<c>lstm_1_c_out</c>.</summary>
    public static SpecBuilder KerasLstm()
        => SpecBuilder.NeuralNetwork(1)
            .Input("input1", Array(10))
            .Input("lstm_1_h_in", Array(8).Optional())
            .Input("lstm_1_c_in", Array(8).Optional())
            .Output("output1", Array(4))
            .Output("lstm_1_h_out", Array(8))
            .Output("lstm_1_c_out", Array(8))
            .Layers(
                Layers.UniLstm("lstm_1", new[] { "input1", "lstm_1_h_in", "lstm_1_c_in" }, new[] { "lstm_1_output", "lstm_1_h_out", "lstm_1_c_out" }, 10, H, new Weights(1)),
                Layers.Dense("dense_1", "lstm_1_output", "output1", H, 4, new Weights(2)));

    /// <summary>Turi Create 5: optional <c>hiddenIn</c>/<c>cellIn</c> → <c>hiddenOut</c>/<c>cellOut</c> of an activity classifier.</summary>
    public static SpecBuilder Turi5()
        => SpecBuilder.NeuralNetworkClassifier("walking", "running")
            .SpecVersion(1)
            .Input("features", Array(6))
            .Input("hiddenIn", Array(8).Optional())
            .Input("cellIn", Array(8).Optional())
            .Output("activityProbability", FeatureTypes.DictionaryWithStringKeys())
            .Output("hiddenOut", Array(8))
            .Output("cellOut", Array(8))
            .Output("activity", FeatureTypes.String())
            .Predicts("activity", "activityProbability")
            .Layers(
                Layers.UniLstm("lstm_layer", new[] { "features", "hiddenIn", "cellIn" }, new[] { "dense_in", "hiddenOut", "cellOut" }, 6, H, new Weights(3)),
                Layers.Dense("dense_layer", "dense_in", "softmax_in", H, 2, new Weights(4)),
                Layers.Softmax("activityProbability", "softmax_in", "activityProbability"));

    /// <summary>
    /// Turi Create 6: one required <c>stateIn</c> of 2H, sliced into h <c>[0, H)</c> and c <c>[H, 2H)</c>, and
    /// <c>stateOut</c> the concatenation of the LSTM's h and c outputs.
    /// </summary>
    public static SpecBuilder Turi6()
        => SpecBuilder.NeuralNetworkClassifier("walking", "running")
            .SpecVersion(1)
            .Input("features", Array(6))
            .Input("stateIn", Array(16))
            .Output("activityProbability", FeatureTypes.DictionaryWithStringKeys())
            .Output("activity", FeatureTypes.String())
            .Output("stateOut", Array(16))
            .Predicts("activity", "activityProbability")
            .Layers(
                Layers.SliceChannels("hiddenIn", "stateIn", "hiddenIn", 0, 8),
                Layers.SliceChannels("cellIn", "stateIn", "cellIn", 8, 16),
                Layers.UniLstm("lstm", new[] { "features", "hiddenIn", "cellIn" }, new[] { "lstm", "hiddenOut", "cellOut" }, 6, H, new Weights(5)),
                Layers.ConcatChannels("stateOut", new[] { "hiddenOut", "cellOut" }, "stateOut"),
                Layers.Dense("dense", "lstm", "softmax_in", H, 2, new Weights(6)),
                Layers.Softmax("activityProbability", "softmax_in", "activityProbability"));

    /// <summary>Keras Bidirectional(LSTM): four optional states, <c>_rev</c> for the backward direction.</summary>
    public static SpecBuilder KerasBidirectional()
    {
        string[] inputs = { "bidirectional_1_h_in", "bidirectional_1_c_in", "bidirectional_1_h_in_rev", "bidirectional_1_c_in_rev" };
        string[] outputs = { "bidirectional_1_h_out", "bidirectional_1_c_out", "bidirectional_1_h_out_rev", "bidirectional_1_c_out_rev" };
        SpecBuilder spec = SpecBuilder.NeuralNetwork(1).Input("input1", Array(10));
        foreach (string name in inputs)
        {
            spec.Input(name, Array(8).Optional());
        }

        spec.Output("output1", Array(4));
        foreach (string name in outputs)
        {
            spec.Output(name, Array(8));
        }

        return spec.Layers(
            Layers.BiLstm("bidirectional_1", With("input1", inputs), With("bidirectional_1_output", outputs), 10, H, new Weights(7)),
            Layers.Dense("dense_1", "bidirectional_1_output", "output1", 2 * H, 4, new Weights(8)));
    }

    /// <summary>Keras GRU: one state, <c>gru_1_h_in</c> → <c>gru_1_h_out</c>.</summary>
    public static SpecBuilder KerasGru()
        => SpecBuilder.NeuralNetwork(1)
            .Input("input1", Array(10))
            .Input("gru_1_h_in", Array(8).Optional())
            .Output("output1", Array(4))
            .Output("gru_1_h_out", Array(8))
            .Layers(
                Layers.Gru("gru_1", new[] { "input1", "gru_1_h_in" }, new[] { "gru_1_output", "gru_1_h_out" }, 10, H, new Weights(9)),
                Layers.Dense("dense_1", "gru_1_output", "output1", H, 4, new Weights(10)));

    /// <summary>Keras SimpleRNN: one state, <c>simple_rnn_1_h_in</c> → <c>simple_rnn_1_h_out</c>.</summary>
    public static SpecBuilder KerasSimpleRnn()
        => SpecBuilder.NeuralNetwork(1)
            .Input("input1", Array(10))
            .Input("simple_rnn_1_h_in", Array(8).Optional())
            .Output("simple_rnn_1_output", Array(8))
            .Output("simple_rnn_1_h_out", Array(8))
            .Layers(Layers.SimpleRnn("simple_rnn_1", new[] { "input1", "simple_rnn_1_h_in" }, new[] { "simple_rnn_1_output", "simple_rnn_1_h_out" }, 10, H, new Weights(11)));

    /// <summary>
    /// The unified converter (PyTorch/TF → MIL → neuralnetwork) for a bidirectional LSTM: <c>h0</c>/<c>c0</c> of
    /// shape [1, 2H] are expanded to rank 5 and split into forward and reverse halves; the LSTM's h and c outputs of
    /// each direction are concatenated and squeezed into <c>hn</c>/<c>cn</c> [1, 2H] (op_mapping.py <c>lstm</c>).
    /// State names are the user's, so only the wiring can pair them.
    /// </summary>
    public static SpecBuilder UnifiedBidirectional()
        => SpecBuilder.NeuralNetwork(4)
            .ExactArrayMapping()
            .Input("x", Array(1, 1, 10))
            .Input("h0", Array(1, 16))
            .Input("c0", Array(1, 16))
            .Output("y", Array(1, 1, 16))
            .Output("hn", Array(1, 16))
            .Output("cn", Array(1, 16))
            .Layers(
                Layers.ExpandDims("x_expanded", "x", "x_expanded", 3, 4),
                Layers.ExpandDims("h0_expanded", "h0", "h0_expanded", 2, 3, 4),
                Layers.ExpandDims("c0_expanded2", "c0", "c0_expanded2", 2, 3, 4),
                Layers.SplitND("lstm_split_h", "h0_expanded", new[] { "h0_expanded_forward", "h0_expanded_reverse" }, 1, 2),
                Layers.SplitND("lstm_split_c", "c0_expanded2", new[] { "c0_expanded2_forward", "c0_expanded2_reverse" }, 1, 2),
                Layers.BiLstm(
                    "lstm",
                    new[] { "x_expanded", "h0_expanded_forward", "c0_expanded2_forward", "h0_expanded_reverse", "c0_expanded2_reverse" },
                    new[] { "y_5d", "hn_5d_foward", "cn_5d_forward", "hn_5d_reverse", "cn_5d_reverse" },
                    10,
                    H,
                    new Weights(12)),
                Layers.Squeeze("y", "y_5d", "y", 3, 4),
                Layers.ConcatChannels("hn_5d", new[] { "hn_5d_foward", "hn_5d_reverse" }, "hn_5d"),
                Layers.ConcatChannels("cn_5d", new[] { "cn_5d_forward", "cn_5d_reverse" }, "cn_5d"),
                Layers.Squeeze("hn", "hn_5d", "hn", 0, 3, 4),
                Layers.Squeeze("cn", "cn_5d", "cn", 0, 3, 4));

    /// <summary>
    /// Widths that do not match: <c>lstm_h_in</c> has 16 values but only its first 8 reach the LSTM, and
    /// <c>lstm_h_out</c> has 8, so it is not a state pair (by wiring or by name); <c>lstm_c_in</c> → <c>lstm_c_out</c> is.
    /// </summary>
    public static SpecBuilder MismatchedWidths()
        => SpecBuilder.NeuralNetwork(1)
            .Input("input1", Array(10))
            .Input("lstm_h_in", Array(16).Optional())
            .Input("lstm_c_in", Array(8).Optional())
            .Output("output1", Array(8))
            .Output("lstm_h_out", Array(8))
            .Output("lstm_c_out", Array(8))
            .Layers(
                Layers.SliceChannels("h_slice", "lstm_h_in", "h_slice", 0, 8),
                Layers.UniLstm("lstm", new[] { "input1", "h_slice", "lstm_c_in" }, new[] { "output1", "lstm_h_out", "lstm_c_out" }, 10, H, new Weights(13)));

    /// <summary>
    /// Wiring the tracer cannot follow (a linear activation between the state input and the LSTM), with Keras names:
    /// the pair is found by name only.
    /// </summary>
    public static SpecBuilder NameOnly()
        => SpecBuilder.NeuralNetwork(1)
            .Input("input1", Array(10))
            .Input("rnn_h_in", Array(8).Optional())
            .Output("rnn_output", Array(8))
            .Output("rnn_h_out", Array(8))
            .Layers(
                Layers.Layer("scaled", new[] { "rnn_h_in" }, new[] { "scaled" }, layer => layer.Activation = new ActivationParams { Linear = new ActivationLinear { Alpha = 1 } }),
                Layers.SimpleRnn("rnn", new[] { "input1", "scaled" }, new[] { "rnn_output", "rnn_h_out" }, 10, H, new Weights(14)));

    /// <summary>A pipeline whose first model is the Keras LSTM network; the pipeline exposes its states.</summary>
    public static SpecBuilder PipelineWithLstm()
        => SpecBuilder.Pipeline(("lstm", KerasLstm()), ("scale", SpecBuilder.NeuralNetwork(1)
                .Input("output1", Array(4))
                .Output("scaled", Array(4))
                .Layers(Layers.Copy("copy", "output1", "scaled"))))
            .Input("input1", Array(10))
            .Input("lstm_1_h_in", Array(8).Optional())
            .Input("lstm_1_c_in", Array(8).Optional())
            .Output("scaled", Array(4))
            .Output("lstm_1_h_out", Array(8))
            .Output("lstm_1_c_out", Array(8));

    /// <summary>A GRU inside the if-branch of a branch layer (nested networks share the parent's blobs).</summary>
    public static SpecBuilder NestedGru()
    {
        var inner = new NeuralNetwork();
        inner.Layers.Add(Layers.Gru("gru", new[] { "input1", "state_in" }, new[] { "gru_output", "state_out" }, 10, H, new Weights(15)));
        return SpecBuilder.NeuralNetwork(4)
            .Input("input1", Array(10))
            .Input("condition", Array(1))
            .Input("state_in", Array(8))
            .Output("gru_output", Array(8))
            .Output("state_out", Array(8))
            .Layers(Layers.Layer("branch", new[] { "condition" }, new string[0], layer => layer.Branch = new BranchLayerParams { IfBranch = inner }));
    }

    private static FeatureType Array(params long[] shape) => FeatureTypes.MultiArray(DataType.Double, shape);

    private static IEnumerable<string> With(string first, IEnumerable<string> rest)
    {
        yield return first;
        foreach (string item in rest)
        {
            yield return item;
        }
    }
}
