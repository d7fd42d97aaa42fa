using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Linear;

public sealed class GemmTests
{
    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 6, 16, 8)]
    [InlineData(3, 7, 17, 33)]
    [InlineData(4, 13, 40, 0)]
    [InlineData(5, 1, 100, 25)]
    [InlineData(6, 12, 33, 266)]
    [InlineData(7, 5, 15, 3)]
    [InlineData(14, 25, 48, 1100)] // K past 1024: the AVX-512 path copies rows into a pooled array, not the stack
    public void Product_with_bias_and_accumulation_matches_reference(int seed, int m, int n, int k)
    {
        var random = new Random(seed);
        Blob a = KernelHarness.Random(random, 1, m, k);
        Blob w = KernelHarness.Random(random, 1, n, k);
        Blob bias = KernelHarness.Random(random, 1, n);
        Blob c = KernelHarness.Random(random, 1, m, n);
        double[] expected = LinearReference.Dense(a.Data, m, k, w.Data, bias.Data, n);
        for (int i = 0; i < expected.Length; i++)
        {
            expected[i] += c.Data[i];
        }

        Gemm.Multiply(a.Data, k, 1, m, PackedMatrix.FromOutputRows(w.Data, n, k), c.Data, n, bias.Data, accumulate: true);
        KernelHarness.AssertClose(expected, c, what: "C");
    }

    [Theory]
    [InlineData(11, 9, 20, 7)]
    [InlineData(12, 1, 3, 30)]
    public void Transposed_a_via_strides_and_plain_overwrite(int seed, int m, int n, int k)
    {
        var random = new Random(seed);
        // A stored as [k, m]: A[i, kk] = at[kk * m + i].
        Blob at = KernelHarness.Random(random, 1, k, m);
        Blob w = KernelHarness.Random(random, 1, n, k);
        var a = new float[m * k];
        for (int i = 0; i < m; i++)
        {
            for (int kk = 0; kk < k; kk++)
            {
                a[(i * k) + kk] = at.Data[(kk * m) + i];
            }
        }

        var c = new Blob(m, n);
        c.Span.Fill(float.NaN);
        Gemm.Multiply(at.Data, 1, m, m, PackedMatrix.FromOutputRows(w.Data, n, k), c.Data, n, ReadOnlySpan<float>.Empty, accumulate: false);
        KernelHarness.AssertClose(LinearReference.Dense(a, m, k, w.Data, null, n), c, what: "C");
    }

    [Fact]
    public void The_automatic_path_is_the_widest_this_machine_runs()
    {
        GemmPath expected = Avx512F.IsSupported && Vector512.IsHardwareAccelerated ? GemmPath.Avx512
            : Avx.IsSupported && Fma.IsSupported ? GemmPath.Avx2
            : Vector128.IsHardwareAccelerated ? GemmPath.Vector128
            : GemmPath.Scalar;
        Assert.Equal(expected, Gemm.ActivePath);
    }
}
