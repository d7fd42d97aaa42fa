using System.Linq;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// Convolutional networks shaped like the <c>masks</c> ML Program fixture (a mask estimator over spectrogram planes):
/// 3×3 convolution to 16 channels, ReLU, 3×3 convolution, ReLU, 1×1 convolution to 8 channels, sigmoid; "same"
/// padding, as NeuralNetworks with ND (exact array mapping) shapes [1, C, H, W].
/// </summary>
internal static class ConvNetworks
{
    /// <summary>At the fixture's size: 4 input planes (real and imaginary of 2 channels) of 65 bins × 43 frames.</summary>
    public static BenchmarkNetwork MasksShaped() => ConvStack("masks-shaped conv stack (4 → 16 → 16 → 8, 65 × 43)", 4, 65, 43, seed: 11);

    /// <summary>The same stack on 257 bins × 256 frames (a 512-point STFT, about 6 s of audio at 44.1 kHz, hop 1024).</summary>
    public static BenchmarkNetwork Large() => ConvStack("conv stack (4 → 16 → 16 → 8, 257 × 256)", 4, 257, 256, seed: 12);

    private static BenchmarkNetwork ConvStack(string name, int channels, int height, int width, uint seed)
    {
        var weights = new Weights(seed);
        var network = new NeuralNetwork { ArrayInputShapeMapping = NeuralNetworkMultiArrayShapeMapping.ExactArrayMapping };
        long multiplyAdds = 0;
        string blob = "planes";
        int size = channels;
        foreach ((int outputs, int kernel, bool relu) in new[] { (16, 3, true), (16, 3, true), (8, 1, false) })
        {
            string conv = "conv" + network.Layers.Count;
            var p = new ConvolutionLayerParams
            {
                OutputChannels = (ulong)outputs,
                KernelChannels = (ulong)size,
                NGroups = 1,
                KernelSize = { (ulong)kernel, (ulong)kernel },
                Stride = { 1, 1 },
                DilationFactor = { 1, 1 },
                Same = new SamePadding(),
                HasBias = true,
                Weights = weights.Next((long)outputs * size * kernel * kernel),
                Bias = weights.Next(outputs),
            };
            network.Layers.Add(Testing.Builders.Layers.Layer(conv, new[] { blob }, new[] { conv }, layer => layer.Convolution = p));
            multiplyAdds += (long)height * width * outputs * size * kernel * kernel;
            string activation = "act" + network.Layers.Count;
            var function = relu ? new ActivationParams { ReLU = new ActivationReLU() } : new ActivationParams { Sigmoid = new ActivationSigmoid() };
            network.Layers.Add(Testing.Builders.Layers.Layer(activation, new[] { conv }, new[] { activation }, layer => layer.Activation = function));
            blob = activation;
            size = outputs;
        }

        var model = new Model { SpecificationVersion = 4, NeuralNetwork = network, Description = new ModelDescription() };
        int[] inputShape = { 1, channels, height, width };
        model.Description.Input.Add(new FeatureDescription { Name = "planes", Type = FeatureTypes.MultiArray(ArrayFeatureType.Types.ArrayDataType.Float32, inputShape.Select(d => (long)d).ToArray()) });
        model.Description.Output.Add(new FeatureDescription { Name = blob, Type = FeatureTypes.MultiArray(ArrayFeatureType.Types.ArrayDataType.Float32, 1, size, height, width) });
        return new BenchmarkNetwork(name, model, "planes", inputShape, blob, multiplyAdds);
    }
}
