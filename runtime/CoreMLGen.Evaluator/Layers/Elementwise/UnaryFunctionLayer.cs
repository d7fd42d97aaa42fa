using System;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Elementwise;

/// <summary>
/// The unary layer: x ← scale·x + shift, then SQRT, RSQRT (1/√(x+ε)), INVERSE (1/(x+ε)), POWER (x^α), EXP, LOG, ABS or
/// THRESHOLD (max(α, x)). scale 0 means 1 and ε 0 means 1e-6, as the spec says.
/// </summary>
internal sealed class UnaryFunctionLayer : SameShapeLayer
{
    private readonly UnaryFunctionLayerParams.Types.Operation _operation;
    private readonly float _alpha;
    private readonly float _epsilon;
    private readonly float _shift;
    private readonly float _scale;

    public UnaryFunctionLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        UnaryFunctionLayerParams p = layer.Unary;
        _operation = p.Type;
        if (!Enum.IsDefined(_operation))
        {
            throw LoadError("has unary function type " + (int)_operation + ", which Core ML does not define.");
        }

        _alpha = p.Alpha;
        _epsilon = p.Epsilon == 0f ? 1e-6f : p.Epsilon;
        _shift = p.Shift;
        _scale = p.Scale == 0f ? 1f : p.Scale;
    }

    protected override void Apply(Blob input, Blob output)
    {
        Span<float> y = output.Span;
        TensorPrimitives.Multiply(input.Span, _scale, y);
        TensorPrimitives.Add(y, _shift, y);
        switch (_operation)
        {
            case UnaryFunctionLayerParams.Types.Operation.Sqrt:
                TensorPrimitives.Sqrt(y, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Rsqrt:
                TensorPrimitives.Add(y, _epsilon, y);
                TensorPrimitives.ReciprocalSqrt(y, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Inverse:
                TensorPrimitives.Add(y, _epsilon, y);
                TensorPrimitives.Reciprocal(y, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Power:
                TensorPrimitives.Pow(y, _alpha, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Exp:
                TensorPrimitives.Exp(y, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Log:
                TensorPrimitives.Log(y, y);
                break;
            case UnaryFunctionLayerParams.Types.Operation.Abs:
                TensorPrimitives.Abs(y, y);
                break;
            default: // THRESHOLD: max(alpha, x); NaN stays NaN
                TensorPrimitives.Max(y, _alpha, y);
                break;
        }
    }
}
