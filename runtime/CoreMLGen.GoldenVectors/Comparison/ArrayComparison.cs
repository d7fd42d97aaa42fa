using System;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// Element-wise comparison of an actual array with an expected one, as numpy's <c>allclose</c> judges it: an element
/// passes when |a − e| ≤ atol + rtol·|e|; NaN in both at the same place passes, NaN in one only fails; infinities pass
/// only when equal. The figures (max abs diff, mean relative error, SNR) are over the elements where both are finite.
/// </summary>
/// <param name="MaxAbsDiff">The largest |a − e| over finite pairs (0 when there are none).</param>
/// <param name="MaxAbsDiffIndex">The flat index of that element, or -1.</param>
/// <param name="MeanRelativeError">The mean over finite pairs of |a − e| / max(|e|, 1): relative for |e| ≥ 1, absolute below, so zeros do not blow it up.</param>
/// <param name="SnrDb">10·log10(Σe² / Σ(e − a)²) over finite pairs; +∞ when they are equal, −∞ when the expected values are all zero but the actual ones are not.</param>
/// <param name="Violations">How many elements fail the tolerance.</param>
/// <param name="FirstViolationIndex">The flat index of the first failing element, or -1.</param>
/// <param name="NaNMismatches">How many elements are NaN in one array only.</param>
public sealed record ArrayComparison(double MaxAbsDiff, long MaxAbsDiffIndex, double MeanRelativeError, double SnrDb, long Violations, long FirstViolationIndex, long NaNMismatches)
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/> element by element.</summary>
    /// <param name="expected">The reference values (e.g. what Core ML or the original framework produced).</param>
    /// <param name="actual">The values to check, of the same length.</param>
    /// <param name="atol">Absolute tolerance (zero or more).</param>
    /// <param name="rtol">Relative tolerance (zero or more), scaled by |expected|.</param>
    /// <returns>The figures and the violations.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, or a tolerance is negative or NaN.</exception>
    public static ArrayComparison Compare(double[] expected, double[] actual, double atol, double rtol)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!(atol >= 0) || !(rtol >= 0))
        {
            throw new ArgumentException("The tolerances must be zero or more.", nameof(atol));
        }

        if (expected.Length != actual.Length)
        {
            throw new ArgumentException("The arrays differ in length.", nameof(actual));
        }

        double maxAbs = 0;
        long maxAbsIndex = -1;
        double relativeSum = 0;
        long finitePairs = 0;
        double signal = 0;
        double noise = 0;
        long violations = 0;
        long firstViolation = -1;
        long nanMismatches = 0;
        for (long i = 0; i < expected.LongLength; i++)
        {
            double e = expected[i];
            double a = actual[i];
            bool bothFinite = double.IsFinite(e) && double.IsFinite(a);
            bool pass;
            if (bothFinite)
            {
                double difference = Math.Abs(a - e);
                pass = difference <= atol + (rtol * Math.Abs(e));
                if (difference > maxAbs || maxAbsIndex < 0)
                {
                    maxAbs = difference;
                    maxAbsIndex = i;
                }

                relativeSum += difference / Math.Max(Math.Abs(e), 1);
                finitePairs++;
                signal += e * e;
                noise += (e - a) * (e - a);
            }
            else
            {
                // NaN matches NaN; an infinity matches only the same infinity.
                pass = (double.IsNaN(e) && double.IsNaN(a)) || e == a;
                if (double.IsNaN(e) != double.IsNaN(a))
                {
                    nanMismatches++;
                }
            }

            if (!pass)
            {
                violations++;
                if (firstViolation < 0)
                {
                    firstViolation = i;
                }
            }
        }

        double snr = noise == 0 ? double.PositiveInfinity : 10 * Math.Log10(signal / noise);
        return new ArrayComparison(maxAbs, maxAbsIndex, finitePairs == 0 ? 0 : relativeSum / finitePairs, snr, violations, firstViolation, nanMismatches);
    }
}
