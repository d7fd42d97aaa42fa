using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// The activations a recurrent layer may use, with the FIXED constants the spec documents (coreml-format-notes §2.5):
/// converters write these messages empty, so stored alpha/beta values are ignored.
/// </summary>
internal enum RecurrentActivationKind
{
    Sigmoid,
    Tanh,
    Linear,
    Relu,
    ScaledTanh,
    HardSigmoid,
}

internal static class RecurrentActivation
{
    private const float ScaledTanhAlpha = 1.7159f;
    private const float ScaledTanhBeta = 2f / 3f;
    private const float HardSigmoidAlpha = 0.2f;
    private const float HardSigmoidBeta = 0.5f;

    /// <summary>Applies the activation in place (vectorized, no allocation).</summary>
    public static void Apply(RecurrentActivationKind kind, Span<float> values)
    {
        switch (kind)
        {
            case RecurrentActivationKind.Sigmoid:
                TensorPrimitives.Sigmoid(values, values);
                break;
            case RecurrentActivationKind.Tanh:
                TensorPrimitives.Tanh(values, values);
                break;
            case RecurrentActivationKind.Linear:
                break;
            case RecurrentActivationKind.Relu:
                TensorPrimitives.Max(values, 0f, values);
                break;
            case RecurrentActivationKind.ScaledTanh:
                TensorPrimitives.Multiply(values, ScaledTanhBeta, values);
                TensorPrimitives.Tanh(values, values);
                TensorPrimitives.Multiply(values, ScaledTanhAlpha, values);
                break;
            case RecurrentActivationKind.HardSigmoid:
                TensorPrimitives.Multiply(values, HardSigmoidAlpha, values);
                TensorPrimitives.Add(values, HardSigmoidBeta, values);
                TensorPrimitives.Max(values, 0f, values);
                TensorPrimitives.Min(values, 1f, values);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>
    /// Clamps gate pre-activations to ±50 and applies the activation, as the spec's recurrent formulas do. The clamp
    /// only changes unbounded activations (linear, ReLU): the others are flat to well below float precision beyond
    /// ±50 (sigmoid(−50) ≈ 2e−22), so it is skipped for them.
    /// </summary>
    public static void ClipAndApply(RecurrentActivationKind kind, Span<float> values)
    {
        if (kind is RecurrentActivationKind.Linear or RecurrentActivationKind.Relu)
        {
            TensorPrimitives.Max(values, -50f, values);
            TensorPrimitives.Min(values, 50f, values);
        }

        Apply(kind, values);
    }
}
