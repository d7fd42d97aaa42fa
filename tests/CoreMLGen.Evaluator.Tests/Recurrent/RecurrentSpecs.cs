using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Linear;
using CoreMLGen.Evaluator.Tests.Reference;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

/// <summary>The effective (decoded) weights of one LSTM direction, gates [input, forget, block input, output].</summary>
internal sealed record LstmWeightSet(float[][] W, float[][] R, float[][]? Bias, float[][]? Peep);

/// <summary>Builds recurrent layer parameters with random weights, and the values the reference needs.</summary>
internal static class RecurrentSpecs
{
    public static ActivationParams Activation(RecurrentFunction function) => function switch
    {
        RecurrentFunction.Sigmoid => new ActivationParams { Sigmoid = new ActivationSigmoid() },
        RecurrentFunction.Tanh => new ActivationParams { Tanh = new ActivationTanh() },
        RecurrentFunction.Linear => new ActivationParams { Linear = new ActivationLinear() },
        RecurrentFunction.Relu => new ActivationParams { ReLU = new ActivationReLU() },
        RecurrentFunction.ScaledTanh => new ActivationParams { ScaledTanh = new ActivationScaledTanh() },
        RecurrentFunction.HardSigmoid => new ActivationParams { SigmoidHard = new ActivationSigmoidHard() },
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    public static readonly RecurrentFunction[] StandardLstm = { RecurrentFunction.Sigmoid, RecurrentFunction.Tanh, RecurrentFunction.Tanh };

    public static (LSTMWeightParams Params, LstmWeightSet Set) LstmWeights(Random random, int inputSize, int hidden, bool bias, bool peep, WeightFormat format)
    {
        var p = new LSTMWeightParams();
        var w = new float[4][];
        var r = new float[4][];
        p.InputGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[0]);
        p.ForgetGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[1]);
        p.BlockInputWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[2]);
        p.OutputGateWeightMatrix = WeightEncoding.Random(random, hidden, inputSize, format, 0.5, out w[3]);
        p.InputGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[0]);
        p.ForgetGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[1]);
        p.BlockInputRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[2]);
        p.OutputGateRecursionMatrix = WeightEncoding.Random(random, hidden, hidden, format, 0.5, out r[3]);
        float[][]? b = null;
        if (bias)
        {
            b = new float[4][];
            p.InputGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[0]);
            p.ForgetGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[1]);
            p.BlockInputBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[2]);
            p.OutputGateBiasVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out b[3]);
        }

        float[][]? peepholes = null;
        if (peep)
        {
            peepholes = new float[3][];
            p.InputGatePeepholeVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out peepholes[0]);
            p.ForgetGatePeepholeVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out peepholes[1]);
            p.OutputGatePeepholeVector = WeightEncoding.Random(random, hidden, 1, format, 0.5, out peepholes[2]);
        }

        return (p, new LstmWeightSet(w, r, b, peepholes));
    }

    /// <summary>A unidirectional LSTM's parameters (activations default to [sigmoid, tanh, tanh]).</summary>
    public static UniDirectionalLSTMLayerParams UniLstm(LSTMWeightParams weights, int inputSize, int hidden, LSTMParams parameters, RecurrentFunction[]? functions = null)
    {
        var p = new UniDirectionalLSTMLayerParams
        {
            InputVectorSize = (ulong)inputSize,
            OutputVectorSize = (ulong)hidden,
            Params = parameters,
            WeightParams = weights,
        };
        p.Activations.AddRange((functions ?? StandardLstm).Select(Activation));
        return p;
    }

    public static NeuralNetworkLayer Layer(string name, string[] inputs, string[] outputs, Action<NeuralNetworkLayer> set) =>
        Testing.Builders.Layers.Layer(name, inputs, outputs, set);

    /// <summary>Random x [Seq, Batch, X, 1, 1] (or rank 3 [Seq, Batch, X]) in [-1, 1).</summary>
    public static Blob Input(Random random, int sequence, int batch, int size, bool rank3 = false) =>
        rank3 ? Harness.KernelHarness.Random(random, 1.0, sequence, batch, size) : Harness.KernelHarness.Random(random, 1.0, sequence, batch, size, 1, 1);

    /// <summary>A random initial state [1, Batch, H, 1, 1].</summary>
    public static Blob State(Random random, int batch, int hidden) => Harness.KernelHarness.Random(random, 0.8, 1, batch, hidden, 1, 1);

    public static double[] ToDouble(Blob blob) => blob.Span.ToArray().Select(v => (double)v).ToArray();

    /// <summary>y rows in processing order (sequence output) or the final state.</summary>
    public static double[] Output(RecurrentRun run, bool sequenceOutput) => sequenceOutput ? run.Steps.SelectMany(s => s).ToArray() : run.H;

    /// <summary>Interleaves two [Batch, H] halves into [Batch, 2H].</summary>
    public static double[] Join(double[] forward, double[] backward, int batch, int hidden)
    {
        var joined = new double[2 * batch * hidden];
        for (int b = 0; b < batch; b++)
        {
            Array.Copy(forward, b * hidden, joined, 2 * b * hidden, hidden);
            Array.Copy(backward, b * hidden, joined, ((2 * b) + 1) * hidden, hidden);
        }

        return joined;
    }
}
