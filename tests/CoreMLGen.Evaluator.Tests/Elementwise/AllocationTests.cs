using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

/// <summary>After the first run (scratch sized, code compiled), Execute allocates nothing.</summary>
public sealed class AllocationTests
{
    public static IEnumerable<object[]> Layers()
    {
        double[] channels = { 0.5, 1.5 };
        yield return new object[] { "prelu", Layer("l", l => l.Activation = ActivationTests.Params("PReLU", 0, 0, channels, channels)), 1 };
        yield return new object[] { "sigmoid", Layer("l", l => l.Activation = ActivationTests.Params("sigmoid", 0, 0, null, null)), 1 };
        yield return new object[] { "unary", Layer("l", l => l.Unary = new UnaryFunctionLayerParams { Type = UnaryFunctionLayerParams.Types.Operation.Exp }), 1 };
        yield return new object[] { "softmax", Layer("l", l => l.Softmax = new SoftmaxLayerParams()), 1 };
        yield return new object[] { "add one input", Layer("l", l => l.Add = new AddLayerParams { Alpha = 1 }), 1 };
        yield return new object[] { "average", BroadcastTests.LegacyLayer("average", new[] { "a", "b", "c" }), 3 };
        yield return new object[] { "pow", BroadcastTests.NdLayer("pow"), 2 };
        var conv = new ConvolutionLayerParams { OutputChannels = 2, KernelChannels = 2, Same = new SamePadding(), Weights = Weights(new double[36]) };
        yield return new object[] { "convolution", Layer("l", l => l.Convolution = conv), 1 };
        var deconv = new ConvolutionLayerParams { IsDeconvolution = true, OutputChannels = 2, KernelChannels = 2, Same = new SamePadding(), Weights = Weights(new double[36]) };
        yield return new object[] { "deconvolution", Layer("l", l => l.Convolution = deconv), 1 };
        yield return new object[] { "pooling", Layer("l", l => l.Pooling = new PoolingLayerParams { Type = PoolingLayerParams.Types.PoolingType.Average, Same = new SamePadding() }), 1 };
        var bn = new BatchnormLayerParams { Channels = 2, ComputeMeanVar = true, InstanceNormalization = true, Gamma = Weights(channels), Beta = Weights(channels) };
        yield return new object[] { "batchnorm", Layer("l", l => l.Batchnorm = bn), 1 };
        yield return new object[] { "mvn", Layer("l", l => l.Mvn = new MeanVarianceNormalizeLayerParams { NormalizeVariance = true }), 1 };
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void ExecuteAllocatesNothingOnceWarm(string which, NeuralNetworkLayer layer, int inputs)
    {
        LayerAdapter kernel = KernelHarness.Build(layer);
        Blob[] x = Enumerable.Range(0, inputs).Select(i => KernelHarness.Random(new Random(i), 1, 2, 1, 2, 5, 6)).ToArray();
        Blob[] y = kernel.InferOutputShapes(x.Select(b => b.Shape).ToArray()).Select(s => new Blob(s)).ToArray();
        kernel.Execute(x, y);
        long before = GC.GetAllocatedBytesForCurrentThread();
        kernel.Execute(x, y);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0, which);
    }
}
