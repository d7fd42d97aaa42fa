using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class ActivationTests
{
    public static readonly string[] Types =
    {
        "linear", "ReLU", "leakyReLU", "thresholdedReLU", "PReLU", "tanh", "scaledTanh", "sigmoid", "sigmoidHard", "ELU",
        "softsign", "softplus", "parametricSoftplus",
    };

    public static IEnumerable<object[]> Cases() =>
        from type in Types from seed in Seeds from nd in new[] { false, true } select new object[] { type, seed, nd };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheFloat64Formula(string type, int seed, bool nd)
    {
        var random = new Random(seed);
        bool perChannel = type is "PReLU" or "parametricSoftplus";
        int[] shape = RandomShape(random, nd, minRank: perChannel ? 3 : 1);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -4, 4);
        double alpha = (float)(random.NextDouble() * 2 - 0.5), beta = (float)(random.NextDouble() * 2 - 0.5);
        int channels = shape.Length >= 3 ? shape[^3] : 1;
        double[] channelAlpha = RandomValues(random, random.Next(2) == 0 ? 1 : channels, 0.1, 1.5);
        double[] channelBeta = RandomValues(random, random.Next(2) == 0 ? 1 : channels, 0.1, 1.5);
        ActivationParams p = Params(type, alpha, beta, channelAlpha, channelBeta);

        double[] expected = perChannel
            ? ActivationReference.Apply(type, x, shape, channelAlpha: channelAlpha, channelBeta: type == "PReLU" ? null : channelBeta)
            : ActivationReference.Apply(type, x, shape, alpha, beta);
        RunAndCompare(Layer("act", l => l.Activation = p), nd, expected, shape, type + " seed " + seed, BlobOf(shape, x));
    }

    [Theory]
    [InlineData("PReLU")]
    [InlineData("parametricSoftplus")]
    public void PerChannelActivationsNeedRank3EvenWithASharedValue(string type)
    {
        double[] alpha = { 0.3 }, beta = { 1.25 };
        var kernel = KernelHarness.Build(Layer("act", l => l.Activation = Params(type, 0, 0, alpha, beta)), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 3, 4 } })).Message.ShouldContain("rank 3");
    }

    [Theory]
    [InlineData("PReLU")]
    [InlineData("parametricSoftplus")]
    public void ASharedPerChannelValueServesEveryChannel(string type)
    {
        var random = new Random(5);
        int[] shape = { 2, 3, 2, 2 };
        double[] x = RandomValues(random, 24, -3, 3);
        double[] alpha = { 0.3 }, beta = { 1.25 };
        double[] expected = ActivationReference.Apply(type, x, shape, channelAlpha: alpha, channelBeta: type == "PReLU" ? null : beta);
        RunAndCompare(Layer("act", l => l.Activation = Params(type, 0, 0, alpha, beta)), true, expected, shape, type, BlobOf(shape, x));
    }

    [Fact]
    public void SoftplusDoesNotOverflowForLargeInputs()
    {
        int[] shape = { 1, 1, 4, 1, 1 };
        double[] x = { 200, -200, 88, 0 };
        double[] expected = { 200, Math.Exp(-200), 88, Math.Log(2) };
        RunAndCompare(Layer("act", l => l.Activation = Params("softplus", 0, 0, null, null)), false, expected, shape, "softplus", BlobOf(shape, x));
    }

    internal static ActivationParams Params(string type, double alpha, double beta, double[]? channelAlpha, double[]? channelBeta)
    {
        float a = (float)alpha, b = (float)beta;
        return type switch
        {
            "linear" => new ActivationParams { Linear = new ActivationLinear { Alpha = a, Beta = b } },
            "ReLU" => new ActivationParams { ReLU = new ActivationReLU() },
            "leakyReLU" => new ActivationParams { LeakyReLU = new ActivationLeakyReLU { Alpha = a } },
            "thresholdedReLU" => new ActivationParams { ThresholdedReLU = new ActivationThresholdedReLU { Alpha = a } },
            "PReLU" => new ActivationParams { PReLU = new ActivationPReLU { Alpha = Weights(channelAlpha!) } },
            "tanh" => new ActivationParams { Tanh = new ActivationTanh() },
            "scaledTanh" => new ActivationParams { ScaledTanh = new ActivationScaledTanh { Alpha = a, Beta = b } },
            "sigmoid" => new ActivationParams { Sigmoid = new ActivationSigmoid() },
            "sigmoidHard" => new ActivationParams { SigmoidHard = new ActivationSigmoidHard { Alpha = a, Beta = b } },
            "ELU" => new ActivationParams { ELU = new ActivationELU { Alpha = a } },
            "softsign" => new ActivationParams { Softsign = new ActivationSoftsign() },
            "softplus" => new ActivationParams { Softplus = new ActivationSoftplus() },
            "parametricSoftplus" => new ActivationParams { ParametricSoftplus = new ActivationParametricSoftplus { Alpha = Weights(channelAlpha!), Beta = Weights(channelBeta!) } },
            _ => throw new ArgumentException(type),
        };
    }
}
