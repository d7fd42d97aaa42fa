using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Normalization;

/// <summary>
/// batchnorm along axis -3: y = γ(x − μ)/√(σ² + ε) + β per channel, with the stored mean and variance or, when
/// computeMeanVar is set, statistics of the input itself (per instance and channel with instanceNormalization, else
/// per channel over the whole batch). ε 0 means 1e-5.
/// </summary>
internal sealed class BatchnormLayer : SameShapeLayer
{
    private readonly int _channels;
    private readonly float[] _gamma;
    private readonly float[] _beta;
    private readonly double _epsilon;
    private readonly bool _computeMeanVar;
    private readonly bool _instance;
    private readonly float[] _scale; // γ/√(σ²+ε) for stored statistics
    private readonly float[] _shift; // β − μ·scale

    public BatchnormLayer(NeuralNetworkLayer layer)
        : base(layer, minimumRank: 3)
    {
        BatchnormLayerParams p = layer.Batchnorm;
        if (p.Channels < 1 || p.Channels > int.MaxValue)
        {
            throw LoadError("channels is " + p.Channels + "; it must be at least 1.");
        }

        _channels = (int)p.Channels;
        _epsilon = p.Epsilon == 0f ? 1e-5 : p.Epsilon;
        _computeMeanVar = p.ComputeMeanVar;
        _instance = p.InstanceNormalization;
        _gamma = WeightDecoder.Decode(p.Gamma, _channels, 1, Name, LayerType, "gamma");
        _beta = WeightDecoder.Decode(p.Beta, _channels, 1, Name, LayerType, "beta");
        _scale = new float[_channels];
        _shift = new float[_channels];
        if (_computeMeanVar)
        {
            return;
        }

        float[] mean = WeightDecoder.Decode(p.Mean, _channels, 1, Name, LayerType, "mean");
        float[] variance = WeightDecoder.Decode(p.Variance, _channels, 1, Name, LayerType, "variance");
        for (int c = 0; c < _channels; c++)
        {
            double scale = _gamma[c] / Math.Sqrt(variance[c] + _epsilon);
            _scale[c] = (float)scale;
            _shift[c] = (float)(_beta[c] - mean[c] * scale);
        }
    }

    protected override void CheckShape(int[] shape)
    {
        if (shape[shape.Length - 3] != _channels)
        {
            throw ShapeError("the input has " + shape[shape.Length - 3] + " channels (axis -3 of [" + ShapeMath.Format(shape) + "]), the layer " + _channels + ".");
        }
    }

    protected override void Apply(Blob input, Blob output)
    {
        ChannelLayout layout = ChannelLayout.Of(input.Shape);
        ReadOnlySpan<float> x = input.Span;
        Span<float> y = output.Span;
        int block = layout.Channels * layout.Inner;
        for (int c = 0; c < _channels; c++)
        {
            if (!_computeMeanVar)
            {
                GroupStatistics.Affine(x, y, c * layout.Inner, layout.Outer, block, layout.Inner, _scale[c], _shift[c]);
            }
            else if (_instance)
            {
                for (int o = 0; o < layout.Outer; o++)
                {
                    Normalize(x, y, o * block + c * layout.Inner, 1, block, layout.Inner, c);
                }
            }
            else
            {
                Normalize(x, y, c * layout.Inner, layout.Outer, block, layout.Inner, c);
            }
        }
    }

    private void Normalize(ReadOnlySpan<float> x, Span<float> y, int start, int runs, int stride, int runLength, int channel)
    {
        (double mean, double variance) = GroupStatistics.Of(x, start, runs, stride, runLength);
        double scale = _gamma[channel] / Math.Sqrt(variance + _epsilon);
        GroupStatistics.Affine(x, y, start, runs, stride, runLength, (float)scale, (float)(_beta[channel] - mean * scale));
    }
}
