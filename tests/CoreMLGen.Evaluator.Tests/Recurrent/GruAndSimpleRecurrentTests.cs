using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

public sealed class GruAndSimpleRecurrentTests
{
    [Theory]
    [InlineData(101, true, false, 1, false, WeightFormat.Float32, RecurrentFunction.Sigmoid, RecurrentFunction.Tanh)]
    [InlineData(102, false, true, 2, true, WeightFormat.Float32, RecurrentFunction.Sigmoid, RecurrentFunction.Tanh)]
    [InlineData(103, true, true, 2, true, WeightFormat.Float16, RecurrentFunction.HardSigmoid, RecurrentFunction.ScaledTanh)]
    [InlineData(104, true, false, 2, false, WeightFormat.Linear8, RecurrentFunction.Sigmoid, RecurrentFunction.Relu)]
    [InlineData(105, false, false, 1, true, WeightFormat.Float32, RecurrentFunction.Linear, RecurrentFunction.Tanh)]
    [InlineData(106, true, true, 1, false, WeightFormat.Lut4, RecurrentFunction.Sigmoid, RecurrentFunction.Linear)]
    public void Gru_matches_reference(int seed, bool sequenceOutput, bool reverse, int batch, bool givenState, WeightFormat format, RecurrentFunction gate, RecurrentFunction candidate)
    {
        var random = new Random(seed);
        int sequence = random.Next(1, 7), inputSize = random.Next(1, 12), hidden = random.Next(1, 21);
        bool bias = seed % 2 == 1;
        var w = new float[3][];
        var r = new float[3][];
        var b = new float[3][];
        var p = new GRULayerParams
        {
            InputVectorSize = (ulong)inputSize,
            OutputVectorSize = (ulong)hidden,
            SequenceOutput = sequenceOutput,
            ReverseInput = reverse,
            HasBiasVectors = bias,
            UpdateGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[0]),
            ResetGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[1]),
            OutputGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[2]),
            UpdateGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[0]),
            ResetGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[1]),
            OutputGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[2]),
            UpdateGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[0]),
            ResetGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[1]),
            OutputGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[2]),
        };
        p.Activations.Add(RecurrentSpecs.Activation(gate));
        p.Activations.Add(RecurrentSpecs.Activation(candidate));
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("gru", givenState ? new[] { "x", "h0" } : new[] { "x" }, new[] { "y", "h" }, l => l.Gru = p);
        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Blob h0 = RecurrentSpecs.State(random, batch, hidden);
        Blob[] outputs = givenState ? KernelHarness.Run(layer, false, x, h0) : KernelHarness.Run(layer, false, x);

        RecurrentRun run = RecurrentReference.Gru(x.Span.ToArray(), sequence, batch, inputSize, hidden, w, r, bias ? b : null, new[] { gate, candidate },
            givenState ? RecurrentSpecs.ToDouble(h0) : new double[batch * hidden], reverse);
        Assert.Equal(new[] { sequenceOutput ? sequence : 1, batch, hidden, 1, 1 }, outputs[0].Shape);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, sequenceOutput), outputs[0], what: "y");
        KernelHarness.AssertClose(run.H, outputs[1], what: "h");
    }

    [Theory]
    [InlineData(201, true, false, 1, true, WeightFormat.Float32, RecurrentFunction.Tanh)]
    [InlineData(202, false, true, 2, false, WeightFormat.Float32, RecurrentFunction.Relu)]
    [InlineData(203, true, true, 2, true, WeightFormat.Float16, RecurrentFunction.Sigmoid)]
    [InlineData(204, true, false, 2, true, WeightFormat.Linear8, RecurrentFunction.ScaledTanh)]
    [InlineData(205, false, false, 1, true, WeightFormat.Float32, RecurrentFunction.Linear)]
    [InlineData(206, true, true, 1, false, WeightFormat.Float32, RecurrentFunction.HardSigmoid)]
    public void SimpleRecurrent_matches_reference(int seed, bool sequenceOutput, bool reverse, int batch, bool givenState, WeightFormat format, RecurrentFunction function)
    {
        var random = new Random(seed);
        int sequence = random.Next(1, 7), inputSize = random.Next(1, 12), hidden = random.Next(1, 21);
        bool hasBias = seed % 2 == 1;
        var p = new SimpleRecurrentLayerParams
        {
            InputVectorSize = (ulong)inputSize,
            OutputVectorSize = (ulong)hidden,
            SequenceOutput = sequenceOutput,
            ReverseInput = reverse,
            HasBiasVector = hasBias,
            Activation = RecurrentSpecs.Activation(function),
            WeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out float[] w),
            RecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out float[] r),
            BiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out float[] b),
        };
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("rnn", givenState ? new[] { "x", "h0" } : new[] { "x" }, new[] { "y", "h" }, l => l.SimpleRecurrent = p);
        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Blob h0 = RecurrentSpecs.State(random, batch, hidden);
        Blob[] outputs = givenState ? KernelHarness.Run(layer, false, x, h0) : KernelHarness.Run(layer, false, x);

        RecurrentRun run = RecurrentReference.Simple(x.Span.ToArray(), sequence, batch, inputSize, hidden, w, r, hasBias ? b : null, function,
            givenState ? RecurrentSpecs.ToDouble(h0) : new double[batch * hidden], reverse);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, sequenceOutput), outputs[0], what: "y");
        KernelHarness.AssertClose(run.H, outputs[1], what: "h");
    }
}
