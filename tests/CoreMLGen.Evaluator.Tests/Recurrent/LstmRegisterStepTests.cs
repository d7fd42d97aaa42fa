using System;
using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

/// <summary>
/// The LSTM steps that run in registers (hidden sizes up to 32, the usual activations; AVX-512 here, AVX2 through
/// <see cref="Linear.ForcedGemmPathTests"/>) against the float64 reference: every vector count and the fallback beyond 32, batches, peepholes, reversal, a clipping threshold that
/// bites, long sequences whose cells pass ±50 without one, and NaN.
/// </summary>
public sealed class LstmRegisterStepTests
{
    public static IEnumerable<object[]> Cases()
    {
        // seed, hidden, batch, sequence, peepholes, reverse, cell clip, input scale
        yield return new object[] { 101, 1, 1, 9, true, false, 50000f, 1.0 };
        yield return new object[] { 102, 7, 3, 12, false, true, 50000f, 1.0 };
        yield return new object[] { 103, 16, 2, 20, true, true, 50000f, 1.0 };
        yield return new object[] { 109, 8, 1, 10, true, false, 50000f, 1.0 };
        yield return new object[] { 110, 24, 2, 12, false, false, 50000f, 1.0 };
        yield return new object[] { 104, 17, 1, 15, true, false, 0.5f, 1.0 };
        yield return new object[] { 105, 25, 1, 400, true, false, 1e30f, 1.0 };
        // 150 steps: after about 250 saturated steps this network's float32 error grows past 1e-5 on either path (the
        // vector library's too): the conditioning of the recurrence, not the kernel.
        yield return new object[] { 106, 25, 2, 150, true, true, 1e30f, 6.0 };
        yield return new object[] { 107, 32, 3, 30, false, false, 3f, 2.0 };
        yield return new object[] { 108, 33, 2, 25, true, false, 50000f, 1.0 };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Steps_match_the_reference(int seed, int hidden, int batch, int sequence, bool peep, bool reverse, float clip, double scale)
    {
        var random = new Random(seed);
        int inputSize = 11;
        var (weights, set) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep, WeightFormat.Float32);
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true, HasPeepholeVectors = peep, CellClipThreshold = clip }, RecurrentSpecs.StandardLstm);
        p.ReverseInput = reverse;
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", new[] { "x", "h0", "c0" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);
        Blob x = RecurrentSpecs.Input(random, sequence, batch, inputSize);
        Span<float> values = x.Span;
        int frame = batch * inputSize;
        for (int i = 0; i < values.Length; i++)
        {
            // Scaled inputs repeat the first frame, so cells with a saturated forget gate keep growing.
            values[i] = scale > 1 ? (float)(values[i % frame] * scale) : values[i];
        }

        Blob h0 = RecurrentSpecs.State(random, batch, hidden);
        Blob c0 = RecurrentSpecs.State(random, batch, hidden);
        Blob[] outputs = KernelHarness.Run(layer, false, x, h0, c0);

        RecurrentRun run = RecurrentReference.Lstm(x.Span.ToArray(), sequence, batch, inputSize, hidden, set.W, set.R, set.Bias, set.Peep, RecurrentSpecs.StandardLstm, false, clip, 0,
            RecurrentSpecs.ToDouble(h0), RecurrentSpecs.ToDouble(c0), reverse);
        if (scale > 1 && clip > 1e20f)
        {
            Assert.True(MaxAbs(run.C!) > 50, "the inputs must drive some cell past ±50 (max |c| = " + MaxAbs(run.C!) + ")");
        }

        KernelHarness.AssertClose(RecurrentSpecs.Output(run, true), outputs[0], what: "y");
        KernelHarness.AssertClose(run.H, outputs[1], what: "h");
        KernelHarness.AssertClose(run.C!, outputs[2], what: "c");
    }

    [Fact]
    public void The_register_steps_run_on_the_AVX512_and_AVX2_paths_and_only_for_the_usual_shape()
    {
        PackedMatrix input = PackedMatrix.FromOutputRows(new float[4 * 25 * 3], 4 * 25, 3);
        PackedMatrix recurrent = PackedMatrix.FromOutputRows(new float[4 * 25 * 25], 4 * 25, 25);
        RecurrentActivationKind[] usual = { RecurrentActivationKind.Sigmoid, RecurrentActivationKind.Tanh, RecurrentActivationKind.Tanh };
        bool registers = Gemm.ActivePath is GemmPath.Avx512 or GemmPath.Avx2;

        Assert.Equal(registers, new LstmRecurrence(25, input, recurrent, new float[100], null, usual, false, 50).UsesRegisterSteps);
        Assert.False(new LstmRecurrence(25, input, recurrent, new float[100], null, usual, coupled: true, 50).UsesRegisterSteps);
        Assert.False(new LstmRecurrence(25, input, recurrent, new float[100], null, new[] { RecurrentActivationKind.HardSigmoid, RecurrentActivationKind.Tanh, RecurrentActivationKind.Tanh }, false, 50).UsesRegisterSteps);
        PackedMatrix wide = PackedMatrix.FromOutputRows(new float[4 * 33 * 33], 4 * 33, 33);
        Assert.False(new LstmRecurrence(33, PackedMatrix.FromOutputRows(new float[4 * 33 * 3], 4 * 33, 3), wide, new float[132], null, usual, false, 50).UsesRegisterSteps);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(25)]
    public void NaN_in_a_frame_reaches_every_later_output(int hidden)
    {
        var random = new Random(hidden);
        int inputSize = 4, sequence = 6;
        var (weights, _) = RecurrentSpecs.LstmWeights(random, inputSize, hidden, bias: true, peep: true, WeightFormat.Float32);
        UniDirectionalLSTMLayerParams p = RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { SequenceOutput = true, HasBiasVectors = true, HasPeepholeVectors = true, CellClipThreshold = 50 }, RecurrentSpecs.StandardLstm);
        NeuralNetworkLayer layer = RecurrentSpecs.Layer("lstm", new[] { "x" }, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);
        Blob x = RecurrentSpecs.Input(random, sequence, 1, inputSize);
        x.Span[2 * inputSize] = float.NaN;

        Blob y = KernelHarness.Run(layer, false, x)[0];

        for (int t = 0; t < sequence; t++)
        {
            for (int j = 0; j < hidden; j++)
            {
                float value = y.Span[(t * hidden) + j];
                Assert.True(t < 2 ? float.IsFinite(value) : float.IsNaN(value), "y[" + t + ", " + j + "] = " + value);
            }
        }
    }

    private static double MaxAbs(double[] values)
    {
        double max = 0;
        foreach (double v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }
}
