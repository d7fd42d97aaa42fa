using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
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
        int planes = inH * inW == 0 ? 0 : input.Count / (inH * inW);
        PoolingKind kind = _type switch
        {
            PoolingLayerParams.Types.PoolingType.Max => PoolingKind.Max,
            PoolingLayerParams.Types.PoolingType.L2 => PoolingKind.L2,
            _ => PoolingKind.Average,
        };
        Pooling2D.Apply(input.Span, output.Span, planes, Window(inH, inW, vertical: true), Window(inH, inW, vertical: false), kind, _excludePadding);
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

    private WindowAxis Window(int inH, int inW, bool vertical)
    {
        int input = vertical ? inH : inW;
        if (_geometry is null)
        {
            return new WindowAxis(input, 1, input, 1, 1, 0, 0);
        }

        SpatialGeometry.Plan plan = _geometry.PlanFor(inH, inW)!.Value;
        return vertical ? _geometry.Vertical(inH, plan.Height) : _geometry.Horizontal(inW, plan.Width);
    }
}
