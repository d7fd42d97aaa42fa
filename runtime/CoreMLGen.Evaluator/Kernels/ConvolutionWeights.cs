using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// A convolution's weights [outputChannels, kernelChannels, kH, kW] for <see cref="Convolution2D.Forward"/>: as stored,
/// and, where a group has enough outputs for the GEMM kernel to pay (<see cref="UsesProducts"/>), per group as the
/// right-hand operand B = Wᵀ [kernelChannels · kH · kW, outputs of the group], packed once at load (or, for weights
/// given as an input, again per call into the same buffers).
/// </summary>
internal sealed class ConvolutionWeights
{
    // Below this many outputs per group (depthwise convolutions have 1) most of a 16-wide packed panel would be
    // padding: such groups multiply-add their unrolled windows row by row instead.
    private const int MinimumProductWidth = 4;

    private readonly PackedMatrix[] _groups;

    public ConvolutionWeights(int outputChannels, int kernelSize, int groups)
    {
        OutputsPerGroup = outputChannels / groups;
        KernelSize = kernelSize;
        Values = new float[outputChannels * kernelSize];
        _groups = new PackedMatrix[UsesProducts ? groups : 0];
        for (int g = 0; g < _groups.Length; g++)
        {
            _groups[g] = new PackedMatrix(kernelSize, OutputsPerGroup);
        }
    }

    /// <summary>Values of one output channel's kernel: kernelChannels · kH · kW.</summary>
    public int KernelSize { get; }

    public int OutputsPerGroup { get; }

    /// <summary>Whether each group is one matrix product against <see cref="this[int]"/> (else row-by-row multiply-adds).</summary>
    public bool UsesProducts => OutputsPerGroup >= MinimumProductWidth;

    /// <summary>The weights as stored, [outputChannels, KernelSize].</summary>
    public float[] Values { get; }

    /// <summary>The packed B of group <paramref name="group"/> (only when <see cref="UsesProducts"/>).</summary>
    public PackedMatrix this[int group] => _groups[group];

    /// <summary>Takes <paramref name="weights"/> [outputChannels, kernelSize] into new buffers.</summary>
    public static ConvolutionWeights Pack(ReadOnlySpan<float> weights, int outputChannels, int kernelSize, int groups)
    {
        var packed = new ConvolutionWeights(outputChannels, kernelSize, groups);
        packed.Repack(weights);
        return packed;
    }

    /// <summary>Takes <paramref name="weights"/> [outputChannels, kernelSize] into this instance's buffers.</summary>
    public void Repack(ReadOnlySpan<float> weights)
    {
        weights.Slice(0, Values.Length).CopyTo(Values);
        int groupValues = OutputsPerGroup * KernelSize;
        for (int g = 0; g < _groups.Length; g++)
        {
            _groups[g].Pack(Values.AsSpan(g * groupValues, groupValues), rowStrideK: 1, columnStrideN: KernelSize);
        }
    }
}
