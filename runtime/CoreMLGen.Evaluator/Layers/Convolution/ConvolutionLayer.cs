using System;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Convolution;

/// <summary>
/// 2-D convolution over [.., C, H, W] (the leading axes are batch): grouped, strided, dilated, valid or same padding
/// with zeros, optional bias; weights [Cout, Cin/groups, kH, kW], stored or (spec 4, ND) as a second input. Each
/// batch item and group is unrolled into columns (im2col) and every output channel is a sum of scaled column rows.
/// </summary>
internal sealed class ConvolutionLayer : LayerAdapter
{
    private readonly SpatialGeometry _geometry;
    private readonly int _outputChannels;
    private readonly int _kernelChannels;
    private readonly int _groups;
    private readonly float[]? _weights;
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

            return;
        }

        long weightCount = (long)_outputChannels * _kernelChannels * _geometry.KernelHeight * _geometry.KernelWidth;
        _weights = WeightDecoder.Decode(p.Weights, weightCount, _outputChannels, Name, LayerType, "weights");
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
        ReadOnlySpan<float> weights = _weights ?? inputs[1].Span;
        int inH = input.Dim(-2), inW = input.Dim(-1);
        int outH = output.Dim(-2), outW = output.Dim(-1);
        SpatialGeometry.Plan plan = _geometry.PlanFor(inH, inW)!.Value;
        int pixels = outH * outW;
        int kernelSize = _kernelChannels * _geometry.KernelHeight * _geometry.KernelWidth;
        int batch = pixels == 0 ? 0 : output.Count / (_outputChannels * pixels); // from the output: an empty input plane may still be padded
        int outputsPerGroup = _outputChannels / _groups;
        Span<float> columns = Scratch.Ensure(ref _columns, kernelSize * pixels).AsSpan(0, kernelSize * pixels);

        for (int n = 0; n < batch; n++)
        {
            for (int g = 0; g < _groups; g++)
            {
                int inputOffset = ((n * _groups) + g) * _kernelChannels * inH * inW;
                Unroll(input.Span.Slice(inputOffset, _kernelChannels * inH * inW), inH, inW, plan, outW, pixels, columns);
                for (int k = 0; k < outputsPerGroup; k++)
                {
                    int oc = g * outputsPerGroup + k;
                    Span<float> row = output.Span.Slice(((n * _outputChannels) + oc) * pixels, pixels);
                    row.Fill(_bias is null ? 0f : _bias[oc]);
                    ReadOnlySpan<float> w = weights.Slice(oc * kernelSize, kernelSize);
                    for (int c = 0; c < kernelSize; c++)
                    {
                        TensorPrimitives.MultiplyAdd(columns.Slice(c * pixels, pixels), w[c], row, row);
                    }
                }
            }
        }
    }

    // im2col: row (c, i, j) holds, for every output pixel, the input value under kernel tap (i, j) of channel c (0 in the padding).
    private void Unroll(ReadOnlySpan<float> x, int inH, int inW, SpatialGeometry.Plan plan, int outW, int pixels, Span<float> columns)
    {
        SpatialGeometry g = _geometry;
        int outH = pixels / outW;
        int row = 0;
        for (int c = 0; c < _kernelChannels; c++)
        {
            ReadOnlySpan<float> plane = x.Slice(c * inH * inW, inH * inW);
            for (int i = 0; i < g.KernelHeight; i++)
            {
                for (int j = 0; j < g.KernelWidth; j++, row++)
                {
                    Span<float> column = columns.Slice(row * pixels, pixels);
                    for (int oh = 0; oh < outH; oh++)
                    {
                        int ih = oh * g.StrideHeight - plan.Height.PadBefore + i * g.DilationHeight;
                        Span<float> line = column.Slice(oh * outW, outW);
                        if ((uint)ih >= (uint)inH)
                        {
                            line.Clear();
                            continue;
                        }

                        ReadOnlySpan<float> source = plane.Slice(ih * inW, inW);
                        for (int ow = 0; ow < outW; ow++)
                        {
                            int iw = ow * g.StrideWidth - plan.Width.PadBefore + j * g.DilationWidth;
                            line[ow] = (uint)iw < (uint)inW ? source[iw] : 0f;
                        }
                    }
                }
            }
        }
    }

    private int Channels(ulong value, string what) =>
        value < 1 || value > int.MaxValue ? throw LoadError(what + " is " + value + "; it must be at least 1.") : (int)value;
}
