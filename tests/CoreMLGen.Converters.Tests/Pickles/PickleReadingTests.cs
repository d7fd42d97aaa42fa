using System.Linq;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Madmom.Pickles;
using CoreMLGen.Converters.Tests.Harness;
using CoreMLGen.Testing.Madmom;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Pickles;

/// <summary>Python 2 and 3 pickles, numpy byte orders, Fortran order and element types read to the same values.</summary>
public sealed class PickleReadingTests
{
    [Theory]
    [InlineData(PickleStyle.Python2)]
    [InlineData(PickleStyle.Python3Protocol2)]
    [InlineData(PickleStyle.Python3Protocol4)]
    public void Every_pickle_style_reads_to_the_same_network(PickleStyle style)
    {
        PyObject network = MadmomPickles.Network(new MadmomPickles(5).Lstm(4, 3), new MadmomPickles(6).Dense(3, 2, "softmax"));
        MadmomNetwork expected = MadmomNetworkReader.Read(PickleWriter.Pickle(network, PickleStyle.Python2));

        MadmomNetwork actual = MadmomNetworkReader.Read(PickleWriter.Pickle(network, style));

        var lstm = (LstmLayer)actual.Layers[0];
        var expectedLstm = (LstmLayer)expected.Layers[0];
        lstm.InputGate.Weights.Values.ShouldBe(expectedLstm.InputGate.Weights.Values);
        lstm.OutputGate.Peepholes.ShouldBe(expectedLstm.OutputGate.Peepholes);
        lstm.Cell.Activation.ShouldBe("tanh");
        ((FeedForwardLayer)actual.Layers[1]).Activation.ShouldBe("softmax");
    }

    [Theory]
    [InlineData("f4", '<', false)]
    [InlineData("f4", '>', false)]
    [InlineData("f8", '<', false)]
    [InlineData("f8", '>', true)]
    [InlineData("f4", '=', true)]
    public void Arrays_decode_in_C_order_whatever_their_byte_order_type_and_layout(string dtype, char order, bool fortran)
    {
        double[] values = { 1.5, -2.25, 3, 4.125, -5, 6.5 };
        var array = new PyArray(values, new long[] { 2, 3 }, dtype, order, fortran);
        byte[] pickle = PickleWriter.Pickle(array);

        DecodedArray decoded = NumpyArrayDecoder.Decode((NumpyArray)MadmomPickleReader.Read(pickle), PickleLimits.Default, "a");

        decoded.Shape.ShouldBe(new long[] { 2, 3 });
        decoded.Values.ShouldBe(values);
    }

    [Fact]
    public void An_unsupported_layer_is_named_with_its_path()
    {
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Dense(3, 3, "relu"), new PyObject("madmom.ml.nn.layers", "ConvolutionalLayer", MadmomPickles.Attrs())));
        Should.Throw<Madmom.MadmomFormatException>(() => MadmomNetworkReader.Read(pickle)).Message.ShouldBe(
            "layers[1] is a ConvolutionalLayer, which the converter does not support (supported: FeedForwardLayer, RecurrentLayer, LSTMLayer, GRULayer, BidirectionalLayer)");
    }

    [Fact]
    public void A_missing_attribute_and_a_wrong_shape_are_named_with_their_paths()
    {
        var maker = new MadmomPickles(1);
        PyObject lstm = maker.Lstm(3, 2);
        PyObject noCell = lstm with { Attributes = lstm.Attributes.Where(a => a.Key != "cell").ToList() };
        Should.Throw<Madmom.MadmomFormatException>(() => MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(noCell))))
            .Message.ShouldBe("layers[0] (LSTMLayer) has no attribute 'cell'");

        PyObject badGate = MadmomPickles.With(lstm, "forget_gate", maker.Gate(3, 4, true));
        Should.Throw<Madmom.MadmomFormatException>(() => MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(badGate))))
            .Message.ShouldBe("layers[0].forget_gate.weights has shape (3, 4) but the cell's is (3, 2)");
    }

    [Fact]
    public void Consecutive_layers_must_agree_on_sizes()
    {
        var maker = new MadmomPickles(1);
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(maker.Dense(3, 4, "relu"), maker.Dense(5, 1, "sigmoid")));
        Should.Throw<Madmom.MadmomFormatException>(() => MadmomNetworkReader.Read(pickle)).Message.ShouldBe("layers[1] takes 5 inputs but the layer before gives 4");
    }

    [Fact]
    public void A_non_zero_initial_state_is_refused()
    {
        PyObject rnn = MadmomPickles.With(new MadmomPickles(1).Recurrent(3, 2, "tanh"), "init", PyArray.Vector(new[] { 0.5, 0 }));
        Should.Throw<Madmom.MadmomFormatException>(() => MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(rnn))))
            .Message.ShouldContain("layers[0].init is a non-zero initial state");
    }
}
