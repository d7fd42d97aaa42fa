using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Convolution;

/// <summary>
/// 2-D convolution over [.., C, H, W] (the leading axes are batch): grouped, strided, dilated, valid or same padding
/// with zeros, optional bias; weights [Cout, Cin/groups, kH, kW], stored or (spec 4, ND) as a second input. The math is
/// <see cref="Convolution2D.Forward"/>.
/// </summary>
internal sealed class ConvolutionLayer : LayerAdapter
{
    private readonly SpatialGeometry _geometry;
    private readonly int _outputChannels;
    private readonly int _kernelChannels;
    private readonly int _groups;
    private readonly ConvolutionWeights _weights;
    private readonly bool _weightInput;
    private readonly float[]? _bias;
    private float[] _columns = Array.Empty<float>();

    public ConvolutionLayer(NeuralNetworkLayer layer, LayerBuildContext context)
        : base(layer)
    {
        ConvolutionLayerParams p = layer.Convolution;
        bool weightInput = InputNames.Count == 2;
        if (InputNames.Count < 1 || InputNames.Count > 2 || OutputNames.Count != 1)
        {
            throw LoadError("needs one input (or two: data and weights) and one output, it has " + InputNames.Count + " and " + OutputNames.Count + ".");
        }

        _geometry = SpatialGeometry.ForConvolution(p, LoadError);
        _outputChannels = Channels(p.OutputChannels, "outputChannels");
        _kernelChannels = Channels(p.KernelChannels, "kernelChannels");
        _groups = p.NGroups == 0 ? 1 : Channels(p.NGroups, "nGroups");
        if (_outputChannels % _groups != 0)
        {
            throw LoadError("outputChannels (" + _outputChannels + ") is not a multiple of nGroups (" + _groups + ").");
        }

        _weightInput = weightInput;
        int kernelSize = _kernelChannels * _geometry.KernelHeight * _geometry.KernelWidth;
        if (weightInput)
        {
            if (!context.IsNd)
            {
                throw LoadError("takes its weights as a second input, which Core ML allows only with ND (not rank-5) blobs.");
            }

            if (p.HasBias || _geometry.DilationHeight > 1 || _geometry.DilationWidth > 1)
            {
                throw LoadError("takes its weights as a second input, which Core ML allows only without a stored bias and without dilation.");
            }

            // Packed again from the input on every call, into buffers allocated once.
            _weights = new ConvolutionWeights(_outputChannels, kernelSize, _groups);
            return;
        }

        long weightCount = (long)_outputChannels * kernelSize;
        _weights = ConvolutionWeights.Pack(WeightDecoder.Decode(p.Weights, weightCount, _outputChannels, Name, LayerType, "weights"), _outputChannels, kernelSize, _groups);
        _bias = p.HasBias ? WeightDecoder.Decode(p.Bias, _outputChannels, 1, Name, LayerType, "bias") : null;
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] x = inputShapes[0];
        if (x.Length < 3)
        {
            throw ShapeError("needs an input of rank 3 or more ([.., C, H, W]), got [" + ShapeMath.Format(x) + "].");
        }

        int channels = x[x.Length - 3];
        if (channels != _kernelChannels * _groups)
        {
            throw ShapeError("the input has " + channels + " channels, but kernelChannels × nGroups is " + (_kernelChannels * _groups) + ".");
        }

        if (inputShapes.Length == 2)
        {
            int[] expected = { _outputChannels, _kernelChannels, _geometry.KernelHeight, _geometry.KernelWidth };
            if (!ShapeMath.SameShape(inputShapes[1], expected))
            {
                throw ShapeError("the weight input has shape [" + ShapeMath.Format(inputShapes[1]) + "], it needs [" + ShapeMath.Format(expected) + "].");
            }
        }

        SpatialGeometry.Plan plan = _geometry.PlanFor(x[x.Length - 2], x[x.Length - 1])
            ?? throw ShapeError("the kernel (" + _geometry.ExtentHeight + " × " + _geometry.ExtentWidth + " with dilation) does not fit the padded input [" + ShapeMath.Format(x) + "].");
        int[] y = (int[])x.Clone();
        y[y.Length - 3] = _outputChannels;
        y[y.Length - 2] = plan.Height.Output;
        y[y.Length - 1] = plan.Width.Output;
        return new[] { y };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob input = inputs[0];
        Blob output = outputs[0];
        int inH = input.Dim(-2), inW = input.Dim(-1);
        SpatialGeometry.Plan plan = _geometry.PlanFor(inH, inW)!.Value;
        WindowAxis height = _geometry.Vertical(inH, plan.Height), width = _geometry.Horizontal(inW, plan.Width);
        int pixels = height.Output * width.Output;
        int batch = pixels == 0 ? 0 : output.Count / (_outputChannels * pixels); // from the output: an empty input plane may still be padded
        if (_weightInput)
        {
            _weights.Repack(inputs[1].Span);
        }

        Convolution2D.Forward(
            input.Span,
            _weights,
            _bias,
            output.Span,
            batch,
            _kernelChannels,
            _outputChannels,
            _groups,
            height,
            width,
            Scratch.Ensure(ref _columns, Convolution2D.ForwardColumns(_weights, height, width)));
    }

    private int Channels(ulong value, string what) =>
        value < 1 || value > int.MaxValue ? throw LoadError(what + " is " + value + "; it must be at least 1.") : (int)value;
}
