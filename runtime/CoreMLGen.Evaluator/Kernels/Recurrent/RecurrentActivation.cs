using System;
using System.Numerics.Tensors;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Kernels.Recurrent;

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

    /// <summary>The kind, or null when the activation is not one recurrent layers allow.</summary>
    public static RecurrentActivationKind? Parse(ActivationParams? activation) => activation?.NonlinearityTypeCase switch
    {
        ActivationParams.NonlinearityTypeOneofCase.Sigmoid => RecurrentActivationKind.Sigmoid,
        ActivationParams.NonlinearityTypeOneofCase.Tanh => RecurrentActivationKind.Tanh,
        ActivationParams.NonlinearityTypeOneofCase.Linear => RecurrentActivationKind.Linear,
        ActivationParams.NonlinearityTypeOneofCase.ReLU => RecurrentActivationKind.Relu,
        ActivationParams.NonlinearityTypeOneofCase.ScaledTanh => RecurrentActivationKind.ScaledTanh,
        ActivationParams.NonlinearityTypeOneofCase.SigmoidHard => RecurrentActivationKind.HardSigmoid,
        _ => null,
    };

    /// <summary>A readable name for messages.</summary>
    public static string Describe(ActivationParams? activation) =>
        activation is null || activation.NonlinearityTypeCase == ActivationParams.NonlinearityTypeOneofCase.None
            ? "none"
            : activation.NonlinearityTypeCase.ToString();

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

    /// <summary>Clamps gate pre-activations to ±50, as the spec's recurrent formulas do.</summary>
    public static void ClipGate(Span<float> values)
    {
        TensorPrimitives.Max(values, -50f, values);
        TensorPrimitives.Min(values, 50f, values);
    }
}
