using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Normalization;

/// <summary>l2normalize: each batch item's [C, H, W] block divided by √(Σx² + ε); ε 0 means 1e-6.</summary>
internal sealed class L2NormalizeLayer : SameShapeLayer
{
    private readonly double _epsilon;

    public L2NormalizeLayer(NeuralNetworkLayer layer)
        : base(layer, minimumRank: 3) => _epsilon = layer.L2Normalize.Epsilon == 0f ? 1e-6 : layer.L2Normalize.Epsilon;

    protected override void Apply(Blob input, Blob output)
    {
        ChannelLayout layout = ChannelLayout.Of(input.Shape);
        int block = layout.Channels * layout.Inner;
        for (int o = 0; o < layout.Outer; o++)
        {
            GroupStatistics.L2Normalize(input.Span.Slice(o * block, block), output.Span.Slice(o * block, block), _epsilon);
        }
    }
}
