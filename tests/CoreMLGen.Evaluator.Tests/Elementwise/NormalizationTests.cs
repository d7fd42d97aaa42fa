using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;
using static CoreMLGen.Evaluator.Tests.Elementwise.ElementwiseTestData;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

public sealed class NormalizationTests
{
    public static IEnumerable<object[]> BatchnormCases() =>
        from mode in new[] { "stored", "instance", "batch" } from seed in Seeds from nd in new[] { false, true } select new object[] { mode, seed, nd };

    [Theory]
    [MemberData(nameof(BatchnormCases))]
    public void BatchnormMatchesTheFormula(string mode, int seed, bool nd)
    {
        var random = new Random(seed);
        int[] shape = RandomShape(random, nd, minRank: 3);
        int c = shape[^3];
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -3, 3);
        double[] gamma = RandomValues(random, c, 0.5, 2), beta = RandomValues(random, c, -1, 1);
        double[] mean = RandomValues(random, c, -1, 1), variance = RandomValues(random, c, 0.1, 2);
        float epsilon = seed % 2 == 0 ? 0f : 1e-3f;
        var p = new BatchnormLayerParams
        {
            Channels = (ulong)c,
            Epsilon = epsilon,
            ComputeMeanVar = mode != "stored",
            InstanceNormalization = mode == "instance",
            Gamma = Weights(gamma),
            Beta = Weights(beta),
            Mean = Weights(mean),
            Variance = Weights(variance),
        };
        double[] expected = NormalizationReference.Batchnorm(x, shape, gamma, beta, mode == "stored" ? mean : null, mode == "stored" ? variance : null, epsilon == 0f ? 1e-5 : epsilon, mode == "instance");
        RunAndCompare(Layer("bn", l => l.Batchnorm = p), nd, expected, shape, "batchnorm " + mode + " seed " + seed, BlobOf(shape, x));
    }

    public static IEnumerable<object[]> SeedsAndModes() => from seed in Seeds from nd in new[] { false, true } select new object[] { seed, nd };

    [Theory]
    [MemberData(nameof(SeedsAndModes))]
    public void L2NormalizeDividesEachItemByItsNorm(int seed, bool nd)
    {
        var random = new Random(seed);
        int[] shape = RandomShape(random, nd, minRank: 3);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -3, 3);
        float epsilon = seed % 2 == 0 ? 0f : 0.5f;
        double[] expected = NormalizationReference.L2Normalize(x, shape, epsilon == 0f ? 1e-6 : epsilon);
        RunAndCompare(Layer("l2", l => l.L2Normalize = new L2NormalizeLayerParams { Epsilon = epsilon }), nd, expected, shape, "l2normalize seed " + seed, BlobOf(shape, x));
    }

    public static IEnumerable<object[]> MvnCases() =>
        from across in new[] { false, true } from variance in new[] { false, true } from seed in Seeds select new object[] { across, variance, seed };

    [Theory]
    [MemberData(nameof(MvnCases))]
    public void MvnSubtractsTheMeanAndDividesByTheDeviation(bool acrossChannels, bool normalizeVariance, int seed)
    {
        var random = new Random(seed);
        bool nd = seed % 2 == 0;
        int[] shape = RandomShape(random, nd, minRank: 3);
        double[] x = RandomValues(random, shape.Aggregate(1, (p, d) => p * d), -3, 3);
        double[] expected = NormalizationReference.Mvn(x, shape, acrossChannels, normalizeVariance, 1e-6);
        var p = new MeanVarianceNormalizeLayerParams { AcrossChannels = acrossChannels, NormalizeVariance = normalizeVariance };
        RunAndCompare(Layer("mvn", l => l.Mvn = p), nd, expected, shape, "mvn seed " + seed, BlobOf(shape, x));
    }
}
