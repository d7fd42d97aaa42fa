using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Sigmoid and tanh of 16 floats in AVX-512 registers, for kernels too small to afford a library call per
/// activation. exp is range-reduced by ln 2 split in two parts (so n·ln 2 is exact), evaluated by Cephes'
/// single-precision polynomial and scaled by 2^n with vscalefps; sigmoid is 1 / (1 + e^−x) and tanh 1 − 2 / (e^2x + 1),
/// both with true division. The tests bound the error against float64 at a few float ulps (sigmoid relative, tanh
/// absolute); the madmom fidelity tests show the same margins as with the vector library's functions.
/// </summary>
internal static class Vector512Activations
{
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;

    // e^88 is still a float and σ(−88) is 6e-39; tanh is 1 in float beyond 9. The clamps keep e^t finite; the value
    // is the second operand of max and min, which they return when it is NaN, so NaN propagates.
    private const float ExpLimit = 88f;
    private const float TanhLimit = 20f;

    /// <summary>Whether this machine runs these functions.</summary>
    public static bool IsSupported => Avx512F.IsSupported;

    /// <summary>1 / (1 + e^−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sigmoid(Vector512<float> x)
    {
        Vector512<float> t = Avx512F.Min(Vector512.Create(ExpLimit), Avx512F.Max(Vector512.Create(-ExpLimit), Vector512<float>.Zero - x));
        return Vector512<float>.One / (Vector512<float>.One + Exp(t));
    }

    /// <summary>tanh x = 1 − 2 / (e^2x + 1); near 0 its error is absolute (about 1e-7), not relative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x)
    {
        Vector512<float> t = Avx512F.Min(Vector512.Create(TanhLimit), Avx512F.Max(Vector512.Create(-TanhLimit), x));
        return Vector512<float>.One - (Vector512.Create(2f) / (Exp(t + t) + Vector512<float>.One));
    }

    // e^t for |t| ≤ 88: t = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by a degree-7 polynomial.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Exp(Vector512<float> t)
    {
        Vector512<float> n = Avx512F.RoundScale(t * Vector512.Create(Log2E), 0);
        Vector512<float> r = Avx512F.FusedMultiplyAddNegated(n, Vector512.Create(Ln2High), t);
        r = Avx512F.FusedMultiplyAddNegated(n, Vector512.Create(Ln2Low), r);
        Vector512<float> p = Vector512.Create(1.9875691500E-4f);
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.3981999507E-3f));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(8.3334519073E-3f));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(4.1665795894E-2f));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.6666665459E-1f));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(5.0000001201E-1f));
        p = Avx512F.FusedMultiplyAdd(p, r * r, r + Vector512<float>.One);
        return Avx512F.Scale(p, n);
    }
}
