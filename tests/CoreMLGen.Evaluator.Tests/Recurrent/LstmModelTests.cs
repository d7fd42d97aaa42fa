using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;
using CoreMLGen.Testing.Builders;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Evaluation.EvaluatorTestModels;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

/// <summary>An LSTM followed by a dense layer through the public API, with its optional states left out and given.</summary>
public sealed class LstmModelTests
{
    [Fact]
    public void Lstm_and_dense_through_ModelEvaluator_match_the_reference()
    {
        var random = new Random(70);
        int sequence = 6, inputSize = 5, hidden = 7, outputs = 3;
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: true, WeightFormat.Float16);
        UniDirectionalLSTMLayerParams lstm = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true, HasPeepholeVectors = true });
        var dense = new InnerProductLayerParams
        {
            InputChannels = (ulong)hidden,
            OutputChannels = (ulong)outputs,
            HasBias = true,
            Weights = WeightEncoding.Random(random, outputs, hidden, WeightFormat.Float32, 1, out float[] denseWeights),
            Bias = WeightEncoding.Random(random, outputs, 1, WeightFormat.Float32, 1, out float[] denseBias),
        };
        SpecBuilder spec = SpecBuilder.NeuralNetwork(4)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, sequence, 1, inputSize, 1, 1))
            .Input("h0", FeatureTypes.MultiArray(DataType.Float32, 1, 1, hidden, 1, 1).Optional())
            .Input("c0", FeatureTypes.MultiArray(DataType.Float32, 1, 1, hidden, 1, 1).Optional())
            .Output("scores", FeatureTypes.MultiArray(DataType.Float32, sequence, 1, outputs, 1, 1))
            .Output("h", FeatureTypes.MultiArray(DataType.Float32, 1, 1, hidden, 1, 1))
            .Output("c", FeatureTypes.MultiArray(DataType.Float32, 1, 1, hidden, 1, 1))
            .Layers(
                Layers.Layer("lstm", new[] { "x", "h0", "c0" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = lstm),
                Layers.Layer("dense", new[] { "y" }, new[] { "scores" }, l => l.InnerProduct = dense))
            .ExactArrayMapping();
        ModelEvaluator model = Load(spec);
        Blob x = RecurrentSpecs.Input(random, sequence, 1, inputSize);
        Blob h0 = RecurrentSpecs.State(random, 1, hidden);
        Blob c0 = RecurrentSpecs.State(random, 1, hidden);

        foreach (bool givenStates in new[] { false, true, false })
        {
            IFeatureProvider output = givenStates
                ? Predict(model, ("x", Floats(x.Span.ToArray(), x.Shape)), ("h0", Floats(h0.Span.ToArray(), h0.Shape)), ("c0", Floats(c0.Span.ToArray(), c0.Shape)))
                : Predict(model, ("x", Floats(x.Span.ToArray(), x.Shape)));
            double[] zeros = new double[hidden];
            RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, 1, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, RecurrentSpecs.StandardLstm, false, 50, 0,
                givenStates ? RecurrentSpecs.ToDouble(h0) : zeros, givenStates ? RecurrentSpecs.ToDouble(c0) : zeros, reverse: false);
            float[] ys = run.Steps.SelectMany(s => s).Select(v => (float)v).ToArray();
            double[] expectedScores = LinearReference.Dense(ys, sequence, hidden, denseWeights, denseBias, outputs);

            KernelHarness.AssertClose(expectedScores, ToBlob(output, "scores"), what: "scores");
            KernelHarness.AssertClose(run.H, ToBlob(output, "h"), what: "h");
            KernelHarness.AssertClose(run.C!, ToBlob(output, "c"), what: "c");
        }
    }

    private static Blob ToBlob(IFeatureProvider output, string name)
    {
        MultiArray<float> array = output.GetFeatureValue(name)!.GetMultiArray<float>();
        return new Blob(array.Shape.ToArray(), array.ToArray());
    }
}
