using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;
using CoreMLGen.Testing.Builders;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

/// <summary>
/// Sibling LSTMs (layers at equal depths that the evaluator runs together) against the float64 reference: three layers
/// of different kinds and sizes reading the model input, two reading their outputs, one of which cannot join a group
/// (coupled gates), with given states, reversed input and final-state-only output. Run with the register step kernels
/// and with the Vector128 path forced (the layers then run one by one).
/// </summary>
public sealed class LstmGroupTests
{
    private const int Sequence = 9;
    private const int Batch = 2;
    private const int InputSize = 6;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Siblings_match_the_reference_layer_by_layer(bool forceVector128)
    {
        var random = new Random(90);
        Lstm a = Lstm.Create(random, InputSize, 7, peep: true);
        Lstm b = Lstm.Create(random, InputSize, 5, peep: false);
        Lstm c = Lstm.Create(random, InputSize, 9, peep: true);
        Lstm d = Lstm.Create(random, 2 * 7, 4, peep: true);
        Lstm e = Lstm.Create(random, 5, 6, peep: true);
        Lstm f = Lstm.Create(random, 5, 3, peep: false);
        Lstm d2 = Lstm.Create(random, 2 * 7, 4, peep: true);
        Lstm a2 = Lstm.Create(random, InputSize, 7, peep: true);

        var layers = new[]
        {
            Bidirectional("a", new[] { "x" }, new[] { "ya" }, a, a2, sequenceOutput: true),
            Layers.Layer("b", new[] { "x", "h0", "c0" }, new[] { "yb", "hb", "cb" }, l => l.UniDirectionalLSTM = Uni(b, sequenceOutput: true, reverse: true, coupled: false)),
            Layers.Layer("c", new[] { "x" }, new[] { "yc" }, l => l.UniDirectionalLSTM = Uni(c, sequenceOutput: false, reverse: false, coupled: false)),
            Bidirectional("d", new[] { "ya" }, new[] { "yd" }, d, d2, sequenceOutput: true),
            Layers.Layer("e", new[] { "yb" }, new[] { "ye" }, l => l.UniDirectionalLSTM = Uni(e, sequenceOutput: true, reverse: false, coupled: false)),
            Layers.Layer("f", new[] { "yb" }, new[] { "yf" }, l => l.UniDirectionalLSTM = Uni(f, sequenceOutput: true, reverse: false, coupled: true)),
        };
        SpecBuilder spec = SpecBuilder.NeuralNetwork(4)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, Sequence, Batch, InputSize, 1, 1))
            .Input("h0", FeatureTypes.MultiArray(DataType.Float32, 1, Batch, 5, 1, 1))
            .Input("c0", FeatureTypes.MultiArray(DataType.Float32, 1, Batch, 5, 1, 1))
            .Layers(layers)
            .ExactArrayMapping();
        foreach (var (name, size, frames) in new[] { ("ya", 14, Sequence), ("yb", 5, Sequence), ("hb", 5, 1), ("cb", 5, 1), ("yc", 9, 1), ("yd", 8, Sequence), ("ye", 6, Sequence), ("yf", 3, Sequence) })
        {
            spec.Output(name, FeatureTypes.MultiArray(DataType.Float32, frames, Batch, size, 1, 1));
        }

        Blob x = RecurrentSpecs.Input(random, Sequence, Batch, InputSize);
        Blob h0 = RecurrentSpecs.State(random, Batch, 5);
        Blob c0 = RecurrentSpecs.State(random, Batch, 5);
        ModelEvaluator model = Load(spec);
        Gemm.PathOnThisThread = forceVector128 ? GemmPath.Vector128 : GemmPath.Auto;
        IFeatureProvider output;
        try
        {
            output = Predict(model, ("x", Floats(x.Span.ToArray(), x.Shape)), ("h0", Floats(h0.Span.ToArray(), h0.Shape)), ("c0", Floats(c0.Span.ToArray(), c0.Shape)));
        }
        finally
        {
            Gemm.PathOnThisThread = GemmPath.Auto;
        }

        float[] xs = x.Span.ToArray();
        double[] ya = BidirectionalReference(xs, InputSize, a, a2);
        RecurrentRun rb = Run(xs, InputSize, b, RecurrentSpecs.ToDouble(h0), RecurrentSpecs.ToDouble(c0), reverse: true, coupled: false);
        RecurrentRun rc = Run(xs, InputSize, c, null, null, reverse: false, coupled: false);
        double[] yb = RecurrentSpecs.Output(rb, sequenceOutput: true);
        KernelHarness.AssertClose(ya, ToBlob(output, "ya"), what: "ya");
        KernelHarness.AssertClose(yb, ToBlob(output, "yb"), what: "yb");
        KernelHarness.AssertClose(rb.H, ToBlob(output, "hb"), what: "hb");
        KernelHarness.AssertClose(rb.C!, ToBlob(output, "cb"), what: "cb");
        KernelHarness.AssertClose(rc.H, ToBlob(output, "yc"), what: "yc");
        KernelHarness.AssertClose(BidirectionalReference(ToFloats(ya), 14, d, d2), ToBlob(output, "yd"), what: "yd");
        KernelHarness.AssertClose(RecurrentSpecs.Output(Run(ToFloats(yb), 5, e, null, null, reverse: false, coupled: false), true), ToBlob(output, "ye"), what: "ye");
        KernelHarness.AssertClose(RecurrentSpecs.Output(Run(ToFloats(yb), 5, f, null, null, reverse: false, coupled: true), true), ToBlob(output, "yf"), what: "yf");
    }

    private static double[] BidirectionalReference(float[] x, int inputSize, Lstm forward, Lstm backward)
    {
        RecurrentRun f = Run(x, inputSize, forward, null, null, reverse: false, coupled: false);
        RecurrentRun b = Run(x, inputSize, backward, null, null, reverse: true, coupled: false);
        return Enumerable.Range(0, Sequence).SelectMany(t => RecurrentSpecs.Join(f.Steps[t], b.Steps[Sequence - 1 - t], Batch, forward.Hidden)).ToArray();
    }

    private static RecurrentRun Run(float[] x, int inputSize, Lstm lstm, double[]? h0, double[]? c0, bool reverse, bool coupled) =>
        RecurrentReference.Lstm(x, Sequence, Batch, inputSize, lstm.Hidden, lstm.Set.W, lstm.Set.R, lstm.Set.Bias, lstm.Set.Peep, RecurrentSpecs.StandardLstm, coupled, 50, 0,
            h0 ?? new double[Batch * lstm.Hidden], c0 ?? new double[Batch * lstm.Hidden], reverse);

    private static UniDirectionalLSTMLayerParams Uni(Lstm lstm, bool sequenceOutput, bool reverse, bool coupled)
    {
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(lstm.Weights, lstm.InputSize, lstm.Hidden, Parameters(lstm, sequenceOutput, coupled));
        p.ReverseInput = reverse;
        return p;
    }

    private static NeuralNetworkLayer Bidirectional(string name, string[] inputs, string[] outputs, Lstm forward, Lstm backward, bool sequenceOutput)
    {
        var p = new BiDirectionalLSTMLayerParams { InputVectorSize = (ulong)forward.InputSize, OutputVectorSize = (ulong)forward.Hidden, Params = Parameters(forward, sequenceOutput, coupled: false) };
        p.ActivationsForwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.ActivationsBackwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.WeightParams.Add(forward.Weights);
        p.WeightParams.Add(backward.Weights);
        return Layers.Layer(name, inputs, outputs, l => l.BiDirectionalLSTM = p);
    }

    private static LSTMParams Parameters(Lstm lstm, bool sequenceOutput, bool coupled) =>
        new() { SequenceOutput = sequenceOutput, HasBiasVectors = true, HasPeepholeVectors = lstm.Set.Peep is not null, CoupledInputAndForgetGate = coupled };

    private static float[] ToFloats(double[] values) => values.Select(v => (float)v).ToArray();

    private static Blob ToBlob(IFeatureProvider output, string name)
    {
        MultiArray<float> array = output.GetFeatureValue(name)!.GetMultiArray<float>();
        return new Blob(array.Shape.ToArray(), array.ToArray());
    }

    private sealed record Lstm(int InputSize, int Hidden, LSTMWeightParams Weights, LstmWeightSet Set)
    {
        public static Lstm Create(Random random, int inputSize, int hidden, bool peep)
        {
            var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep, WeightFormat.Float32);
            return new Lstm(inputSize, hidden, weights, set);
        }
    }
}
