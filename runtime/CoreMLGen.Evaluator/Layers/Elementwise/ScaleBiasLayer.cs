using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Elementwise;

/// <summary>The scale layer (y = x·scale [+ bias]) and the bias layer (y = x + bias), constants broadcast over [.., C, H, W].</summary>
internal sealed class ScaleBiasLayer : SameShapeLayer
{
    private readonly ShapedConstant? _scale;
    private readonly ShapedConstant? _bias;

    private ScaleBiasLayer(NeuralNetworkLayer layer, bool isScale)
        : base(layer, minimumRank: 3)
    {
        if (isScale)
        {
            ScaleLayerParams p = layer.Scale;
            _scale = ShapedConstant.Decode(p.ShapeScale, p.Scale, Name, LayerType, "scale");
            _bias = p.HasBias ? ShapedConstant.Decode(p.ShapeBias, p.Bias, Name, LayerType, "bias") : null;
        }
        else
        {
            _bias = ShapedConstant.Decode(layer.Bias.Shape, layer.Bias.Bias, Name, LayerType, "bias");
        }
    }

    public static ScaleBiasLayer Scale(NeuralNetworkLayer layer) => new(layer, isScale: true);

    public static ScaleBiasLayer Bias(NeuralNetworkLayer layer) => new(layer, isScale: false);

    protected override void CheckShape(int[] shape)
    {
        Check(_scale, shape, "scale");
        Check(_bias, shape, "bias");
    }

    protected override void Apply(Blob input, Blob output)
    {
        int[] shape = input.Shape;
        if (_scale is null)
        {
            BroadcastArithmetic.Apply(BinaryOperation.Add, input.Span, shape, _bias!.Values, _bias.BroadcastShape, output.Span, shape);
            return;
        }

        BroadcastArithmetic.Apply(BinaryOperation.Multiply, input.Span, shape, _scale.Values, _scale.BroadcastShape, output.Span, shape);
        if (_bias is not null)
        {
            BroadcastArithmetic.Apply(BinaryOperation.Add, output.Span, shape, _bias.Values, _bias.BroadcastShape, output.Span, shape);
        }
    }

    private void Check(ShapedConstant? constant, int[] shape, string weightName)
    {
        if (constant is null)
        {
            return;
        }

        int[]? broadcast = BroadcastArithmetic.BroadcastShape(shape, constant.BroadcastShape);
        if (broadcast is null || !ShapeMath.SameShape(broadcast, shape))
        {
            throw ShapeError("'" + weightName + "' of shape [" + ShapeMath.Format(constant.BroadcastShape) + "] does not fit the input [" + ShapeMath.Format(shape) + "].");
        }
    }
}
