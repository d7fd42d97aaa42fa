using System;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>The score transforms of tree ensembles that act on the whole score vector.</summary>
internal static class TreeScoreTransforms
{
    /// <summary>e^s_i / Σ e^s_j, shifted by the largest score so nothing overflows.</summary>
    public static void Softmax(Span<double> scores)
    {
        double largest = double.NegativeInfinity;
        foreach (double score in scores)
        {
            largest = Math.Max(largest, score);
        }

        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - largest);
            sum += scores[i];
        }

        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }

    /// <summary>1 / (1 + e^-s_i) for each score.</summary>
    public static void Logistic(Span<double> scores)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = LinkFunctions.Logistic(scores[i]);
        }
    }
}
