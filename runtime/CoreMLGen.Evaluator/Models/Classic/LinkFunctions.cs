using System;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>The inverse link functions of GLM and tree models: logistic (logit) and the standard normal CDF (probit).</summary>
internal static class LinkFunctions
{
    private const double ContinuedFractionFrom = 2.0;
    private const int ContinuedFractionTerms = 120;

    /// <summary>1 / (1 + e^-x).</summary>
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>The standard normal cumulative distribution Φ(x) = erfc(-x / √2) / 2.</summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2.0));

    /// <summary>The complementary error function, to about 1e-15 relative error (the framework has none).</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (Math.Abs(x) < ContinuedFractionFrom)
        {
            return 1.0 - ErfSeries(x);
        }

        return x > 0 ? ErfcContinuedFraction(x) : 2.0 - ErfcContinuedFraction(-x);
    }

    // erf(x) = 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1)); for |x| < 2 the terms stay small enough to lose under one digit.
    private static double ErfSeries(double x)
    {
        double square = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 100; n++)
        {
            term *= -square / n;
            double contribution = term / (2 * n + 1);
            sum += contribution;
            if (Math.Abs(contribution) < 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return sum * 2.0 / Math.Sqrt(Math.PI);
    }

    // erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))) for x ≥ 2, evaluated from the tail.
    private static double ErfcContinuedFraction(double x)
    {
        double tail = x;
        for (int k = ContinuedFractionTerms; k >= 1; k--)
        {
            tail = x + k * 0.5 / tail;
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / tail;
    }
}
