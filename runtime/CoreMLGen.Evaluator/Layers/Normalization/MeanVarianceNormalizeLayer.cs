using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Normalization;

/// <summary>
/// mvn: subtracts the mean (and with normalizeVariance divides by √(σ² + ε), the form coremltools relies on for
/// layer_norm) over each channel's H×W plane, or over each batch item's whole [C, H, W] block with acrossChannels.
/// </summary>
internal sealed class MeanVarianceNormalizeLayer : SameShapeLayer
{
    private readonly bool _acrossChannels;
    private readonly bool _normalizeVariance;
    private readonly double _epsilon;

    public MeanVarianceNormalizeLayer(NeuralNetworkLayer layer)
        : base(layer, minimumRank: 3)
    {
        MeanVarianceNormalizeLayerParams p = layer.Mvn;
        _acrossChannels = p.AcrossChannels;
        _normalizeVariance = p.NormalizeVariance;
        _epsilon = p.Epsilon == 0f ? 1e-6 : p.Epsilon;
    }

    protected override void Apply(Blob input, Blob output)
    {
        ChannelLayout layout = ChannelLayout.Of(input.Shape);
        int group = _acrossChannels ? layout.Channels * layout.Inner : layout.Inner;
        int groups = group == 0 ? 0 : input.Count / group;
        for (int i = 0; i < groups; i++)
        {
            (double mean, double variance) = GroupStatistics.Of(input.Span, i * group, 1, group, group);
            double scale = _normalizeVariance ? 1.0 / Math.Sqrt(variance + _epsilon) : 1.0;
            GroupStatistics.Affine(input.Span, output.Span, i * group, 1, group, group, (float)scale, (float)(-mean * scale));
        }
    }
}
