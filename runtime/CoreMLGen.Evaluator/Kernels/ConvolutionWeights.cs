using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// A convolution's weights [outputChannels, kernelChannels, kH, kW] as the right-hand operands of
/// <see cref="Convolution2D.Forward"/>'s matrix products: per group, B = Wᵀ [kernelChannels · kH · kW, outputs of the
/// group], packed once at load (or, for weights given as an input, re-packed per call into the same buffers).
/// </summary>
internal sealed class ConvolutionWeights
{
    private readonly PackedMatrix[] _groups;

    public ConvolutionWeights(int outputChannels, int kernelSize, int groups)
    {
        OutputsPerGroup = outputChannels / groups;
        KernelSize = kernelSize;
        _groups = new PackedMatrix[groups];
        for (int g = 0; g < groups; g++)
        {
            _groups[g] = new PackedMatrix(kernelSize, OutputsPerGroup);
        }
    }

    /// <summary>Values of one output channel's kernel: kernelChannels · kH · kW.</summary>
    public int KernelSize { get; }

    public int OutputsPerGroup { get; }

    public int Groups => _groups.Length;

    public PackedMatrix this[int group] => _groups[group];

    /// <summary>Packs <paramref name="weights"/> [outputChannels, kernelSize] into new buffers.</summary>
    public static ConvolutionWeights Pack(ReadOnlySpan<float> weights, int outputChannels, int kernelSize, int groups)
    {
        var packed = new ConvolutionWeights(outputChannels, kernelSize, groups);
        packed.Repack(weights);
        return packed;
    }

    /// <summary>Packs <paramref name="weights"/> [outputChannels, kernelSize] into this instance's buffers.</summary>
    public void Repack(ReadOnlySpan<float> weights)
    {
        int groupValues = OutputsPerGroup * KernelSize;
        for (int g = 0; g < _groups.Length; g++)
        {
            _groups[g].Pack(weights.Slice(g * groupValues, groupValues), rowStrideK: 1, columnStrideN: KernelSize);
        }
    }
}
