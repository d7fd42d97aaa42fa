using System;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Element-wise activation functions over spans (y may be x). NaN inputs give
/// NaN outputs: comparisons are written so NaN falls through to the formula. Per-channel forms (PReLU, parametric
/// softplus) are the same functions called once per channel run with that channel's parameters.
/// </summary>
internal static class Activations
{
    /// <summary>y = alpha · x + beta.</summary>
    public static void Linear(ReadOnlySpan<float> x, Span<float> y, float alpha, float beta)
    {
        TensorPrimitives.Multiply(x, alpha, y);
        TensorPrimitives.Add(y, beta, y);
    }

    /// <summary>y = max(x, 0).</summary>
    public static void Relu(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v < 0f ? 0f : v;
        }
    }

    /// <summary>y = x for x ≥ 0, alpha · x otherwise (PReLU with one alpha).</summary>
    public static void LeakyRelu(ReadOnlySpan<float> x, Span<float> y, float alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v >= 0f ? v : alpha * v;
        }
    }

    /// <summary>y = x for x ≥ alpha, 0 otherwise.</summary>
    public static void ThresholdedRelu(ReadOnlySpan<float> x, Span<float> y, float alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v < alpha ? 0f : v;
        }
    }

    public static void Tanh(ReadOnlySpan<float> x, Span<float> y) => TensorPrimitives.Tanh(x, y);

    /// <summary>y = alpha · tanh(beta · x).</summary>
    public static void ScaledTanh(ReadOnlySpan<float> x, Span<float> y, float alpha, float beta)
    {
        TensorPrimitives.Multiply(x, beta, y);
        TensorPrimitives.Tanh(y, y);
        TensorPrimitives.Multiply(y, alpha, y);
    }

    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> y) => TensorPrimitives.Sigmoid(x, y);

    /// <summary>y = clamp(alpha · x + beta, 0, 1).</summary>
    public static void HardSigmoid(ReadOnlySpan<float> x, Span<float> y, float alpha, float beta)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float t = alpha * x[i] + beta;
            y[i] = t < 0f ? 0f : t > 1f ? 1f : t;
        }
    }

    /// <summary>y = x for x ≥ 0, alpha · (eˣ − 1) otherwise.</summary>
    public static void Elu(ReadOnlySpan<float> x, Span<float> y, float alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v >= 0f ? v : (float)(alpha * (Math.Exp(v) - 1.0));
        }
    }

    /// <summary>y = x / (1 + |x|).</summary>
    public static void Softsign(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v / (1f + Math.Abs(v));
        }
    }

    /// <summary>
    /// y = alpha · log(1 + e^(beta · x)) (plain softplus with alpha = beta = 1), in double precision and the
    /// overflow-free form max(t, 0) + log(1 + e^−|t|).
    /// </summary>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> y, float alpha, float beta)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double t = (double)beta * x[i];
            y[i] = (float)(alpha * (Math.Max(t, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(t)))));
        }
    }
}
