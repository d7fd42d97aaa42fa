using System;
using System.Numerics;
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

    /// <summary>
    /// GELU, exact form: y = x·Φ(x) = ½x(1 + erf(x/√2)), with erf from Abramowitz and Stegun 7.1.26 (absolute error
    /// under 1.5e-7): for a = |x|/√2, 1 − erf(a) = q = t(a₁ + t(a₂ + t(a₃ + t(a₄ + t·a₅))))·e^(−a²) with
    /// t = 1/(1 + p·a), so y = x − ½x·q for x ≥ 0 and ½x·q below. Where a &gt; 9, q is below float precision and
    /// y = x·step(x) (so ±∞ give what x·Φ(x) gives). Blocks of e^(−x²/2) come from TensorPrimitives, the rest is
    /// <see cref="Vector{T}"/> arithmetic.
    /// </summary>
    public static void GeluExact(ReadOnlySpan<float> x, Span<float> y)
    {
        const int Block = 256;
        Span<float> exponentials = stackalloc float[Block];
        for (int start = 0; start < x.Length; start += Block)
        {
            ReadOnlySpan<float> xs = x.Slice(start, Math.Min(Block, x.Length - start));
            Span<float> ys = y.Slice(start, xs.Length), e = exponentials.Slice(0, xs.Length);
            TensorPrimitives.Multiply(xs, xs, e);
            TensorPrimitives.Multiply(e, -0.5f, e);
            TensorPrimitives.Exp(e, e);
            int i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; i + Vector<float>.Count <= xs.Length; i += Vector<float>.Count)
                {
                    GeluErf.Apply(new Vector<float>(xs.Slice(i)), new Vector<float>(e.Slice(i))).CopyTo(ys.Slice(i));
                }
            }

            for (; i < xs.Length; i++)
            {
                ys[i] = GeluErf.Apply(xs[i], e[i]);
            }
        }
    }

    // Abramowitz and Stegun 7.1.26.
    private static class GeluErf
    {
        // y from x and e^(−x²/2); the same steps for vectors and single values.
        public static Vector<float> Apply(Vector<float> v, Vector<float> exponential)
        {
            Vector<float> a = Vector.Abs(v) * InverseSqrt2, one = Vector<float>.One;
            Vector<float> t = one / (one + (a * P));
            Vector<float> poly = t * (new Vector<float>(A1) + (t * (new Vector<float>(A2) + (t * (new Vector<float>(A3) + (t * (new Vector<float>(A4) + (t * A5))))))));
            Vector<float> half = v * poly * exponential * 0.5f;
            Vector<int> negative = Vector.LessThan(v, Vector<float>.Zero);
            Vector<float> formula = Vector.ConditionalSelect(negative, half, v - half);
            Vector<float> tail = v * Vector.ConditionalSelect(negative, Vector<float>.Zero, one);
            return Vector.ConditionalSelect(Vector.GreaterThan(a, new Vector<float>(9f)), tail, formula);
        }

        public static float Apply(float v, float exponential)
        {
            float a = MathF.Abs(v) * InverseSqrt2;
            float t = 1f / (1f + (a * P));
            float half = v * t * (A1 + (t * (A2 + (t * (A3 + (t * (A4 + (t * A5)))))))) * exponential * 0.5f;
            return a > 9f ? v * (v < 0f ? 0f : 1f) : v < 0f ? half : v - half;
        }

        public const float InverseSqrt2 = 0.70710678118654752f;
        public const float P = 0.3275911f;
        public const float A1 = 0.254829592f;
        public const float A2 = -0.284496736f;
        public const float A3 = 1.421413741f;
        public const float A4 = -1.453152027f;
        public const float A5 = 1.061405429f;
    }
}
