using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluator.Tests.Recurrent;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Linear;

/// <summary>
/// The matrix products' scalar fallback (machines without 128-bit SIMD) against the same float64 references as the
/// AVX2 kernel: the product cases, and LSTMs whose projections and steps all run through it.
/// </summary>
public sealed class ScalarFallbackTests : ForcedGemmPathTests
{
    public ScalarFallbackTests()
        : base(GemmPath.Scalar)
    {
    }
}

/// <summary>
/// The <see cref="System.Runtime.Intrinsics.Vector128{T}"/> micro-kernels (what ARM64 and x64 machines without AVX2
/// run) against the same float64 references, with this machine's blocking (6×8 on x64, 4×16 on ARM64).
/// </summary>
public sealed class Vector128PathTests : ForcedGemmPathTests
{
    public Vector128PathTests()
        : base(GemmPath.Vector128)
    {
    }
}

/// <summary>The Vector128 path with ARM64's 4×16 blocking, whichever machine runs the tests.</summary>
public sealed class Vector128WidePathTests : ForcedGemmPathTests
{
    public Vector128WidePathTests()
        : base(GemmPath.Vector128, wide: true)
    {
    }
}

/// <summary>
/// The AVX2 + FMA micro-kernels, which machines with AVX-512 no longer run by default, and the LSTM steps through them
/// (the AVX-512 register steps only run on the AVX-512 path).
/// </summary>
public sealed class Avx2PathTests : ForcedGemmPathTests
{
    public Avx2PathTests()
        : base(GemmPath.Avx2)
    {
    }
}

/// <summary>
/// The AVX-512 blocks (12×32, copied rows) against the same references. On a machine without AVX-512 every case checks
/// instead that forcing the path fails clearly.
/// </summary>
public sealed class Avx512PathTests : ForcedGemmPathTests
{
    public Avx512PathTests()
        : base(GemmPath.Avx512)
    {
    }
}

/// <summary>The reference cases with one <see cref="GemmPath"/> forced on the test's thread.</summary>
public abstract class ForcedGemmPathTests
{
    private readonly GemmPath path;
    private readonly bool wide;

    // Internal enum, so the constructor cannot be public; xunit only builds the sealed public subclasses.
    private protected ForcedGemmPathTests(GemmPath path, bool wide = false)
    {
        this.path = path;
        this.wide = wide;
    }

    public static IEnumerable<object[]> ProductCases() => new[]
    {
        new object[] { 1, 1, 1, 1 },
        new object[] { 3, 7, 17, 33 },
        new object[] { 4, 13, 40, 0 },
        new object[] { 6, 12, 33, 266 },
    };

    // Every row remainder of the 4-, 6- and 12-row blocks against partial, exact and multi-panel widths (AVX-512 copies
    // rows only from 3 panels on: 33, 48 and 100 columns).
    public static IEnumerable<object[]> EdgeCases()
    {
        foreach (int n in new[] { 1, 3, 15, 16, 17, 33, 48, 100 })
        {
            foreach (int k in new[] { 0, 1, 266 })
            {
                foreach (int m in RowCounts())
                {
                    yield return new object[] { (m * 1000) + (n * 10) + k, m, n, k };
                }
            }
        }
    }

    private static IEnumerable<int> RowCounts()
    {
        for (int m = 1; m <= 13; m++)
        {
            yield return m;
        }

        yield return 24;
        yield return 25;
        yield return 35;
    }

    [Theory]
    [MemberData(nameof(ProductCases))]
    [MemberData(nameof(EdgeCases))]
    public void Products_match_the_reference(int seed, int m, int n, int k) =>
        Forced(() => new GemmTests().Product_with_bias_and_accumulation_matches_reference(seed, m, n, k));

    [Theory]
    [InlineData(11, 9, 20, 7)]
    [InlineData(12, 1, 3, 30)]
    [InlineData(13, 5, 17, 266)]
    public void Strided_products_match_the_reference(int seed, int m, int n, int k) =>
        Forced(() => new GemmTests().Transposed_a_via_strides_and_plain_overwrite(seed, m, n, k));

    [Theory]
    [MemberData(nameof(LstmTests.Cases), MemberType = typeof(LstmTests))]
    public void Lstms_match_the_reference(int seed, bool peep, bool coupled, bool reverse, bool sequenceOutput, int batch, bool givenStates, WeightFormat format) =>
        Forced(() => new LstmTests().Unidirectional_matches_reference(seed, peep, coupled, reverse, sequenceOutput, batch, givenStates, format));

    [Theory]
    [MemberData(nameof(LstmRegisterStepTests.Cases), MemberType = typeof(LstmRegisterStepTests))]
    public void Lstm_steps_of_the_register_kernels_shapes_match_the_reference(int seed, int hidden, int batch, int sequence, bool peep, bool reverse, float clip, double scale) =>
        Forced(() => new LstmRegisterStepTests().Steps_match_the_reference(seed, hidden, batch, sequence, peep, reverse, clip, scale));

    [Fact]
    public void Lstm_register_steps_run_exactly_on_the_AVX512_and_AVX2_paths() =>
        Forced(() => new LstmRegisterStepTests().The_register_steps_run_on_the_AVX512_and_AVX2_paths_and_only_for_the_usual_shape());

    [Fact]
    public void The_forced_path_runs_or_fails_clearly()
    {
        Forced(() =>
        {
            if (Gemm.CanRun(path))
            {
                Assert.Equal(path, Gemm.ActivePath);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => Gemm.ActivePath);
            }
        });
    }

    private void Forced(Action test)
    {
        if (!Gemm.CanRun(path))
        {
            Gemm.PathOnThisThread = path;
            try
            {
                Assert.Throws<InvalidOperationException>(() => Gemm.ActivePath);
            }
            finally
            {
                Gemm.PathOnThisThread = GemmPath.Auto;
            }

            return;
        }

        Gemm.PathOnThisThread = path;
        Gemm.WideVector128OnThisThread = wide;
        try
        {
            test();
        }
        finally
        {
            Gemm.PathOnThisThread = GemmPath.Auto;
            Gemm.WideVector128OnThisThread = false;
        }
    }
}
