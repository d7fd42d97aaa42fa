using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Pooling;

/// <summary>
/// 2-D pooling over [.., C, H, W]: MAX, AVERAGE or L2 (√Σx²) windows with valid, same or includeLastPixel padding,
/// or global pooling over the whole plane. Padding never wins a max; an average counts it in the denominator unless
/// avgPoolExcludePadding is set (positions past the padded border, possible with includeLastPixel, never count).
/// </summary>
internal sealed class PoolingLayer : SameShapeLayer
{
    private readonly PoolingLayerParams.Types.PoolingType _type;
    private readonly SpatialGeometry? _geometry; // null for global pooling, whose kernel and stride are ignored (often [0, 0])
    private readonly bool _excludePadding;

    public PoolingLayer(NeuralNetworkLayer layer)
        : base(layer, minimumRank: 3)
    {
        PoolingLayerParams p = layer.Pooling;
        _type = p.Type;
        if (!Enum.IsDefined(_type))
        {
            throw LoadError("has pooling type " + (int)_type + ", which Core ML does not define.");
        }

        _excludePadding = p.AvgPoolExcludePadding;
        _geometry = p.GlobalPooling ? null : SpatialGeometry.ForPooling(p, LoadError);
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] y = base.InferOutputShapes(inputShapes)[0];
        (int outH, int outW) = OutputSize(y[y.Length - 2], y[y.Length - 1]);
        y[y.Length - 2] = outH;
        y[y.Length - 1] = outW;
        return new[] { y };
    }

    protected override void Apply(Blob input, Blob output)
    {
        int inH = input.Dim(-2), inW = input.Dim(-1);
        int outH = output.Dim(-2), outW = output.Dim(-1);
        int planes = inH * inW == 0 ? 0 : input.Count / (inH * inW);
        Window rows = Windows(inH, inW, vertical: true);
        Window columns = Windows(inH, inW, vertical: false);
        ReadOnlySpan<float> x = input.Span;
        Span<float> y = output.Span;
        for (int plane = 0; plane < planes; plane++)
        {
            ReadOnlySpan<float> source = x.Slice(plane * inH * inW, inH * inW);
            Span<float> target = y.Slice(plane * outH * outW, outH * outW);
            for (int oh = 0; oh < outH; oh++)
            {
                rows.Range(oh, out int h0, out int h1, out int hPadded);
                for (int ow = 0; ow < outW; ow++)
                {
                    columns.Range(ow, out int w0, out int w1, out int wPadded);
                    target[oh * outW + ow] = Pool(source, inW, h0, h1, w0, w1, hPadded * wPadded);
                }
            }
        }
    }

    private float Pool(ReadOnlySpan<float> source, int width, int h0, int h1, int w0, int w1, int paddedCount)
    {
        int count = (h1 - h0) * (w1 - w0);
        if (count <= 0)
        {
            return 0f;
        }

        if (_type == PoolingLayerParams.Types.PoolingType.Max)
        {
            float max = float.NegativeInfinity;
            for (int h = h0; h < h1; h++)
            {
                for (int w = w0; w < w1; w++)
                {
                    float v = source[h * width + w];
                    if (v > max || float.IsNaN(v))
                    {
                        max = v;
                        if (float.IsNaN(v))
                        {
                            return v;
                        }
                    }
                }
            }

            return max;
        }

        bool squares = _type == PoolingLayerParams.Types.PoolingType.L2;
        double sum = 0;
        for (int h = h0; h < h1; h++)
        {
            for (int w = w0; w < w1; w++)
            {
                double v = source[h * width + w];
                sum += squares ? v * v : v;
            }
        }

        return squares ? (float)Math.Sqrt(sum) : (float)(sum / (_excludePadding ? count : paddedCount));
    }

    private (int Height, int Width) OutputSize(int inH, int inW)
    {
        if (_geometry is null)
        {
            return (1, 1);
        }

        SpatialGeometry.Plan plan = _geometry.PlanFor(inH, inW)
            ?? throw ShapeError("the " + _geometry.KernelHeight + " × " + _geometry.KernelWidth + " window does not fit the padded " + inH + " × " + inW + " input (or, with includeLastPixel, a window would lie wholly outside it).");
        return (plan.Height.Output, plan.Width.Output);
    }

    private Window Windows(int inH, int inW, bool vertical)
    {
        int input = vertical ? inH : inW;
        if (_geometry is null)
        {
            return new Window(input, input, 1, 0, 0);
        }

        SpatialGeometry.Plan plan = _geometry.PlanFor(inH, inW)!.Value;
        SpatialGeometry.Axis axis = vertical ? plan.Height : plan.Width;
        return new Window(input, vertical ? _geometry.KernelHeight : _geometry.KernelWidth, vertical ? _geometry.StrideHeight : _geometry.StrideWidth, axis.PadBefore, axis.PadAfter);
    }

    /// <summary>The windows along one axis: where each starts and how much of it is input or padding.</summary>
    private readonly record struct Window(int Input, int Kernel, int Stride, int PadBefore, int PadAfter)
    {
        /// <summary>The input range [start, end) under window <paramref name="index"/>, and its length within the padded input.</summary>
        public void Range(int index, out int start, out int end, out int padded)
        {
            int first = index * Stride - PadBefore;
            int last = first + Kernel;
            start = Math.Max(first, 0);
            end = Math.Min(last, Input);
            padded = Math.Min(last, Input + PadAfter) - Math.Max(first, -PadBefore);
        }
    }
}
