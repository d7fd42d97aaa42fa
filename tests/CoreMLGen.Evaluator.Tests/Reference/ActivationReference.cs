using System;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Float64 activations straight from the NeuralNetwork.proto formulas (per-channel values along axis -3).</summary>
internal static class ActivationReference
{
    public static double[] Apply(string type, double[] x, int[] shape, double alpha = 0, double beta = 0, double[]? channelAlpha = null, double[]? channelBeta = null)
    {
        var y = new double[x.Length];
        int rank = shape.Length;
        int inner = rank >= 3 ? shape[rank - 2] * shape[rank - 1] : 1;
        int channels = rank >= 3 ? shape[rank - 3] : 1;
        for (int i = 0; i < x.Length; i++)
        {
            int c = (i / inner) % channels;
            double a = channelAlpha is null ? alpha : channelAlpha[channelAlpha.Length == 1 ? 0 : c];
            double b = channelBeta is null ? beta : channelBeta[channelBeta.Length == 1 ? 0 : c];
            y[i] = One(type, x[i], a, b);
        }

        return y;
    }

    public static double One(string type, double v, double a, double b) => type switch
    {
        "linear" => a * v + b,
        "ReLU" => Math.Max(0, v),
        "leakyReLU" or "PReLU" => v >= 0 ? v : a * v,
        "thresholdedReLU" => v >= a ? v : 0,
        "tanh" => (1 - Math.Exp(-2 * v)) / (1 + Math.Exp(-2 * v)),
        "scaledTanh" => a * Math.Tanh(b * v),
        "sigmoid" => 1 / (1 + Math.Exp(-v)),
        "sigmoidHard" => Math.Min(Math.Max(a * v + b, 0), 1),
        "ELU" => v >= 0 ? v : a * (Math.Exp(v) - 1),
        "softsign" => v / (1 + Math.Abs(v)),
        "softplus" => Math.Log(1 + Math.Exp(v)),
        "parametricSoftplus" => a * Math.Log(1 + Math.Exp(b * v)),
        _ => throw new ArgumentException("Unknown activation " + type, nameof(type)),
    };
}
