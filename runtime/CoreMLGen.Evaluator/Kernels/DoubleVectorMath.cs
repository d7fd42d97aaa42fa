using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Sigmoid and tanh of 16 floats in registers (AVX-512), computed in double precision and rounded once to float, for
/// kernels too small to afford a library call per activation. exp is range-reduced by ln 2 (split in two) and
/// evaluated by its degree-8 Taylor polynomial on |r| ≤ ln 2 / 2 (truncation below 3e-10 relative, 200 times below
/// float's half ulp); reciprocals are the hardware's 14-bit estimate refined by two Newton steps (about 1e-16). So the
/// float results are the correctly rounded values but for rare near-half-way cases: at least as exact as a float
/// library call, and without the slow double division.
/// </summary>
internal static class DoubleVectorMath
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2High = 0.693147180369123816490;
    private const double Ln2Low = 1.90821492927058770002e-10;

    // σ(−x) = e^−x / (1 + e^−x) and σ(x) are within 4e-44 of 0 and 1 beyond ±100; tanh is 1 to double precision
    // beyond 20. The clamps keep 2^n inside double's exponent range; x is the second operand of max and min, which
    // they return when it is NaN, so NaN propagates.
    private const double SigmoidLimit = 100;
    private const double TanhLimit = 20;

    /// <summary>IsSupported: the instructions these functions need.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Avx512DQ.IsSupported;

    /// <summary>1 / (1 + e^−x) for 16 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sigmoid(Vector512<float> x) =>
        Vector512.Create(Sigmoid(Avx512F.ConvertToVector512Double(x.GetLower())), Sigmoid(Avx512F.ConvertToVector512Double(x.GetUpper())));

    /// <summary>tanh x for 16 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x) =>
        Vector512.Create(Tanh(Avx512F.ConvertToVector512Double(x.GetLower())), Tanh(Avx512F.ConvertToVector512Double(x.GetUpper())));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Sigmoid(Vector512<double> x)
    {
        Vector512<double> t = Avx512F.Min(Vector512.Create(SigmoidLimit), Avx512F.Max(Vector512.Create(-SigmoidLimit), x));
        Vector512<double> e = Exp(Vector512<double>.Zero - t);
        return Avx512F.ConvertToVector256Single(Reciprocal(Vector512<double>.One + e));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Tanh(Vector512<double> x)
    {
        // tanh x = 1 − 2 / (e^2x + 1); near 0 the cancellation costs about 1e-16 absolutely, far below float's ulp.
        Vector512<double> t = Avx512F.Min(Vector512.Create(TanhLimit), Avx512F.Max(Vector512.Create(-TanhLimit), x));
        Vector512<double> e = Exp(t + t);
        return Avx512F.ConvertToVector256Single(Avx512F.FusedMultiplyAddNegated(Vector512.Create(2.0), Reciprocal(e + Vector512<double>.One), Vector512<double>.One));
    }

    // 1 / d for 1 ≤ d < 2^1000: each Newton step r ← r·(2 − d·r) doubles the estimate's 14 correct bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Reciprocal(Vector512<double> d)
    {
        Vector512<double> r = Avx512F.Reciprocal14(d);
        r = r * Avx512F.FusedMultiplyAddNegated(d, r, Vector512.Create(2.0));
        return r * Avx512F.FusedMultiplyAddNegated(d, r, Vector512.Create(2.0));
    }

    // e^t for |t| ≤ 200: t = n·ln 2 + r, e^t = 2^n · e^r.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Exp(Vector512<double> t)
    {
        Vector512<double> n = Avx512F.RoundScale(t * Vector512.Create(Log2E), 0);
        Vector512<double> r = Avx512F.FusedMultiplyAddNegated(n, Vector512.Create(Ln2High), t);
        r = Avx512F.FusedMultiplyAddNegated(n, Vector512.Create(Ln2Low), r);
        Vector512<double> p = Vector512.Create(1.0 / 40320);
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 5040));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 720));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 120));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 24));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 6));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512.Create(0.5));
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Avx512F.FusedMultiplyAdd(p, r, Vector512<double>.One);
        Vector512<long> exponent = Avx512F.ShiftLeftLogical(Avx512DQ.ConvertToVector512Int64(n) + Vector512.Create(1023L), 52);
        return p * exponent.AsDouble();
    }
}
