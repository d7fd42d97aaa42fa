using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

/// <summary>A NaN in the input comes out as NaN (never an exception, never a silently finite value where it lands).</summary>
public sealed class NanPropagationTests
{
    private static readonly int[] Shape = { 1, 1, 2, 3, 3 };

    public static IEnumerable<object[]> ElementwiseLayers()
    {
        foreach (string type in ActivationTests.Types)
        {
            yield return new object[] { "activation " + type };
        }

        foreach (UnaryFunctionLayerParams.Types.Operation op in Enum.GetValues<UnaryFunctionLayerParams.Types.Operation>())
        {
            yield return new object[] { "unary " + op };
        }

        foreach (string op in new[] { "add", "subtract", "multiply", "divide", "max", "min", "pow", "mod", "floorDiv" })
        {
            yield return new object[] { "broadcastable " + op };
        }

        foreach (string op in new[] { "add", "multiply", "average", "max", "min" })
        {
            yield return new object[] { "legacy " + op };
        }

        yield return new object[] { "batchnorm" };
        yield return new object[] { "scale" };
    }

    [Theory]
    [MemberData(nameof(ElementwiseLayers))]
    public void ElementwiseLayersKeepTheNaNWhereItWas(string which)
    {
        NeuralNetworkLayer layer = Build(which, out int inputs);
        Blob[] blobs = Enumerable.Range(0, inputs).Select(_ => Input()).ToArray();
        Blob y = KernelHarness.Run(layer, false, blobs)[0];
        float.IsNaN(y.Data[4]).ShouldBeTrue(which);
        y.Span.ToArray().Count(float.IsNaN).ShouldBe(1, which);
    }

    [Theory]
    [InlineData("softmax")]
    [InlineData("convolution")]
    [InlineData("pooling MAX")]
    [InlineData("pooling AVERAGE")]
    [InlineData("batchnorm computed")]
    [InlineData("l2normalize")]
    [InlineData("mvn")]
    public void ReducingLayersReturnNaNWithoutThrowing(string which)
    {
        NeuralNetworkLayer layer = which switch
        {
            "softmax" => Layer("l", l => l.Softmax = new SoftmaxLayerParams()),
            "convolution" => Layer("l", l => l.Convolution = Conv()),
            "pooling MAX" => Layer("l", l => l.Pooling = new PoolingLayerParams { Type = PoolingLayerParams.Types.PoolingType.Max, Same = new SamePadding() }),
            "pooling AVERAGE" => Layer("l", l => l.Pooling = new PoolingLayerParams { Type = PoolingLayerParams.Types.PoolingType.Average, Same = new SamePadding() }),
            "batchnorm computed" => Layer("l", l => l.Batchnorm = Batchnorm(computeMeanVar: true)),
            "l2normalize" => Layer("l", l => l.L2Normalize = new L2NormalizeLayerParams()),
            _ => Layer("l", l => l.Mvn = new MeanVarianceNormalizeLayerParams { NormalizeVariance = true }),
        };
        Blob y = KernelHarness.Run(layer, false, Input())[0];
        y.Span.ToArray().Any(float.IsNaN).ShouldBeTrue(which);
    }

    private static Blob Input()
    {
        var blob = KernelHarness.Random(new Random(8), 1, Shape);
        for (int i = 0; i < blob.Count; i++)
        {
            blob.Data[i] = Math.Abs(blob.Data[i]) + 0.5f; // positive, so log/sqrt/pow are finite elsewhere
        }

        blob.Data[4] = float.NaN;
        return blob;
    }

    private static NeuralNetworkLayer Build(string which, out int inputs)
    {
        string[] parts = which.Split(' ');
        inputs = parts[0] is "broadcastable" || parts[0] is "legacy" ? 2 : 1;
        string[] names = inputs == 2 ? new[] { "a", "b" } : new[] { "x" };
        double[] channels = { 0.5, 1.5 };
        return parts[0] switch
        {
            "activation" => Layer("l", l => l.Activation = ActivationTests.Params(parts[1], 0.5, 0.25, channels, channels)),
            "unary" => Layer("l", l => l.Unary = new UnaryFunctionLayerParams { Type = Enum.Parse<UnaryFunctionLayerParams.Types.Operation>(parts[1]), Alpha = 0.5f }),
            "broadcastable" => BroadcastTests.NdLayer(parts[1], names),
            "legacy" => BroadcastTests.LegacyLayer(parts[1], names),
            "batchnorm" => Layer("l", l => l.Batchnorm = Batchnorm(computeMeanVar: false)),
            _ => Layer("l", l => l.Scale = ScaleOf2()),
        };
    }

    private static ScaleLayerParams ScaleOf2()
    {
        var p = new ScaleLayerParams { Scale = Weights(new double[] { 0, 2 }), HasBias = true, Bias = Weights(new double[] { 1 }) };
        p.ShapeScale.Add(2);
        p.ShapeBias.Add(1);
        return p;
    }

    private static BatchnormLayerParams Batchnorm(bool computeMeanVar) => new()
    {
        Channels = 2,
        ComputeMeanVar = computeMeanVar,
        Gamma = Weights(new double[] { 1, 2 }),
        Beta = Weights(new double[] { 0, 1 }),
        Mean = Weights(new double[] { 0, 0.5 }),
        Variance = Weights(new double[] { 1, 2 }),
    };

    private static ConvolutionLayerParams Conv()
    {
        var p = new ConvolutionLayerParams { OutputChannels = 1, KernelChannels = 2, Same = new SamePadding(), Weights = Weights(new double[18]) };
        return p;
    }
}
