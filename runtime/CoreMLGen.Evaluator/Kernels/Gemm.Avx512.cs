using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// The AVX-512 path of <see cref="Gemm.Multiply"/>: a panel (16 columns) is one 512-bit register, so a 12-row block
/// times two panels keeps 24 accumulators in the 32 registers. The 12 rows of A are first copied into a k-major
/// buffer, so the kernel broadcasts them from one pointer whatever A's strides. Products with fewer than three panels
/// (matrix-vector steps, narrow convolutions) and the last rows of the others run the AVX2 kernels. As on the AVX2
/// path, sums are accumulated with fused multiply-adds, then bias and the old C are added.
/// </summary>
internal static unsafe partial class Gemm
{
    private const int Avx512Rows = 12;

    // Fewer panels than this reuse a copied row block too little to repay the copy.
    private const int MinimumPanels = 3;

    // Largest K whose copied rows go on the stack.
    private const int MaxStackK = 1024;

    /// <summary>True when the AVX-512 micro-kernel runs on this machine (and the runtime accelerates 512-bit vectors).</summary>
    public static bool IsAvx512 => Avx512F.IsSupported && Vector512.IsHardwareAccelerated && IsVectorized;

    // The copied rows are written before they are read: no need to zero up to 48 KB of stack per product.
    [SkipLocalsInit]
    private static void MultiplyAvx512(float* a, int ars, int acs, int m, PackedMatrix b, float* pb, float* c, int crs, float* bias, bool accumulate)
    {
        // Copying 12 rows of A pays off only when several panels reuse them: narrow products, and the rows left after
        // the last whole block, take the AVX2 kernels, which broadcast A where it lies.
        int blocked = b.Panels >= MinimumPanels ? m / Avx512Rows * Avx512Rows : 0;
        if (blocked < m)
        {
            MultiplyVectorized(a + ((long)blocked * ars), ars, acs, m - blocked, b, pb, c + ((long)blocked * crs), crs, bias, accumulate);
        }

        if (blocked == 0)
        {
            return;
        }

        // The copied rows live on the stack up to K = 1024 (48 KB), beyond in a pooled array: nothing is allocated.
        int k = b.K;
        if (k <= MaxStackK)
        {
            float* packed = stackalloc float[Avx512Rows * Math.Max(1, k)];
            MultiplyBlocks(a, ars, acs, blocked, b, pb, c, crs, bias, accumulate, packed);
            return;
        }

        float[] rented = ArrayPool<float>.Shared.Rent(Avx512Rows * k);
        try
        {
            fixed (float* packed = rented)
            {
                MultiplyBlocks(a, ars, acs, blocked, b, pb, c, crs, bias, accumulate, packed);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    // The first `blocked` rows (a multiple of 12) in 12×32 blocks, each block's rows copied into `packed` first.
    [SkipLocalsInit]
    private static void MultiplyBlocks(float* a, int ars, int acs, int blocked, PackedMatrix b, float* pb, float* c, int crs, float* bias, bool accumulate, float* packed)
    {
        int k = b.K;
        int panelFloats = k * Width;
        int group = PanelsPerGroup(panelFloats);
        float* temp = stackalloc float[Avx512Rows * 2 * Width];
        for (int p0 = 0; p0 < b.Panels; p0 += group)
        {
            int p1 = Math.Min(b.Panels, p0 + group);
            for (int i = 0; i < blocked; i += Avx512Rows)
            {
                PackRows(a + ((long)i * ars), ars, acs, k, packed);
                float* ci = c + ((long)i * crs);
                for (int p = p0; p < p1;)
                {
                    int n0 = p * Width;
                    int panels = p + 1 < p1 && n0 + (2 * Width) <= b.N ? 2 : 1;
                    int width = Math.Min(panels * Width, b.N - n0);
                    float* panel = pb + ((long)p * panelFloats);
                    float* biasAt = bias == null ? null : bias + n0;
                    if (width == panels * Width)
                    {
                        Block12(packed, panel, panels, panelFloats, k, ci + n0, crs, biasAt, accumulate);
                    }
                    else
                    {
                        // A partial last panel goes through temp, so no store passes column N.
                        Block12(packed, panel, panels, panelFloats, k, temp, 2 * Width, null, false);
                        Epilogue(temp, 2 * Width, Avx512Rows, width, ci + n0, crs, biasAt, accumulate);
                    }

                    p += panels;
                }
            }
        }
    }

    // packed[kk * 12 + r] = A[r, kk], reading A along its smaller stride (rows of a transposed A are adjacent).
    private static void PackRows(float* a, int ars, int acs, int k, float* packed)
    {
        if (Math.Abs(ars) < Math.Abs(acs))
        {
            for (int kk = 0; kk < k; kk++)
            {
                float* column = a + ((long)kk * acs);
                float* target = packed + (kk * Avx512Rows);
                for (int r = 0; r < Avx512Rows; r++)
                {
                    target[r] = column[(long)r * ars];
                }
            }

            return;
        }

        for (int r = 0; r < Avx512Rows; r++)
        {
            float* row = a + ((long)r * ars);
            long offset = 0;
            for (int kk = 0; kk < k; kk++, offset += acs)
            {
                packed[(kk * Avx512Rows) + r] = row[offset];
            }
        }
    }

    private static void Block12(float* packed, float* panel, int panels, int panelFloats, int k, float* c, int crs, float* bias, bool accumulate)
    {
        if (panels == 2)
        {
            Kernel12x32(packed, panel, panel + panelFloats, k, c, crs, bias, accumulate);
        }
        else
        {
            Kernel12x16(packed, panel, k, c, crs, bias, accumulate);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector512<float> v, float* bias, bool accumulate)
    {
        if (bias != null)
        {
            v = Avx512F.Add(v, Avx512F.LoadVector512(bias));
        }

        if (accumulate)
        {
            v = Avx512F.Add(v, Avx512F.LoadVector512(c));
        }

        Avx512F.Store(c, v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Fmadd(float* a, Vector512<float> b, Vector512<float> sum) =>
        Avx512F.FusedMultiplyAdd(Vector512.Create(*a), b, sum);

    // Twelve packed rows times two panels: 24 accumulators, 2 loads of B and 12 broadcasts per k.
    private static void Kernel12x32(float* a, float* first, float* second, int k, float* c, int crs, float* bias, bool accumulate)
    {
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        Vector512<float> c60 = default, c61 = default, c70 = default, c71 = default, c80 = default, c81 = default;
        Vector512<float> c90 = default, c91 = default, ca0 = default, ca1 = default, cb0 = default, cb1 = default;
        for (int kk = 0; kk < k; kk++, a += Avx512Rows, first += Width, second += Width)
        {
            Vector512<float> b0 = Avx512F.LoadVector512(first);
            Vector512<float> b1 = Avx512F.LoadVector512(second);
            c00 = Fmadd(a, b0, c00);
            c01 = Fmadd(a, b1, c01);
            c10 = Fmadd(a + 1, b0, c10);
            c11 = Fmadd(a + 1, b1, c11);
            c20 = Fmadd(a + 2, b0, c20);
            c21 = Fmadd(a + 2, b1, c21);
            c30 = Fmadd(a + 3, b0, c30);
            c31 = Fmadd(a + 3, b1, c31);
            c40 = Fmadd(a + 4, b0, c40);
            c41 = Fmadd(a + 4, b1, c41);
            c50 = Fmadd(a + 5, b0, c50);
            c51 = Fmadd(a + 5, b1, c51);
            c60 = Fmadd(a + 6, b0, c60);
            c61 = Fmadd(a + 6, b1, c61);
            c70 = Fmadd(a + 7, b0, c70);
            c71 = Fmadd(a + 7, b1, c71);
            c80 = Fmadd(a + 8, b0, c80);
            c81 = Fmadd(a + 8, b1, c81);
            c90 = Fmadd(a + 9, b0, c90);
            c91 = Fmadd(a + 9, b1, c91);
            ca0 = Fmadd(a + 10, b0, ca0);
            ca1 = Fmadd(a + 10, b1, ca1);
            cb0 = Fmadd(a + 11, b0, cb0);
            cb1 = Fmadd(a + 11, b1, cb1);
        }

        float* bias1 = bias == null ? null : bias + Width;
        Store(c, c00, bias, accumulate);
        Store(c + Width, c01, bias1, accumulate);
        Store(c += crs, c10, bias, accumulate);
        Store(c + Width, c11, bias1, accumulate);
        Store(c += crs, c20, bias, accumulate);
        Store(c + Width, c21, bias1, accumulate);
        Store(c += crs, c30, bias, accumulate);
        Store(c + Width, c31, bias1, accumulate);
        Store(c += crs, c40, bias, accumulate);
        Store(c + Width, c41, bias1, accumulate);
        Store(c += crs, c50, bias, accumulate);
        Store(c + Width, c51, bias1, accumulate);
        Store(c += crs, c60, bias, accumulate);
        Store(c + Width, c61, bias1, accumulate);
        Store(c += crs, c70, bias, accumulate);
        Store(c + Width, c71, bias1, accumulate);
        Store(c += crs, c80, bias, accumulate);
        Store(c + Width, c81, bias1, accumulate);
        Store(c += crs, c90, bias, accumulate);
        Store(c + Width, c91, bias1, accumulate);
        Store(c += crs, ca0, bias, accumulate);
        Store(c + Width, ca1, bias1, accumulate);
        Store(c += crs, cb0, bias, accumulate);
        Store(c + Width, cb1, bias1, accumulate);
    }

    // Twelve packed rows times one panel (an odd last panel).
    private static void Kernel12x16(float* a, float* panel, int k, float* c, int crs, float* bias, bool accumulate)
    {
        Vector512<float> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default;
        Vector512<float> c6 = default, c7 = default, c8 = default, c9 = default, ca = default, cb = default;
        for (int kk = 0; kk < k; kk++, a += Avx512Rows, panel += Width)
        {
            Vector512<float> b0 = Avx512F.LoadVector512(panel);
            c0 = Fmadd(a, b0, c0);
            c1 = Fmadd(a + 1, b0, c1);
            c2 = Fmadd(a + 2, b0, c2);
            c3 = Fmadd(a + 3, b0, c3);
            c4 = Fmadd(a + 4, b0, c4);
            c5 = Fmadd(a + 5, b0, c5);
            c6 = Fmadd(a + 6, b0, c6);
            c7 = Fmadd(a + 7, b0, c7);
            c8 = Fmadd(a + 8, b0, c8);
            c9 = Fmadd(a + 9, b0, c9);
            ca = Fmadd(a + 10, b0, ca);
            cb = Fmadd(a + 11, b0, cb);
        }

        Store(c, c0, bias, accumulate);
        Store(c += crs, c1, bias, accumulate);
        Store(c += crs, c2, bias, accumulate);
        Store(c += crs, c3, bias, accumulate);
        Store(c += crs, c4, bias, accumulate);
        Store(c += crs, c5, bias, accumulate);
        Store(c += crs, c6, bias, accumulate);
        Store(c += crs, c7, bias, accumulate);
        Store(c += crs, c8, bias, accumulate);
        Store(c += crs, c9, bias, accumulate);
        Store(c += crs, ca, bias, accumulate);
        Store(c += crs, cb, bias, accumulate);
    }
}
