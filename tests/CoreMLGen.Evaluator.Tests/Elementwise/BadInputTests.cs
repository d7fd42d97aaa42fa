using System;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Harness;
using Shouldly;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

/// <summary>Truncated weights, bad parameters and unfit input shapes: load errors naming the layer, or shape errors.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void TruncatedConvolutionWeightsAreALoadError()
    {
        ConvolutionLayerParams p = Conv(weights: 2 * 3 * 3 * 3 - 1);
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p)));
        error.LayerName.ShouldBe("conv1");
        error.Message.ShouldContain("weights");
    }

    [Fact]
    public void TruncatedConvolutionBiasIsALoadError()
    {
        ConvolutionLayerParams p = Conv();
        p.HasBias = true;
        p.Bias = Weights(new double[1]);
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p))).Message.ShouldContain("bias");
    }

    [Fact]
    public void TruncatedQuantizedWeightsAreALoadError()
    {
        ConvolutionLayerParams p = Conv();
        p.Weights = new WeightParams
        {
            RawValue = Google.Protobuf.ByteString.CopyFrom(new byte[10]),
            Quantization = new QuantizationParams { NumberOfBits = 8, LinearQuantization = new LinearQuantizationParams() },
        };
        p.Weights.Quantization.LinearQuantization.Scale.Add(1f);
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p))).LayerName.ShouldBe("conv1");
    }

    [Fact]
    public void AWrongChannelCountIsAShapeError()
    {
        var kernel = KernelHarness.Build(Layer("conv1", l => l.Convolution = Conv()));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 4, 5, 5 } })).Message.ShouldContain("channels");
    }

    [Fact]
    public void AKernelLargerThanTheInputIsAShapeError()
    {
        var kernel = KernelHarness.Build(Layer("conv1", l => l.Convolution = Conv()));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 3, 2, 5 } })).Message.ShouldContain("'conv1'");
    }

    [Fact]
    public void AConvolutionWithoutPaddingTypeIsALoadError()
    {
        ConvolutionLayerParams p = Conv();
        p.ClearConvolutionPaddingType();
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p))).Message.ShouldContain("padding");
    }

    [Fact]
    public void AKernelSizeOfThreeValuesIsALoadError()
    {
        ConvolutionLayerParams p = Conv();
        p.KernelSize.Add(new ulong[] { 3, 3, 3 });
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p))).Message.ShouldContain("kernelSize");
    }

    [Fact]
    public void OutputChannelsThatDoNotSplitIntoGroupsAreALoadError()
    {
        ConvolutionLayerParams p = Conv();
        p.NGroups = 4;
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p))).Message.ShouldContain("nGroups");
    }

    [Fact]
    public void AWeightInputInRank5ModeIsALoadError()
    {
        ConvolutionLayerParams p = Conv();
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("conv1", l => l.Convolution = p, "x", "w"), nd: false)).LayerName.ShouldBe("conv1");
    }

    [Fact]
    public void PReluWithoutAlphaIsALoadError()
    {
        var p = new ActivationParams { PReLU = new ActivationPReLU() };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("prelu", l => l.Activation = p))).Message.ShouldContain("alpha");
    }

    [Fact]
    public void PReluWithTheWrongChannelCountIsAShapeError()
    {
        var p = new ActivationParams { PReLU = new ActivationPReLU { Alpha = Weights(new double[] { 0.1, 0.2 }) } };
        var kernel = KernelHarness.Build(Layer("prelu", l => l.Activation = p));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 3, 2, 2 } })).Message.ShouldContain("channels");
    }

    [Fact]
    public void PerChannelAlphaOnRank2IsAShapeError()
    {
        var p = new ActivationParams { PReLU = new ActivationPReLU { Alpha = Weights(new double[] { 0.1, 0.2 }) } };
        var kernel = KernelHarness.Build(Layer("prelu", l => l.Activation = p), nd: true);
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 2, 2 } })).Message.ShouldContain("rank 3");
    }

    [Fact]
    public void AnActivationWithoutTypeIsALoadError()
    {
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("act", l => l.Activation = new ActivationParams()))).LayerName.ShouldBe("act");
    }

    [Fact]
    public void AnUnknownUnaryFunctionIsALoadError()
    {
        var p = new UnaryFunctionLayerParams { Type = (UnaryFunctionLayerParams.Types.Operation)42 };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("unary", l => l.Unary = p))).LayerName.ShouldBe("unary");
    }

    [Fact]
    public void TruncatedBatchnormWeightsAreALoadError()
    {
        var p = new BatchnormLayerParams { Channels = 3, Gamma = Weights(new double[3]), Beta = Weights(new double[3]), Mean = Weights(new double[2]), Variance = Weights(new double[3]) };
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("bn", l => l.Batchnorm = p)));
        error.LayerName.ShouldBe("bn");
        error.Message.ShouldContain("mean");
    }

    [Fact]
    public void BatchnormWithTheWrongChannelCountIsAShapeError()
    {
        var p = new BatchnormLayerParams { Channels = 3, Gamma = Weights(new double[3]), Beta = Weights(new double[3]), Mean = Weights(new double[3]), Variance = Weights(new double[3]) };
        var kernel = KernelHarness.Build(Layer("bn", l => l.Batchnorm = p));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 4, 2, 2 } })).Message.ShouldContain("channels");
    }

    [Fact]
    public void ScaleWeightsThatDoNotMatchTheirShapeAreALoadError()
    {
        var p = new ScaleLayerParams { Scale = Weights(new double[5]) };
        p.ShapeScale.Add(new ulong[] { 2, 1, 3 });
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("scale", l => l.Scale = p))).Message.ShouldContain("scale");
    }

    [Fact]
    public void AScaleShapeOfTwoDimensionsIsALoadError()
    {
        var p = new ScaleLayerParams { Scale = Weights(new double[6]) };
        p.ShapeScale.Add(new ulong[] { 2, 3 });
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("scale", l => l.Scale = p))).Message.ShouldContain("[C, H, W]");
    }

    [Fact]
    public void APoolingLayerWithoutPaddingTypeIsALoadError()
    {
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(Layer("pool", l => l.Pooling = new PoolingLayerParams()))).LayerName.ShouldBe("pool");
    }

    [Fact]
    public void APoolingWindowLargerThanTheInputIsAShapeError()
    {
        var kernel = KernelHarness.Build(Layer("pool", l => l.Pooling = new PoolingLayerParams { Valid = new ValidPadding() }));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 1, 1, 1, 2, 2 } })).Message.ShouldContain("'pool'");
    }

    private static ConvolutionLayerParams Conv(int weights = 2 * 3 * 3 * 3)
    {
        var p = new ConvolutionLayerParams { OutputChannels = 2, KernelChannels = 3, Valid = new ValidPadding(), Weights = Weights(new double[weights]) };
        return p;
    }
}
