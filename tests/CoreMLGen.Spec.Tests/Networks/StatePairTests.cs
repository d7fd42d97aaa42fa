using System.Linq;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Networks;

/// <summary>The state tracer on each converter's wiring (coreml-format-notes §3), and on wiring it must reject.</summary>
public sealed class StatePairTests
{
    private static string Describe(StatePair pair)
        => pair.InputName + " -> " + pair.OutputName + " (" + pair.Source + ", " + pair.LayerKind + " '" + pair.LayerName + "' "
            + string.Join("+", pair.Slots) + ")";

    private static string[] Pairs(SpecBuilder spec) => Reads.Interface(spec).StatePairs.Select(Describe).ToArray();

    [Fact]
    public void Keras_lstm_states_are_paired_by_wiring()
        => Pairs(RecurrentModels.KerasLstm()).ShouldBe(new[]
        {
            "lstm_1_h_in -> lstm_1_h_out (Wiring, uniDirectionalLSTM 'lstm_1' Hidden)",
            "lstm_1_c_in -> lstm_1_c_out (Wiring, uniDirectionalLSTM 'lstm_1' Cell)",
        });

    [Fact]
    public void Turi5_hidden_and_cell_are_paired_by_wiring()
        => Pairs(RecurrentModels.Turi5()).ShouldBe(new[]
        {
            "hiddenIn -> hiddenOut (Wiring, uniDirectionalLSTM 'lstm_layer' Hidden)",
            "cellIn -> cellOut (Wiring, uniDirectionalLSTM 'lstm_layer' Cell)",
        });

    [Fact]
    public void Turi6_state_is_sliced_into_h_and_c_and_concatenated_back()
        => Pairs(RecurrentModels.Turi6()).ShouldBe(new[] { "stateIn -> stateOut (Wiring, uniDirectionalLSTM 'lstm' Hidden+Cell)" });

    [Fact]
    public void Turi6_with_swapped_windows_is_not_paired()
    {
        // stateOut = concat(c, h) puts c where stateIn has h: feeding stateOut back would swap them.
        SpecBuilder spec = RecurrentModels.Turi6().With(model =>
        {
            var concat = model.NeuralNetworkClassifier.Layers.Single(layer => layer.Name == "stateOut");
            concat.Input.Clear();
            concat.Input.Add(new[] { "cellOut", "hiddenOut" });
        });

        Pairs(spec).ShouldBeEmpty();
    }

    [Fact]
    public void Keras_bidirectional_states_include_the_reverse_direction()
        => Pairs(RecurrentModels.KerasBidirectional()).ShouldBe(new[]
        {
            "bidirectional_1_h_in -> bidirectional_1_h_out (Wiring, biDirectionalLSTM 'bidirectional_1' Hidden)",
            "bidirectional_1_c_in -> bidirectional_1_c_out (Wiring, biDirectionalLSTM 'bidirectional_1' Cell)",
            "bidirectional_1_h_in_rev -> bidirectional_1_h_out_rev (Wiring, biDirectionalLSTM 'bidirectional_1' HiddenReverse)",
            "bidirectional_1_c_in_rev -> bidirectional_1_c_out_rev (Wiring, biDirectionalLSTM 'bidirectional_1' CellReverse)",
        });

    [Fact]
    public void Gru_and_simple_rnn_have_one_state()
    {
        Pairs(RecurrentModels.KerasGru()).ShouldBe(new[] { "gru_1_h_in -> gru_1_h_out (Wiring, gru 'gru_1' Hidden)" });
        Pairs(RecurrentModels.KerasSimpleRnn()).ShouldBe(new[] { "simple_rnn_1_h_in -> simple_rnn_1_h_out (Wiring, simpleRecurrent 'simple_rnn_1' Hidden)" });
    }

    [Fact]
    public void Unified_converter_expand_split_concat_squeeze_is_followed()
        => Pairs(RecurrentModels.UnifiedBidirectional()).ShouldBe(new[]
        {
            "h0 -> hn (Wiring, biDirectionalLSTM 'lstm' Hidden+HiddenReverse)",
            "c0 -> cn (Wiring, biDirectionalLSTM 'lstm' Cell+CellReverse)",
        });

    [Fact]
    public void Unified_converter_with_swapped_directions_is_not_paired()
    {
        SpecBuilder spec = RecurrentModels.UnifiedBidirectional().With(model =>
        {
            var concat = model.NeuralNetwork.Layers.Single(layer => layer.Name == "hn_5d");
            concat.Input.Clear();
            concat.Input.Add(new[] { "hn_5d_reverse", "hn_5d_foward" });
        });

        Pairs(spec).ShouldBe(new[] { "c0 -> cn (Wiring, biDirectionalLSTM 'lstm' Cell+CellReverse)" });
    }

    [Fact]
    public void Different_widths_are_not_paired_by_wiring_or_by_name()
        => Pairs(RecurrentModels.MismatchedWidths()).ShouldBe(new[] { "lstm_c_in -> lstm_c_out (Wiring, uniDirectionalLSTM 'lstm' Cell)" });

    [Fact]
    public void Untraceable_wiring_falls_back_to_names()
    {
        StatePair pair = Reads.Interface(RecurrentModels.NameOnly()).StatePairs.ShouldHaveSingleItem();

        Describe(pair).ShouldBe("rnn_h_in -> rnn_h_out (Name,  '' )");
        pair.Slots.ShouldBeEmpty();
    }

    [Fact]
    public void Pipelines_expose_the_states_of_their_networks()
        => Pairs(RecurrentModels.PipelineWithLstm()).ShouldBe(new[]
        {
            "lstm_1_h_in -> lstm_1_h_out (Wiring, uniDirectionalLSTM 'lstm_1' Hidden)",
            "lstm_1_c_in -> lstm_1_c_out (Wiring, uniDirectionalLSTM 'lstm_1' Cell)",
        });

    [Fact]
    public void Nested_networks_are_traced()
        => Pairs(RecurrentModels.NestedGru()).ShouldBe(new[] { "state_in -> state_out (Wiring, gru 'gru' Hidden)" });

    [Fact]
    public void Models_without_recurrent_layers_get_no_name_pairs()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(1)
            .Input("audio_in", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Output("audio_out", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Layers(Layers.Copy("copy", "audio_in", "audio_out"));

        Pairs(spec).ShouldBeEmpty();
    }

    [Fact]
    public void Ml_programs_are_matched_by_name_with_equal_shape_and_type()
    {
        SpecBuilder spec = SpecBuilder.MlProgram(8)
            .Input("x", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 4))
            .Input("h1", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 32))
            .Input("c1", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 32))
            .Input("stateIn", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 16))
            .Output("y", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 4))
            .Output("next_h1", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 32))
            .Output("next_c1", FeatureTypes.MultiArray(CoreML.Specification.ArrayFeatureType.Types.ArrayDataType.Float32, 1, 32))
            .Output("stateOut", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 1, 15));

        Pairs(spec).ShouldBe(new[] { "h1 -> next_h1 (Name,  '' )" });
    }

    [Fact]
    public void Fed_back_optional_states_need_not_be_optional_or_named()
    {
        // Required inputs with arbitrary names, wired straight through: the wiring is what counts.
        SpecBuilder spec = SpecBuilder.NeuralNetwork(1)
            .Input("x", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 10))
            .Input("memory", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Output("y", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Output("remembered", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Layers(
                Layers.Copy("copy_in", "memory", "memory_copy"),
                Layers.Gru("gru", new[] { "x", "memory_copy" }, new[] { "y", "state" }, 10, 8, new Weights(1)),
                Layers.Copy("copy_out", "state", "remembered"));

        Pairs(spec).ShouldBe(new[] { "memory -> remembered (Wiring, gru 'gru' Hidden)" });
    }

    [Fact]
    public void A_very_long_chain_of_copies_is_given_up_on_without_overflowing_the_stack()
    {
        var layers = new System.Collections.Generic.List<CoreML.Specification.NeuralNetworkLayer>();
        for (int i = 0; i < 20_000; i++)
        {
            layers.Add(Layers.Copy("copy" + i, i == 0 ? "gru_h_in" : "c" + (i - 1), "c" + i));
        }

        layers.Add(Layers.Gru("gru", new[] { "x", "c19999" }, new[] { "y", "gru_h_out" }, 10, 8, new Weights(1)));
        SpecBuilder spec = SpecBuilder.NeuralNetwork(4)
            .Input("x", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 10))
            .Input("gru_h_in", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Output("y", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Output("gru_h_out", FeatureTypes.MultiArray(ArrayFeatureTypeDouble, 8))
            .Layers(layers.ToArray());

        Pairs(spec).ShouldBe(new[] { "gru_h_in -> gru_h_out (Name,  '' )" });
    }

    private const CoreML.Specification.ArrayFeatureType.Types.ArrayDataType ArrayFeatureTypeDouble = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType.Double;
}
