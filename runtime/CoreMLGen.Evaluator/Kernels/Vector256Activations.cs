using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// <see cref="Vector512Activations"/> on 8 floats with AVX2 + FMA: the same exp (2^n built in the exponent field, as
/// AVX2 has no vscalefps), sigmoid and tanh, with the same error bounds (tested).
/// </summary>
internal static class Vector256Activations
{
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;

    // ±87 keeps n = round(t·log2 e) within [−126, 126], so 2^n is a normal float; σ(−87) is 1.6e-38. The value is the
    // second operand of max and min, which they return when it is NaN, so NaN propagates.
    private const float ExpLimit = 87f;
    private const float TanhLimit = 20f;

    /// <summary>Whether this machine runs these functions.</summary>
    public static bool IsSupported => Avx2.IsSupported && Fma.IsSupported;

    /// <summary>1 / (1 + e^−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sigmoid(Vector256<float> x)
    {
        Vector256<float> t = Avx.Min(Vector256.Create(ExpLimit), Avx.Max(Vector256.Create(-ExpLimit), Vector256<float>.Zero - x));
        return Vector256<float>.One / (Vector256<float>.One + Exp(t));
    }

    /// <summary>tanh x = 1 − 2 / (e^2x + 1); near 0 its error is absolute (about 1e-7), not relative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        Vector256<float> t = Avx.Min(Vector256.Create(TanhLimit), Avx.Max(Vector256.Create(-TanhLimit), x));
        return Vector256<float>.One - (Vector256.Create(2f) / (Exp(t + t) + Vector256<float>.One));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Exp(Vector256<float> t)
    {
        Vector256<float> n = Avx.RoundToNearestInteger(t * Vector256.Create(Log2E));
        Vector256<float> r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2High), t);
        r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2Low), r);
        Vector256<float> p = Vector256.Create(1.9875691500E-4f);
        p = Fma.MultiplyAdd(p, r, Vector256.Create(1.3981999507E-3f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(8.3334519073E-3f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(4.1665795894E-2f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(1.6666665459E-1f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(5.0000001201E-1f));
        p = Fma.MultiplyAdd(p, r * r, r + Vector256<float>.One);
        Vector256<int> exponent = Avx2.ShiftLeftLogical(Avx.ConvertToVector256Int32(n) + Vector256.Create(127), 23);
        return p * exponent.AsSingle();
    }
}
