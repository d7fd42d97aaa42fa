using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Kernels.Elementwise;

/// <summary>
/// The unary layer: x ← scale·x + shift, then SQRT, RSQRT (1/√(x+ε)), INVERSE (1/(x+ε)), POWER (x^α), EXP, LOG, ABS or
/// THRESHOLD (max(α, x)). scale 0 means 1 and ε 0 means 1e-6, as the spec says.
/// </summary>
internal sealed class UnaryFunctionKernel : SameShapeKernel
{
    private readonly UnaryFunctionLayerParams.Types.Operation _operation;
    private readonly float _alpha;
    private readonly float _epsilon;
    private readonly float _shift;
    private readonly float _scale;

    public UnaryFunctionKernel(NeuralNetworkLayer layer)
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
        ReadOnlySpan<float> x = input.Span;
        Span<float> y = output.Span;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Evaluate(_scale * x[i] + _shift);
        }
    }

    private float Evaluate(float v) => _operation switch
    {
        UnaryFunctionLayerParams.Types.Operation.Sqrt => MathF.Sqrt(v),
        UnaryFunctionLayerParams.Types.Operation.Rsqrt => 1f / MathF.Sqrt(v + _epsilon),
        UnaryFunctionLayerParams.Types.Operation.Inverse => 1f / (v + _epsilon),
        UnaryFunctionLayerParams.Types.Operation.Power => MathF.Pow(v, _alpha),
        UnaryFunctionLayerParams.Types.Operation.Exp => MathF.Exp(v),
        UnaryFunctionLayerParams.Types.Operation.Log => MathF.Log(v),
        UnaryFunctionLayerParams.Types.Operation.Abs => MathF.Abs(v),
        _ => v < _alpha ? _alpha : v, // THRESHOLD; NaN stays NaN
    };
}
