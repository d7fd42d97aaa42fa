using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

public sealed class LstmTests
{
    public static IEnumerable<object[]> Cases()
    {
        // seed, peepholes, coupled, reverseInput, sequenceOutput, batch, given states, weight format
        yield return new object[] { 1, false, false, false, true, 1, false, WeightFormat.Float32 };
        yield return new object[] { 2, true, false, false, true, 2, true, WeightFormat.Float32 };
        yield return new object[] { 3, true, true, false, false, 1, true, WeightFormat.Float32 };
        yield return new object[] { 4, false, true, true, true, 2, false, WeightFormat.Float32 };
        yield return new object[] { 5, true, false, true, false, 2, true, WeightFormat.Float32 };
        yield return new object[] { 6, false, false, true, true, 1, true, WeightFormat.Float16 };
        yield return new object[] { 7, true, true, false, true, 2, true, WeightFormat.Float16 };
        yield return new object[] { 8, true, false, false, true, 2, true, WeightFormat.Linear8 };
        yield return new object[] { 9, false, true, true, false, 1, false, WeightFormat.Linear8 };
        yield return new object[] { 10, true, false, true, true, 2, true, WeightFormat.Lut4 };
        yield return new object[] { 11, false, false, false, false, 2, false, WeightFormat.Float32 };
        yield return new object[] { 12, true, true, true, true, 1, true, WeightFormat.Float32 };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unidirectional_matches_reference(int seed, bool peep, bool coupled, bool reverse, bool sequenceOutput, int batch, bool givenStates, WeightFormat format)
    {
        var random = new Random(seed);
        int sequence = random.Next(1, 7), inputSize = random.Next(1, 12), hidden = random.Next(1, 21);
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: seed % 3 != 0, peep, format);
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = sequenceOutput, HasBiasVectors = seed % 3 != 0, HasPeepholeVectors = peep, CoupledInputAndForgetGate = coupled, CellClipThreshold = 50000 }, RecurrentSpecs.StandardLstm);
        p.ReverseInput = reverse;
        string[] inputs = givenStates ? new[] { "x", "h0", "c0" } : new[] { "x" };
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", inputs, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);

        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Blob h0 = RecurrentSpecs.State(random, batch, hidden);
        Blob c0 = RecurrentSpecs.State(random, batch, hidden);
        Blob[] outputs = givenStates ? KernelHarness.Run(layer, false, x, h0, c0) : KernelHarness.Run(layer, false, x);

        double[] zeros = new double[batch * hidden];
        RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, RecurrentSpecs.StandardLstm, coupled, 50000, 0,
            givenStates ? RecurrentSpecs.ToDouble(h0) : zeros, givenStates ? RecurrentSpecs.ToDouble(c0) : zeros, reverse);

        Assert.Equal(new[] { sequenceOutput ? sequence : 1, batch, hidden, 1, 1 }, outputs[0].Shape);
        Assert.Equal(new[] { 1, batch, hidden, 1, 1 }, outputs[1].Shape);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, sequenceOutput), outputs[0], what: "y");
        KernelHarness.AssertClose(run.H, outputs[1], what: "h");
        KernelHarness.AssertClose(run.C!, outputs[2], what: "c");
    }

    [Theory]
    [InlineData(21, false, true, 1, WeightFormat.Float32)]
    [InlineData(22, true, true, 2, WeightFormat.Float32)]
    [InlineData(23, true, false, 2, WeightFormat.Float32)]
    [InlineData(24, false, false, 1, WeightFormat.Float16)]
    [InlineData(25, true, true, 2, WeightFormat.Linear8)]
    [InlineData(26, false, true, 2, WeightFormat.Float32)]
    public void Bidirectional_matches_reference(int seed, bool peep, bool sequenceOutput, int batch, WeightFormat format)
    {
        var random = new Random(seed);
        int sequence = random.Next(1, 7), inputSize = random.Next(1, 12), hidden = random.Next(1, 21);
        bool coupled = seed % 2 == 0;
        bool givenStates = seed % 3 != 0;
        var (forwardWeights, forward) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep, format);
        var (backwardWeights, backward) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep, format);
        var p = new BiDirectionalLSTMLayerParams
        {
            InputVectorSize = (ulong)inputSize,
            OutputVectorSize = (ulong)hidden,
            Params = new LSTMParams { SequenceOutput = sequenceOutput, HasBiasVectors = true, HasPeepholeVectors = peep, CoupledInputAndForgetGate = coupled },
        };
        p.ActivationsForwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.ActivationsBackwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.WeightParams.Add(forwardWeights);
        p.WeightParams.Add(backwardWeights);
        string[] inputs = givenStates ? new[] { "x", "h0", "c0", "h0r", "c0r" } : new[] { "x" };
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("bilstm", inputs, new[] { "y", "h", "c", "hr", "cr" }, l => l.BiDirectionalLSTM = p);

        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Blob[] states = Enumerable.Range(0, 4).Select(_ => RecurrentSpecs.State(random, batch, hidden)).ToArray();
        Blob[] outputs = KernelHarness.Run(layer, false, givenStates ? states.Prepend(x).ToArray() : new[] { x });

        double[] State(int i) => givenStates ? RecurrentSpecs.ToDouble(states[i]) : new double[batch * hidden];
        // cellClipThreshold 0 means 50.
        RecurrentRun f = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, forward.W, forward.R, forward.Bias, forward.Peep, RecurrentSpecs.StandardLstm, coupled, 50, 0, State(0), State(1), reverse: false);
        RecurrentRun b = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, backward.W, backward.R, backward.Bias, backward.Peep, RecurrentSpecs.StandardLstm, coupled, 50, 0, State(2), State(3), reverse: true);
        double[] expectedY = sequenceOutput
            ? Enumerable.Range(0, sequence).SelectMany(t => RecurrentSpecs.Join(f.Steps[t], b.Steps[sequence - 1 - t], batch, hidden)).ToArray()
            : RecurrentSpecs.Join(f.H, b.H, batch, hidden);

        Assert.Equal(new[] { sequenceOutput ? sequence : 1, batch, 2 * hidden, 1, 1 }, outputs[0].Shape);
        KernelHarness.AssertClose(expectedY, outputs[0], what: "y");
        KernelHarness.AssertClose(f.H, outputs[1], what: "h");
        KernelHarness.AssertClose(f.C!, outputs[2], what: "c");
        KernelHarness.AssertClose(b.H, outputs[3], what: "h_rev");
        KernelHarness.AssertClose(b.C!, outputs[4], what: "c_rev");
    }

    public static IEnumerable<object[]> ActivationCases()
    {
        var f = Enum.GetValues<RecurrentFunction>();
        for (int i = 0; i < f.Length; i++)
        {
            yield return new object[] { 30 + i, f[i], f[(i + 1) % f.Length], f[(i + 4) % f.Length] };
        }
    }

    [Theory]
    [MemberData(nameof(ActivationCases))]
    public void Activations_use_fixed_constants_and_clips(int seed, RecurrentFunction gate, RecurrentFunction cell, RecurrentFunction output)
    {
        var random = new Random(seed);
        int sequence = 5, batch = 2, inputSize = 7, hidden = 18;
        var functions = new[] { gate, cell, output };
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: true, WeightFormat.Float32);
        // A small cell clip, so clipping is exercised.
        // Stored alpha/beta values are ignored: recurrent activations use the spec's fixed constants.
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true, HasPeepholeVectors = true, CellClipThreshold = 0.3f }, functions);
        if (p.Activations[0].SigmoidHard is { } hard)
        {
            hard.Alpha = 7;
            hard.Beta = 7;
        }

        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", new[] { "x" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);
        Blob x = KernelHarness.Random(random, 4.0, sequence, batch, inputSize, 1, 1);
        Blob[] outputs = KernelHarness.Run(layer, false, x);
        double[] zeros = new double[batch * hidden];
        RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, functions, false, 0.3f, 0, zeros, zeros, false);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, true), outputs[0], what: "y");
        KernelHarness.AssertClose(run.C!, outputs[2], what: "c");
    }

    [Theory]
    [InlineData(false, 0.0)]
    [InlineData(true, 1.0)]
    public void Forget_bias_is_applied_only_when_the_option_says_so(bool apply, double added)
    {
        var random = new Random(40);
        int sequence = 3, batch = 1, inputSize = 4, hidden = 5;
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: false, WeightFormat.Float32);
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true, ForgetBias = true }, RecurrentSpecs.StandardLstm);
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", new[] { "x" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);
        var kernel = KernelHarness.Build(layer, options: new EvaluatorOptions { ApplyLstmForgetBias = apply });
        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Blob[] outputs = KernelHarness.Run(kernel, x);
        double[] zeros = new double[batch * hidden];
        RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, RecurrentSpecs.StandardLstm, false, 50, added, zeros, zeros, false);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, true), outputs[0], what: "y");
    }

    [Fact]
    public void A_state_of_H_values_is_shared_by_every_batch_element_and_rank3_x_is_accepted_in_nd_mode()
    {
        var random = new Random(50);
        int sequence = 4, batch = 2, inputSize = 3, hidden = 6;
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: false, WeightFormat.Float32);
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true }, RecurrentSpecs.StandardLstm);
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", new[] { "x", "h0" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);
        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize, rank3: true);
        Blob h0 = KernelHarness.Random(random, 0.5, 1, 1, hidden, 1, 1);
        Blob[] outputs = KernelHarness.Run(layer, true, x, h0);

        double[] h = RecurrentSpecs.ToDouble(h0).Concat(RecurrentSpecs.ToDouble(h0)).ToArray();
        RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, RecurrentSpecs.StandardLstm, false, 50, 0, h, new double[batch * hidden], false);
        Assert.Equal(new[] { sequence, batch, hidden }, outputs[0].Shape);
        Assert.Equal(new[] { 1, batch, hidden }, outputs[1].Shape);
        KernelHarness.AssertClose(RecurrentSpecs.Output(run, true), outputs[0], what: "y");
        KernelHarness.AssertClose(run.C!, outputs[2], what: "c");
    }

    [Fact]
    public void Bidirectional_with_forward_states_only_and_only_y_declared_reuses_scratch_across_lengths()
    {
        var random = new Random(60);
        int batch = 2, inputSize = 5, hidden = 9;
        var (forwardWeights, forward) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: false, WeightFormat.Float32);
        var (backwardWeights, backward) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: false, WeightFormat.Float32);
        var p = new BiDirectionalLSTMLayerParams { InputVectorSize = (ulong)inputSize, OutputVectorSize = (ulong)hidden, Params = new LSTMParams { SequenceOutput = true, HasBiasVectors = true } };
        p.ActivationsForwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.ActivationsBackwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.WeightParams.Add(forwardWeights);
        p.WeightParams.Add(backwardWeights);
        var kernel = KernelHarness.Build(RecurrentSpecs.Layer("bilstm", new[] { "x", "h0", "c0" }, new[] { "y" }, l => l.BiDirectionalLSTM = p));
        foreach (int sequence in new[] { 3, 8, 2 })
        {
            Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
            Blob h0 = RecurrentSpecs.State(random, batch, hidden);
            Blob c0 = RecurrentSpecs.State(random, batch, hidden);
            Blob[] outputs = KernelHarness.Run(kernel, x, h0, c0);
            double[] zeros = new double[batch * hidden];
            RecurrentRun f = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, forward.W, forward.R, forward.Bias, null, RecurrentSpecs.StandardLstm, false, 50, 0, RecurrentSpecs.ToDouble(h0), RecurrentSpecs.ToDouble(c0), reverse: false);
            RecurrentRun b = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, backward.W, backward.R, backward.Bias, null, RecurrentSpecs.StandardLstm, false, 50, 0, zeros, zeros, reverse: true);
            Assert.Single(outputs);
            KernelHarness.AssertClose(Enumerable.Range(0, sequence).SelectMany(t => RecurrentSpecs.Join(f.Steps[t], b.Steps[sequence - 1 - t], batch, hidden)).ToArray(), outputs[0], what: "y");
        }
    }
}
