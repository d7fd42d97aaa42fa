using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Madmom.Pickles;
using CoreMLGen.Converters.Tests.Harness;
using CoreMLGen.Converters.Tests.Reference;
using CoreMLGen.Testing.Madmom;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Fidelity;

/// <summary>Layer kinds the fixtures lack, in networks built here, against the madmom reference; and the refusals.</summary>
public sealed class SyntheticNetworkTests
{
    public static IEnumerable<object[]> Networks()
    {
        var m = new MadmomPickles(21);
        yield return new object[] { "dense activations", MadmomPickles.Network(m.Dense(6, 5, "relu"), m.Dense(5, 5, "tanh"), m.Dense(5, 4, "elu"), m.Dense(4, 4, "none"), m.Dense(4, 3, "linear"), m.Dense(3, 3, "softmax")) };
        yield return new object[] { "recurrent tanh and sigmoid", MadmomPickles.Network(m.Recurrent(6, 5, "tanh"), m.Recurrent(5, 4, "sigmoid"), m.Dense(4, 2, "sigmoid")) };
        yield return new object[] { "lstm without output peephole, relu output", MadmomPickles.Network(m.Lstm(6, 5, outputPeephole: false, output: "relu"), m.Dense(5, 1, "sigmoid")) };
        yield return new object[] { "lstm with tanh gates", MadmomPickles.Network(m.Lstm(6, 4, gates: "tanh", output: "sigmoid"), m.Dense(4, 2, "softmax")) };
        yield return new object[] { "bidirectional lstm", MadmomPickles.Network(MadmomPickles.Bidirectional(m.Lstm(6, 3), m.Lstm(6, 3)), MadmomPickles.Bidirectional(m.Lstm(6, 2), m.Lstm(6, 2)), m.Dense(4, 1, "sigmoid")) };
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Converted_network_matches_madmom(string what, PyObject network)
    {
        foreach (PickleStyle style in new[] { PickleStyle.Python2, PickleStyle.Python3Protocol4 })
        {
            byte[] pickle = PickleWriter.Pickle(network, style);
            var run = new ModelRun(MadmomConverter.Convert(new MadmomSource("test.pkl", MadmomNetworkReader.Read(pickle))));
            var reference = new MadmomReference(MadmomPickleReader.Read(pickle));
            foreach (int frames in new[] { 1, 2, 57 })
            {
                double[][] x = ModelRun.RandomFrames(frames, frames, 6, scale: 2);
                ModelRun.MaxAbsDiff(reference.Run(x), run.Activations(x)).ShouldBeLessThanOrEqualTo(1e-5, what + ", " + frames + " frames, " + style);
            }
        }
    }

    [Fact]
    public void A_GRU_is_refused_because_core_ml_applies_the_reset_gate_before_the_recurrent_product()
    {
        var m = new MadmomPickles(3);
        foreach (PyObject layer in new[] { m.Gru(4, 3), MadmomPickles.Bidirectional(m.Gru(4, 3), m.Gru(4, 3)) })
        {
            MadmomNetwork network = MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(layer)));
            var error = Should.Throw<MadmomFormatException>(() => MadmomConverter.Convert(new MadmomSource("gru.pkl", network)));
            error.Message.ShouldStartWith("gru.pkl: layers[0] is a GRULayer. madmom applies the reset gate after the recurrent product");
            error.Message.ShouldContain("refuses rather than approximate");
        }
    }

    [Fact]
    public void The_madmom_reference_GRU_differs_from_the_reset_before_form_so_the_refusal_is_needed()
    {
        // Reset-after (madmom) and reset-before (Core ML) on the same weights: if they agreed, refusing would be needless.
        var m = new MadmomPickles(4);
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(m.Gru(4, 3)));
        double[][] x = ModelRun.RandomFrames(5, 6, 4, scale: 2);
        double[][] madmom = new MadmomReference(MadmomPickleReader.Read(pickle)).Run(x);
        var gru = (GruLayer)MadmomNetworkReader.Read(pickle).Layers[0];
        double[][] resetBefore = ResetBeforeGru(gru, x);
        ModelRun.MaxAbsDiff(madmom, resetBefore).ShouldBeGreaterThan(1e-3);
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("linear")]
    public void A_recurrent_layer_whose_activation_does_not_saturate_is_refused(string activation)
    {
        MadmomNetwork network = MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Recurrent(3, 2, activation))));
        Should.Throw<MadmomFormatException>(() => MadmomConverter.Convert(new MadmomSource("rnn.pkl", network))).Message.ShouldContain("clamps a recurrent layer's pre-activation to ±50");
    }

    [Fact]
    public void LSTM_gates_with_different_activations_are_refused()
    {
        var m = new MadmomPickles(1);
        PyObject lstm = MadmomPickles.With(m.Lstm(3, 2), "forget_gate", m.Gate(3, 2, true, "tanh"));
        MadmomNetwork network = MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(lstm)));
        Should.Throw<MadmomFormatException>(() => MadmomConverter.Convert(new MadmomSource("x.pkl", network))).Message.ShouldContain("gates with different activations (sigmoid, tanh, sigmoid)");
    }

    [Fact]
    public void Cell_clipping_is_off_and_metadata_records_source_licence_and_converter()
    {
        MadmomNetwork network = MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Lstm(3, 2))));
        Model model = MadmomConverter.Convert(new MadmomSource("beats.pkl", network));

        model.NeuralNetwork.Layers[0].UniDirectionalLSTM.Params.CellClipThreshold.ShouldBe(float.MaxValue);
        model.Description.Metadata.License.ShouldStartWith("CC BY-NC-SA 4.0");
        model.Description.Metadata.UserDefined["com.github.coremlgen.source"].ShouldBe("beats.pkl");
        model.Description.Metadata.UserDefined["com.github.coremlgen.converter"].ShouldBe("CoreMLGen.Converters.Madmom " + MadmomConverter.ConverterVersion);
        model.Description.Input.Select(i => (i.Name, i.Type.IsOptional)).ShouldBe(new[] { ("features", false), ("layer0_h_in", true), ("layer0_c_in", true) });
        model.Description.Output.Select(o => o.Name).ShouldBe(new[] { "activations", "layer0_h_out", "layer0_c_out" });
    }

    // Core ML's GRU form, written here only to show it differs: o = tanh(x·W + b + (r ⊙ h)·R), h' = u ⊙ o + (1 − u) ⊙ h.
    private static double[][] ResetBeforeGru(GruLayer gru, double[][] x)
    {
        int hidden = gru.OutputSize;
        double[] h = new double[hidden];
        var result = new double[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            double[] r = Gate(gru.ResetGate, x[t], h, null).Select(Sigmoid).ToArray();
            double[] u = Gate(gru.UpdateGate, x[t], h, null).Select(Sigmoid).ToArray();
            double[] rh = h.Select((v, i) => v * r[i]).ToArray();
            double[] o = Gate(gru.Cell, x[t], rh, null).Select(System.Math.Tanh).ToArray();
            h = result[t] = o.Select((v, i) => (u[i] * v) + ((1 - u[i]) * h[i])).ToArray();
        }

        return result;
    }

    private static double Sigmoid(double v) => 1 / (1 + System.Math.Exp(-v));

    private static double[] Gate(GateWeights gate, double[] x, double[] h, double[]? unused)
    {
        var sum = (double[])gate.Bias.Clone();
        for (int j = 0; j < sum.Length; j++)
        {
            for (int i = 0; i < x.Length; i++) sum[j] += x[i] * gate.Weights.Values[(i * sum.Length) + j];
            for (int k = 0; k < h.Length; k++) sum[j] += h[k] * gate.RecurrentWeights.Values[(k * sum.Length) + j];
        }

        return sum;
    }
}
