using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Convolution;

/// <summary>
/// Deconvolution (transposed convolution, isDeconvolution) over [.., C, H, W]: every input value spreads
/// w[ic, oc, kh, kw]·x over output (ih·stride + kh − cropTop, iw·stride + kw − cropLeft); weights
/// [Cin, Cout/groups, kH, kW]. Output size from valid/same padding or outputShape (see
/// <see cref="SpatialGeometry.PlanDeconvolution"/>). The math is
/// <see cref="Convolution2D.Transposed"/>.
/// </summary>
internal sealed class DeconvolutionLayer : LayerAdapter
{
    private readonly SpatialGeometry _geometry;
    private readonly int _inputChannels;
    private readonly int _outputChannels;
    private readonly int _groups;
    private readonly int[] _outputShape;
    private readonly float[] _weights;
    private readonly float[]? _bias;
    private float[] _columns = Array.Empty<float>();

    public DeconvolutionLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        ConvolutionLayerParams p = layer.Convolution;
        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs one input and one output (a deconvolution cannot take its weights as an input), it has " + InputNames.Count + " and " + OutputNames.Count + ".");
        }

        if (p.DilationFactor.Count == 2 && (p.DilationFactor[0] > 1 || p.DilationFactor[1] > 1))
        {
            throw LoadError("is a dilated deconvolution, which the managed evaluator does not support.");
        }

        if (p.OutputShape.Count != 0 && p.OutputShape.Count != 2)
        {
            throw LoadError("outputShape has " + p.OutputShape.Count + " values; it needs 2 ([H, W]) or none.");
        }

        _geometry = SpatialGeometry.ForConvolution(p, LoadError);
        _outputShape = p.OutputShape.Count == 2 ? new[] { Positive(p.OutputShape[0], "outputShape"), Positive(p.OutputShape[1], "outputShape") } : new[] { 0, 0 };
        _inputChannels = Positive(p.KernelChannels, "kernelChannels");
        _outputChannels = Positive(p.OutputChannels, "outputChannels");
        _groups = p.NGroups == 0 ? 1 : Positive(p.NGroups, "nGroups");
        if (_outputChannels % _groups != 0 || _inputChannels % _groups != 0)
        {
            throw LoadError("outputChannels (" + _outputChannels + ") and kernelChannels (" + _inputChannels + ") must both be multiples of nGroups (" + _groups + ").");
        }

        if (p.Weights?.Quantization?.LinearQuantization?.Scale.Count > 1)
        {
            throw LoadError("has per-channel linear quantization scales; which axis of a deconvolution's [Cin, Cout/groups, kH, kW] weights they follow is not documented.");
        }

        long weightCount = (long)_inputChannels * (_outputChannels / _groups) * _geometry.KernelHeight * _geometry.KernelWidth;
        _weights = WeightDecoder.Decode(p.Weights, weightCount, _inputChannels, Name, LayerType, "weights");
        _bias = p.HasBias ? WeightDecoder.Decode(p.Bias, _outputChannels, 1, Name, LayerType, "bias") : null;
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] x = inputShapes[0];
        if (x.Length < 3)
        {
            throw ShapeError("needs an input of rank 3 or more ([.., C, H, W]), got [" + ShapeMath.Format(x) + "].");
        }

        if (x[x.Length - 3] != _inputChannels)
        {
            throw ShapeError("the input has " + x[x.Length - 3] + " channels, but kernelChannels is " + _inputChannels + ".");
        }

        (SpatialGeometry.Axis h, SpatialGeometry.Axis w) = Plan(x[x.Length - 2], x[x.Length - 1]);
        int[] y = (int[])x.Clone();
        y[y.Length - 3] = _outputChannels;
        y[y.Length - 2] = h.Output;
        y[y.Length - 1] = w.Output;
        return new[] { y };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob input = inputs[0];
        int inH = input.Dim(-2), inW = input.Dim(-1);
        (SpatialGeometry.Axis h, SpatialGeometry.Axis w) = Plan(inH, inW);
        WindowAxis height = _geometry.Vertical(inH, h), width = _geometry.Horizontal(inW, w);
        int pixels = inH * inW;
        int batch = pixels == 0 ? 0 : input.Count / (_inputChannels * pixels);
        Convolution2D.Transposed(
            input.Span,
            _weights,
            _bias,
            outputs[0].Span,
            batch,
            _inputChannels,
            _outputChannels,
            _groups,
            height,
            width,
            Scratch.Ensure(ref _columns, Convolution2D.TransposedColumns(_outputChannels, _groups, height, width)));
    }

    private (SpatialGeometry.Axis Height, SpatialGeometry.Axis Width) Plan(int inH, int inW)
    {
        SpatialGeometry.Axis? h = _geometry.PlanDeconvolution(inH, _outputShape[0], vertical: true);
        SpatialGeometry.Axis? w = _geometry.PlanDeconvolution(inW, _outputShape[1], vertical: false);
        return h is null || w is null
            ? throw ShapeError("the padding crops away the whole output of a " + inH + " × " + inW + " input.")
            : (h.Value, w.Value);
    }

    private int Positive(ulong value, string what) =>
        value < 1 || value > int.MaxValue ? throw LoadError(what + " is " + value + "; it must be at least 1.") : (int)value;
}
