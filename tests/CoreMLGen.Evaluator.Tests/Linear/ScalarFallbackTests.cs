using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.Kernels.MatrixMath;
using CoreMLGen.Evaluator.Tests.Recurrent;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Linear;

/// <summary>
/// The matrix products' scalar fallback (machines without AVX2 and FMA, ARM64 included) against the same float64
/// references as the vectorized kernel: the product cases, and LSTMs whose projections and steps all run through it.
/// </summary>
public sealed class ScalarFallbackTests
{
    public static IEnumerable<object[]> ProductCases() => new[]
    {
        new object[] { 1, 1, 1, 1 },
        new object[] { 3, 7, 17, 33 },
        new object[] { 4, 13, 40, 0 },
        new object[] { 6, 12, 33, 266 },
    };

    [Theory]
    [MemberData(nameof(ProductCases))]
    public void Products_match_the_reference(int seed, int m, int n, int k) =>
        Scalar(() => new GemmTests().Product_with_bias_and_accumulation_matches_reference(seed, m, n, k));

    [Fact]
    public void Strided_products_match_the_reference() =>
        Scalar(() => new GemmTests().Transposed_a_via_strides_and_plain_overwrite(11, 9, 20, 7));

    [Theory]
    [MemberData(nameof(LstmTests.Cases), MemberType = typeof(LstmTests))]
    public void Lstms_match_the_reference(int seed, bool peep, bool coupled, bool reverse, bool sequenceOutput, int batch, bool givenStates, WeightFormat format) =>
        Scalar(() => new LstmTests().Unidirectional_matches_reference(seed, peep, coupled, reverse, sequenceOutput, batch, givenStates, format));

    private static void Scalar(Action test)
    {
        Gemm.ScalarOnThisThread = true;
        try
        {
            test();
        }
        finally
        {
            Gemm.ScalarOnThisThread = false;
        }
    }
}
