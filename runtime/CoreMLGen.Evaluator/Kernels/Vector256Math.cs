using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// exp, sigmoid and tanh on eight floats in registers (AVX2 + FMA), for kernels too small to afford a call per
/// activation. exp is the classic Cephes single-precision scheme (range reduction by ln 2 split in two, a degree-6
/// polynomial, the exponent built in the integer unit): within 2 ulp over its range; sigmoid and tanh built on it are
/// within a few 1e-7 of the float64 functions (reciprocals by estimate and one Newton step, not division).
/// </summary>
internal static class Vector256Math
{
    // 88 (not ln FLT_MAX): n = round(x·log2 e) must stay below 128.
    private const float ExpHigh = 88f;
    private const float ExpLow = -87.3365447504019f;
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;

    /// <summary>e^x; inputs beyond ±88 are clamped (so the result stays a normal float).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        x = Avx.Min(Avx.Max(x, Vector256.Create(ExpLow)), Vector256.Create(ExpHigh));
        Vector256<float> n = Avx.RoundToNearestInteger(Avx.Multiply(x, Vector256.Create(Log2E)));
        Vector256<float> r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2High), x);
        r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2Low), r);
        Vector256<float> p = Vector256.Create(1.9875691500E-4f);
        p = Fma.MultiplyAdd(p, r, Vector256.Create(1.3981999507E-3f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(8.3334519073E-3f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(4.1665795894E-2f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(1.6666665459E-1f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(5.0000001201E-1f));
        p = Fma.MultiplyAdd(p, Avx.Multiply(r, r), Avx.Add(r, Vector256.Create(1f)));
        // 2^n: n + 127 in the exponent field (n is within [-126, 127] after the clamp).
        Vector256<int> exponent = Avx2.ShiftLeftLogical(Avx2.Add(Avx.ConvertToVector256Int32(n), Vector256.Create(127)), 23);
        return Avx.Multiply(p, exponent.AsSingle());
    }

    /// <summary>1 / (1 + e^−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sigmoid(Vector256<float> x) =>
        Reciprocal(Avx.Add(Vector256.Create(1f), Exp(Avx.Subtract(Vector256<float>.Zero, x))));

    /// <summary>
    /// 1 / d for d ≥ 1: the 12-bit hardware estimate refined by one Newton step (relative error about 1e-7), cheaper
    /// than a division. Beyond 2^126 the estimate is 0, which is the sigmoid's and tanh's limit anyway.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Reciprocal(Vector256<float> d)
    {
        Vector256<float> r = Avx.Reciprocal(d);
        return Avx.Multiply(r, Fma.MultiplyAddNegated(d, r, Vector256.Create(2f)));
    }

    /// <summary>tanh x = 2 / (1 + e^−2x) − 1 (absolute error a few 1e-8; saturates cleanly at ±1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        Vector256<float> e = Exp(Avx.Multiply(x, Vector256.Create(-2f)));
        return Fma.MultiplySubtract(Vector256.Create(2f), Reciprocal(Avx.Add(Vector256.Create(1f), e)), Vector256.Create(1f));
    }
}
