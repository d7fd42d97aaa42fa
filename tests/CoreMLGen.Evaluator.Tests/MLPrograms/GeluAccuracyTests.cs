using System;
using System.Linq;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>
/// gelu EXACT runs a vectorised kernel with a float erf approximation: checked here against a float64 reference over
/// the whole range where x·Φ(x) differs from 0 or x in float, on a length that leaves a partial vector and block, and
/// at NaN and the infinities.
/// </summary>
public sealed class GeluAccuracyTests
{
    [Fact]
    public void Gelu_exact_is_within_5e_7_of_x_phi_x_from_minus_10_to_10()
    {
        float[] x = Enumerable.Range(-1000, 2001).Select(i => i / 100f).Concat(new[] { 1e-30f, -1e-30f, 0f }).ToArray();
        var spec = new MilSpecBuilder().Input("x", new[] { x.Length }).Text("mode", "EXACT").Op("gelu", "y", "x=x", "mode=mode").Output("y");
        double[] expected = x.Select(v => v * Phi(v)).ToArray();
        MilRun.AssertClose(expected, new[] { x.Length }, MilRun.Predict(spec, "y", ("x", x, new[] { x.Length })), 5e-7);
    }

    [Fact]
    public void Gelu_exact_keeps_nan_and_gives_x_phi_x_at_the_infinities()
    {
        // Repeated, so both the vector loop and the scalar tail see every case.
        float[] cases = { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 50f, -50f };
        float[] x = Enumerable.Repeat(cases, 5).SelectMany(c => c).ToArray();
        var spec = new MilSpecBuilder().Input("x", new[] { x.Length }).Text("mode", "EXACT").Op("gelu", "y", "x=x", "mode=mode").Output("y");
        float[] y = MilRun.Predict(spec, "y", ("x", x, new[] { x.Length })).Values;
        for (int i = 0; i < x.Length; i += cases.Length)
        {
            Assert.True(float.IsNaN(y[i]));
            Assert.Equal(float.PositiveInfinity, y[i + 1]);
            Assert.True(float.IsNaN(y[i + 2]), "−∞ · Φ(−∞) = −∞ · 0");
            Assert.Equal(50f, y[i + 3]);
            Assert.Equal(0f, y[i + 4]);
        }
    }

    // Φ(x) = ½ erfc(−x/√2): the Taylor series of erf where it converges without cancellation (|a| ≤ 3), else the
    // asymptotic series of erfc, truncated at its smallest term.
    private static double Phi(double x)
    {
        double a = -x / Math.Sqrt(2);
        if (Math.Abs(a) <= 3)
        {
            double sum = 0, term = a;
            for (int n = 0; n < 100; n++)
            {
                sum += term / (2 * n + 1);
                term *= -a * a / (n + 1);
            }

            return 0.5 * (1 - (2 / Math.Sqrt(Math.PI) * sum));
        }

        double b = Math.Abs(a), series = 0, part = 1;
        for (int k = 0; k < 10; k++)
        {
            series += part;
            part *= -(2 * k + 1) / (2 * b * b);
        }

        double erfc = Math.Exp(-b * b) / (b * Math.Sqrt(Math.PI)) * series;
        return 0.5 * (a > 0 ? erfc : 2 - erfc);
    }
}
