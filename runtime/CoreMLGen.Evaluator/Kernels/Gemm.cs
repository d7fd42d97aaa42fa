using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Single-threaded matrix product C = A·B (+ bias) (+ C) against a <see cref="PackedMatrix"/> B. A is read through
/// (row, column) strides, so transposed or strided operands need no copy. With AVX-512 a 12×32 micro-kernel keeps 24
/// accumulators in registers (Gemm.Avx512.cs); with AVX2 and FMA a register-blocked 6×16 micro-kernel keeps 12; otherwise, where 128-bit vectors are accelerated, micro-kernels of
/// <see cref="Vector128{T}"/> run (4×16 on ARM64 NEON, 6×8 twice per panel on x64 SSE); otherwise a scalar loop over
/// the same packed layout runs. Nothing is allocated.
/// </summary>
internal static unsafe partial class Gemm
{
    private const int RowBlock = 6;

    // Vector128 blocking with 32 vector registers (ARM64): 4×16, 16 accumulators + 4 B vectors + 1 broadcast. With
    // 16 (x64 SSE) that spills, so there 6×8 runs twice per panel: 12 + 2 + 1.
    private const int WideRowBlock = 4;
    private const int Width = PackedMatrix.PanelWidth;

    // Panels processed per pass over A, so the part of B in use stays in the L2 cache (~256 KB).
    private const int PanelGroupFloats = 64 * 1024;

    /// <summary>True when the AVX2 + FMA micro-kernel runs on this machine.</summary>
    public static bool IsVectorized => Avx.IsSupported && Fma.IsSupported;

    /// <summary>
    /// Tests and benchmarks set this to run a given path (e.g. the <see cref="Vector128{T}"/> or scalar one that
    /// ARM64 or older x64 machines run) on this machine. Per thread, so tests running in parallel are not affected.
    /// </summary>
    [ThreadStatic]
    internal static GemmPath PathOnThisThread;

    /// <summary>Tests set this to run the Vector128 path's ARM64 blocking (4×16) on an x64 machine.</summary>
    [ThreadStatic]
    internal static bool WideVector128OnThisThread;

    /// <summary>The path <see cref="Multiply"/> runs on this thread.</summary>
    /// <exception cref="InvalidOperationException">A path this machine cannot run is forced.</exception>
    internal static GemmPath ActivePath
    {
        get
        {
            GemmPath forced = PathOnThisThread;
            if (forced == GemmPath.Auto)
            {
                return IsAvx512 ? GemmPath.Avx512 : IsVectorized ? GemmPath.Avx2 : Vector128.IsHardwareAccelerated ? GemmPath.Vector128 : GemmPath.Scalar;
            }

            if (!CanRun(forced))
            {
                throw new InvalidOperationException(
                    "The " + forced + " matrix-product path is forced on this thread, but this machine cannot run it (AVX2 + FMA: "
                    + IsVectorized + ", AVX-512: " + IsAvx512 + ", 128-bit vectors accelerated: " + Vector128.IsHardwareAccelerated + ").");
            }

            return forced;
        }
    }

    /// <summary>Whether this machine can run <paramref name="path"/>.</summary>
    internal static bool CanRun(GemmPath path) => path switch
    {
        GemmPath.Avx512 => IsAvx512,
        GemmPath.Avx2 => IsVectorized,
        GemmPath.Vector128 => Vector128.IsHardwareAccelerated,
        _ => true,
    };

    /// <summary>
    /// For i &lt; <paramref name="m"/>, n &lt; b.N: C[i, n] = Σₖ A[i, k]·B[k, n] + bias[n] (when bias is not empty)
    /// + C[i, n] (when <paramref name="accumulate"/>).
    /// </summary>
    /// <param name="a">A[0, 0] onwards; A[i, k] = a[i * aRowStride + k * aColumnStride].</param>
    /// <param name="c">C[0, 0] onwards; C[i, n] = c[i * cRowStride + n].</param>
    /// <param name="bias">Empty, or at least b.N values.</param>
    public static void Multiply(ReadOnlySpan<float> a, int aRowStride, int aColumnStride, int m, PackedMatrix b, Span<float> c, int cRowStride, ReadOnlySpan<float> bias, bool accumulate)
    {
        // Resolved first, so an impossible forced path fails the same way for every shape.
        GemmPath path = ActivePath;
        if (m <= 0 || b.N <= 0)
        {
            return;
        }

        if (b.K > 0)
        {
            long lastA = (long)(m - 1) * aRowStride + (long)(b.K - 1) * aColumnStride;
            if (lastA >= a.Length)
            {
                throw new ArgumentException("A is shorter than its strides and sizes require.", nameof(a));
            }
        }

        if ((long)(m - 1) * cRowStride + b.N > c.Length || (!bias.IsEmpty && bias.Length < b.N))
        {
            throw new ArgumentException("C or the bias is shorter than the product requires.", nameof(c));
        }

        fixed (float* pa = a)
        fixed (float* pb = b.Data)
        fixed (float* pc = c)
        fixed (float* pbias = bias)
        {
            float* biasOrNull = bias.IsEmpty ? null : pbias;
            switch (path)
            {
                case GemmPath.Avx512:
                    MultiplyAvx512(pa, aRowStride, aColumnStride, m, b, pb, pc, cRowStride, biasOrNull, accumulate);
                    break;
                case GemmPath.Avx2:
                    MultiplyVectorized(pa, aRowStride, aColumnStride, m, b, pb, pc, cRowStride, biasOrNull, accumulate);
                    break;
                case GemmPath.Vector128:
                    MultiplyVector128(pa, aRowStride, aColumnStride, m, b, pb, pc, cRowStride, biasOrNull, accumulate, AdvSimd.IsSupported || WideVector128OnThisThread);
                    break;
                default:
                    MultiplyScalar(pa, aRowStride, aColumnStride, m, b, pb, pc, cRowStride, biasOrNull, accumulate);
                    break;
            }
        }
    }

    private static void MultiplyVectorized(float* a, int ars, int acs, int m, PackedMatrix b, float* pb, float* c, int crs, float* bias, bool accumulate)
    {
        int k = b.K;
        int panelFloats = k * Width;
        int group = PanelsPerGroup(panelFloats);
        float* temp = stackalloc float[RowBlock * Width];
        for (int p0 = 0; p0 < b.Panels; p0 += group)
        {
            int p1 = Math.Min(b.Panels, p0 + group);
            int i = 0;
            for (; i + RowBlock <= m; i += RowBlock)
            {
                float* ai = a + (long)i * ars;
                float* ci = c + (long)i * crs;
                for (int p = p0; p < p1; p++)
                {
                    int n0 = p * Width;
                    float* panel = pb + (long)p * panelFloats;
                    if (n0 + Width <= b.N)
                    {
                        Kernel6x16(ai, ars, acs, panel, k, ci + n0, crs, bias == null ? null : bias + n0, accumulate);
                    }
                    else
                    {
                        Kernel6x16(ai, ars, acs, panel, k, temp, Width, null, false);
                        Epilogue(temp, Width, RowBlock, b.N - n0, ci + n0, crs, bias == null ? null : bias + n0, accumulate);
                    }
                }
            }

            for (; i < m; i++)
            {
                float* ai = a + (long)i * ars;
                float* ci = c + (long)i * crs;
                for (int p = p0; p < p1; p++)
                {
                    int n0 = p * Width;
                    float* panel = pb + (long)p * panelFloats;
                    if (p + 1 < p1 && n0 + (2 * Width) <= b.N)
                    {
                        Kernel1x32(ai, acs, panel, panelFloats, k, ci + n0, bias == null ? null : bias + n0, accumulate);
                        p++;
                    }
                    else if (n0 + Width <= b.N)
                    {
                        Kernel1x16(ai, acs, panel, k, ci + n0, bias == null ? null : bias + n0, accumulate);
                    }
                    else
                    {
                        Kernel1x16(ai, acs, panel, k, temp, null, false);
                        Epilogue(temp, Width, 1, b.N - n0, ci + n0, crs, bias == null ? null : bias + n0, accumulate);
                    }
                }
            }
        }
    }

    private static int PanelsPerGroup(int panelFloats) => Math.Max(1, PanelGroupFloats / Math.Max(1, panelFloats));

    // Adds bias and the old C to a block of raw sums (sumsStride apart) and writes its first `width` columns.
    private static void Epilogue(float* sums, int sumsStride, int rows, int width, float* c, int crs, float* bias, bool accumulate)
    {
        for (int r = 0; r < rows; r++)
        {
            float* cr = c + (long)r * crs;
            for (int j = 0; j < width; j++)
            {
                float v = sums[(r * sumsStride) + j];
                if (bias != null)
                {
                    v += bias[j];
                }

                cr[j] = accumulate ? cr[j] + v : v;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector256<float> v0, Vector256<float> v1, float* bias, bool accumulate)
    {
        if (bias != null)
        {
            v0 = Avx.Add(v0, Avx.LoadVector256(bias));
            v1 = Avx.Add(v1, Avx.LoadVector256(bias + 8));
        }

        if (accumulate)
        {
            v0 = Avx.Add(v0, Avx.LoadVector256(c));
            v1 = Avx.Add(v1, Avx.LoadVector256(c + 8));
        }

        Avx.Store(c, v0);
        Avx.Store(c + 8, v1);
    }

    // Six rows of A times one 16-column panel: 12 accumulators, 2 loads of B and 6 broadcasts of A per k.
    private static void Kernel6x16(float* a, int ars, int acs, float* panel, int k, float* c, int crs, float* bias, bool accumulate)
    {
        Vector256<float> c00 = Vector256<float>.Zero, c01 = Vector256<float>.Zero;
        Vector256<float> c10 = Vector256<float>.Zero, c11 = Vector256<float>.Zero;
        Vector256<float> c20 = Vector256<float>.Zero, c21 = Vector256<float>.Zero;
        Vector256<float> c30 = Vector256<float>.Zero, c31 = Vector256<float>.Zero;
        Vector256<float> c40 = Vector256<float>.Zero, c41 = Vector256<float>.Zero;
        Vector256<float> c50 = Vector256<float>.Zero, c51 = Vector256<float>.Zero;
        float* a0 = a;
        float* a1 = a + ars;
        float* a2 = a1 + ars;
        float* a3 = a2 + ars;
        float* a4 = a3 + ars;
        float* a5 = a4 + ars;
        float* bp = panel;
        long offset = 0;
        for (int kk = 0; kk < k; kk++, offset += acs, bp += Width)
        {
            Vector256<float> b0 = Avx.LoadVector256(bp);
            Vector256<float> b1 = Avx.LoadVector256(bp + 8);
            Vector256<float> x = Avx.BroadcastScalarToVector256(a0 + offset);
            c00 = Fma.MultiplyAdd(x, b0, c00);
            c01 = Fma.MultiplyAdd(x, b1, c01);
            x = Avx.BroadcastScalarToVector256(a1 + offset);
            c10 = Fma.MultiplyAdd(x, b0, c10);
            c11 = Fma.MultiplyAdd(x, b1, c11);
            x = Avx.BroadcastScalarToVector256(a2 + offset);
            c20 = Fma.MultiplyAdd(x, b0, c20);
            c21 = Fma.MultiplyAdd(x, b1, c21);
            x = Avx.BroadcastScalarToVector256(a3 + offset);
            c30 = Fma.MultiplyAdd(x, b0, c30);
            c31 = Fma.MultiplyAdd(x, b1, c31);
            x = Avx.BroadcastScalarToVector256(a4 + offset);
            c40 = Fma.MultiplyAdd(x, b0, c40);
            c41 = Fma.MultiplyAdd(x, b1, c41);
            x = Avx.BroadcastScalarToVector256(a5 + offset);
            c50 = Fma.MultiplyAdd(x, b0, c50);
            c51 = Fma.MultiplyAdd(x, b1, c51);
        }

        Store(c, c00, c01, bias, accumulate);
        Store(c + crs, c10, c11, bias, accumulate);
        Store(c + (2L * crs), c20, c21, bias, accumulate);
        Store(c + (3L * crs), c30, c31, bias, accumulate);
        Store(c + (4L * crs), c40, c41, bias, accumulate);
        Store(c + (5L * crs), c50, c51, bias, accumulate);
    }

    // One row of A times one panel (matrix-vector steps of recurrent layers); two k-chains hide the FMA latency.
    private static void Kernel1x16(float* a, int acs, float* panel, int k, float* c, float* bias, bool accumulate)
    {
        Vector256<float> e0 = Vector256<float>.Zero, e1 = Vector256<float>.Zero;
        Vector256<float> o0 = Vector256<float>.Zero, o1 = Vector256<float>.Zero;
        float* bp = panel;
        long offset = 0;
        int kk = 0;
        for (; kk + 2 <= k; kk += 2, offset += 2L * acs, bp += 2 * Width)
        {
            Vector256<float> x = Avx.BroadcastScalarToVector256(a + offset);
            e0 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp), e0);
            e1 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp + 8), e1);
            x = Avx.BroadcastScalarToVector256(a + offset + acs);
            o0 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp + Width), o0);
            o1 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp + Width + 8), o1);
        }

        if (kk < k)
        {
            Vector256<float> x = Avx.BroadcastScalarToVector256(a + offset);
            e0 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp), e0);
            e1 = Fma.MultiplyAdd(x, Avx.LoadVector256(bp + 8), e1);
        }

        Store(c, Avx.Add(e0, o0), Avx.Add(e1, o1), bias, accumulate);
    }

    // One row of A times two adjacent panels: four independent FMA chains per k.
    private static void Kernel1x32(float* a, int acs, float* panel, int panelFloats, int k, float* c, float* bias, bool accumulate)
    {
        Vector256<float> c0 = Vector256<float>.Zero, c1 = Vector256<float>.Zero;
        Vector256<float> c2 = Vector256<float>.Zero, c3 = Vector256<float>.Zero;
        float* first = panel;
        float* second = panel + panelFloats;
        long offset = 0;
        for (int kk = 0; kk < k; kk++, offset += acs, first += Width, second += Width)
        {
            Vector256<float> x = Avx.BroadcastScalarToVector256(a + offset);
            c0 = Fma.MultiplyAdd(x, Avx.LoadVector256(first), c0);
            c1 = Fma.MultiplyAdd(x, Avx.LoadVector256(first + 8), c1);
            c2 = Fma.MultiplyAdd(x, Avx.LoadVector256(second), c2);
            c3 = Fma.MultiplyAdd(x, Avx.LoadVector256(second + 8), c3);
        }

        Store(c, c0, c1, bias, accumulate);
        Store(c + Width, c2, c3, bias == null ? null : bias + Width, accumulate);
    }

    // The AVX2 driver's blocking with 128-bit vectors: 4- (wide) or 6-row blocks, then single rows.
    private static void MultiplyVector128(float* a, int ars, int acs, int m, PackedMatrix b, float* pb, float* c, int crs, float* bias, bool accumulate, bool wide)
    {
        int rowBlock = wide ? WideRowBlock : RowBlock;
        int k = b.K;
        int panelFloats = k * Width;
        int group = PanelsPerGroup(panelFloats);
        float* temp = stackalloc float[RowBlock * Width];
        for (int p0 = 0; p0 < b.Panels; p0 += group)
        {
            int p1 = Math.Min(b.Panels, p0 + group);
            for (int i = 0; i < m;)
            {
                int rows = m - i >= rowBlock ? rowBlock : 1;
                float* ai = a + (long)i * ars;
                float* ci = c + (long)i * crs;
                for (int p = p0; p < p1; p++)
                {
                    int n0 = p * Width;
                    float* panel = pb + (long)p * panelFloats;
                    float* biasAt = bias == null ? null : bias + n0;
                    bool full = n0 + Width <= b.N;

                    // A partial last panel goes through temp, so no store passes column N; the epilogue adds the rest.
                    float* target = full ? ci + n0 : temp;
                    int stride = full ? crs : Width;
                    float* kernelBias = full ? biasAt : null;
                    bool kernelAccumulate = full && accumulate;
                    if (rows == 1)
                    {
                        Kernel1x16Vector128(ai, acs, panel, k, target, kernelBias, kernelAccumulate);
                    }
                    else if (wide)
                    {
                        Kernel4x16(ai, ars, acs, panel, k, target, stride, kernelBias, kernelAccumulate);
                    }
                    else
                    {
                        Kernel6x8(ai, ars, acs, panel, k, target, stride, kernelBias, kernelAccumulate);
                        Kernel6x8(ai, ars, acs, panel + 8, k, target + 8, stride, kernelBias == null ? null : kernelBias + 8, kernelAccumulate);
                    }

                    if (!full)
                    {
                        Epilogue(temp, Width, rows, b.N - n0, ci + n0, crs, biasAt, accumulate);
                    }
                }

                i += rows;
            }
        }
    }

    // Fused where the hardware has it (one rounding, like the AVX2 path); otherwise multiply then add.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> MultiplyAdd(Vector128<float> x, Vector128<float> y, Vector128<float> sum)
    {
        if (AdvSimd.IsSupported)
        {
            return AdvSimd.FusedMultiplyAdd(sum, x, y);
        }

        if (Fma.IsSupported)
        {
            return Fma.MultiplyAdd(x, y, sum);
        }

        return sum + (x * y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector128<float> v0, Vector128<float> v1, Vector128<float> v2, Vector128<float> v3, float* bias, bool accumulate)
    {
        if (bias != null)
        {
            v0 += Vector128.Load(bias);
            v1 += Vector128.Load(bias + 4);
            v2 += Vector128.Load(bias + 8);
            v3 += Vector128.Load(bias + 12);
        }

        if (accumulate)
        {
            v0 += Vector128.Load(c);
            v1 += Vector128.Load(c + 4);
            v2 += Vector128.Load(c + 8);
            v3 += Vector128.Load(c + 12);
        }

        v0.Store(c);
        v1.Store(c + 4);
        v2.Store(c + 8);
        v3.Store(c + 12);
    }

    // Four rows of A times one 16-column panel: 16 accumulators, 4 loads of B and 4 broadcasts of A per k.
    private static void Kernel4x16(float* a, int ars, int acs, float* panel, int k, float* c, int crs, float* bias, bool accumulate)
    {
        Vector128<float> c00 = default, c01 = default, c02 = default, c03 = default;
        Vector128<float> c10 = default, c11 = default, c12 = default, c13 = default;
        Vector128<float> c20 = default, c21 = default, c22 = default, c23 = default;
        Vector128<float> c30 = default, c31 = default, c32 = default, c33 = default;
        float* a0 = a;
        float* a1 = a + ars;
        float* a2 = a1 + ars;
        float* a3 = a2 + ars;
        float* bp = panel;
        long offset = 0;
        for (int kk = 0; kk < k; kk++, offset += acs, bp += Width)
        {
            Vector128<float> b0 = Vector128.Load(bp);
            Vector128<float> b1 = Vector128.Load(bp + 4);
            Vector128<float> b2 = Vector128.Load(bp + 8);
            Vector128<float> b3 = Vector128.Load(bp + 12);
            Vector128<float> x = Vector128.Create(a0[offset]);
            c00 = MultiplyAdd(x, b0, c00);
            c01 = MultiplyAdd(x, b1, c01);
            c02 = MultiplyAdd(x, b2, c02);
            c03 = MultiplyAdd(x, b3, c03);
            x = Vector128.Create(a1[offset]);
            c10 = MultiplyAdd(x, b0, c10);
            c11 = MultiplyAdd(x, b1, c11);
            c12 = MultiplyAdd(x, b2, c12);
            c13 = MultiplyAdd(x, b3, c13);
            x = Vector128.Create(a2[offset]);
            c20 = MultiplyAdd(x, b0, c20);
            c21 = MultiplyAdd(x, b1, c21);
            c22 = MultiplyAdd(x, b2, c22);
            c23 = MultiplyAdd(x, b3, c23);
            x = Vector128.Create(a3[offset]);
            c30 = MultiplyAdd(x, b0, c30);
            c31 = MultiplyAdd(x, b1, c31);
            c32 = MultiplyAdd(x, b2, c32);
            c33 = MultiplyAdd(x, b3, c33);
        }

        Store(c, c00, c01, c02, c03, bias, accumulate);
        Store(c + crs, c10, c11, c12, c13, bias, accumulate);
        Store(c + (2L * crs), c20, c21, c22, c23, bias, accumulate);
        Store(c + (3L * crs), c30, c31, c32, c33, bias, accumulate);
    }

    // Six rows of A times half a panel (8 columns, read with the panel's stride): 12 accumulators, 2 loads of B and 6
    // broadcasts of A per k.
    private static void Kernel6x8(float* a, int ars, int acs, float* halfPanel, int k, float* c, int crs, float* bias, bool accumulate)
    {
        Vector128<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector128<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        float* a0 = a;
        float* a1 = a + ars;
        float* a2 = a1 + ars;
        float* a3 = a2 + ars;
        float* a4 = a3 + ars;
        float* a5 = a4 + ars;
        float* bp = halfPanel;
        long offset = 0;
        for (int kk = 0; kk < k; kk++, offset += acs, bp += Width)
        {
            Vector128<float> b0 = Vector128.Load(bp);
            Vector128<float> b1 = Vector128.Load(bp + 4);
            Vector128<float> x = Vector128.Create(a0[offset]);
            c00 = MultiplyAdd(x, b0, c00);
            c01 = MultiplyAdd(x, b1, c01);
            x = Vector128.Create(a1[offset]);
            c10 = MultiplyAdd(x, b0, c10);
            c11 = MultiplyAdd(x, b1, c11);
            x = Vector128.Create(a2[offset]);
            c20 = MultiplyAdd(x, b0, c20);
            c21 = MultiplyAdd(x, b1, c21);
            x = Vector128.Create(a3[offset]);
            c30 = MultiplyAdd(x, b0, c30);
            c31 = MultiplyAdd(x, b1, c31);
            x = Vector128.Create(a4[offset]);
            c40 = MultiplyAdd(x, b0, c40);
            c41 = MultiplyAdd(x, b1, c41);
            x = Vector128.Create(a5[offset]);
            c50 = MultiplyAdd(x, b0, c50);
            c51 = MultiplyAdd(x, b1, c51);
        }

        Store(c, c00, c01, bias, accumulate);
        Store(c + crs, c10, c11, bias, accumulate);
        Store(c + (2L * crs), c20, c21, bias, accumulate);
        Store(c + (3L * crs), c30, c31, bias, accumulate);
        Store(c + (4L * crs), c40, c41, bias, accumulate);
        Store(c + (5L * crs), c50, c51, bias, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector128<float> v0, Vector128<float> v1, float* bias, bool accumulate)
    {
        if (bias != null)
        {
            v0 += Vector128.Load(bias);
            v1 += Vector128.Load(bias + 4);
        }

        if (accumulate)
        {
            v0 += Vector128.Load(c);
            v1 += Vector128.Load(c + 4);
        }

        v0.Store(c);
        v1.Store(c + 4);
    }

    // One row of A times one panel (matrix-vector steps of recurrent layers); two k-chains hide the FMA latency.
    private static void Kernel1x16Vector128(float* a, int acs, float* panel, int k, float* c, float* bias, bool accumulate)
    {
        Vector128<float> e0 = default, e1 = default, e2 = default, e3 = default;
        Vector128<float> o0 = default, o1 = default, o2 = default, o3 = default;
        float* bp = panel;
        long offset = 0;
        int kk = 0;
        for (; kk + 2 <= k; kk += 2, offset += 2L * acs, bp += 2 * Width)
        {
            Vector128<float> x = Vector128.Create(a[offset]);
            e0 = MultiplyAdd(x, Vector128.Load(bp), e0);
            e1 = MultiplyAdd(x, Vector128.Load(bp + 4), e1);
            e2 = MultiplyAdd(x, Vector128.Load(bp + 8), e2);
            e3 = MultiplyAdd(x, Vector128.Load(bp + 12), e3);
            x = Vector128.Create(a[offset + acs]);
            o0 = MultiplyAdd(x, Vector128.Load(bp + Width), o0);
            o1 = MultiplyAdd(x, Vector128.Load(bp + Width + 4), o1);
            o2 = MultiplyAdd(x, Vector128.Load(bp + Width + 8), o2);
            o3 = MultiplyAdd(x, Vector128.Load(bp + Width + 12), o3);
        }

        if (kk < k)
        {
            Vector128<float> x = Vector128.Create(a[offset]);
            e0 = MultiplyAdd(x, Vector128.Load(bp), e0);
            e1 = MultiplyAdd(x, Vector128.Load(bp + 4), e1);
            e2 = MultiplyAdd(x, Vector128.Load(bp + 8), e2);
            e3 = MultiplyAdd(x, Vector128.Load(bp + 12), e3);
        }

        Store(c, e0 + o0, e1 + o1, e2 + o2, e3 + o3, bias, accumulate);
    }

    private static void MultiplyScalar(float* a, int ars, int acs, int m, PackedMatrix b, float* pb, float* c, int crs, float* bias, bool accumulate)
    {
        int k = b.K;
        for (int i = 0; i < m; i++)
        {
            float* ai = a + (long)i * ars;
            float* ci = c + (long)i * crs;
            for (int n = 0; n < b.N; n++)
            {
                float* column = pb + ((long)(n / Width) * k * Width) + (n % Width);
                float sum = 0f;
                for (int kk = 0; kk < k; kk++)
                {
                    sum += ai[(long)kk * acs] * column[kk * Width];
                }

                if (bias != null)
                {
                    sum += bias[n];
                }

                ci[n] = accumulate ? ci[n] + sum : sum;
            }
        }
    }
}
