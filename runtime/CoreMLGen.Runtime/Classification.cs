using System;
using System.Collections.Generic;

namespace CoreMLGen;

/// <summary>Helpers for classifier outputs (label → probability dictionaries).</summary>
public static class Classification
{
    /// <summary>
    /// The <paramref name="k"/> most probable labels, most probable first. Ties are broken by label so the
    /// result never depends on dictionary order: strings by ordinal comparison, other labels (e.g. 64-bit
    /// integers) ascending by <see cref="Comparer{T}.Default"/>. NaN probabilities sort last.
    /// </summary>
    /// <typeparam name="TLabel">The label type, usually <see cref="string"/> or <see cref="long"/>.</typeparam>
    /// <param name="probabilities">The probability of each label.</param>
    /// <param name="k">How many labels to return; all of them when larger than the count.</param>
    /// <returns>Up to <paramref name="k"/> label–probability pairs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public static IReadOnlyList<KeyValuePair<TLabel, double>> TopK<TLabel>(IReadOnlyDictionary<TLabel, double> probabilities, int k)
        where TLabel : notnull
    {
        if (probabilities is null)
        {
            throw new ArgumentNullException(nameof(probabilities));
        }

        if (k < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must not be negative.");
        }

        var entries = new List<KeyValuePair<TLabel, double>>(probabilities.Count);
        foreach (KeyValuePair<TLabel, double> entry in probabilities)
        {
            entries.Add(entry);
        }

        // The default string comparer follows the current culture; labels must order the same everywhere.
        IComparer<TLabel> labels = typeof(TLabel) == typeof(string)
            ? (IComparer<TLabel>)(object)StringComparer.Ordinal
            : Comparer<TLabel>.Default;
        entries.Sort((a, b) => CompareByProbabilityThenLabel(a, b, labels));

        if (k < entries.Count)
        {
            entries.RemoveRange(k, entries.Count - k);
        }

        return entries.AsReadOnly();
    }

    private static int CompareByProbabilityThenLabel<TLabel>(
        KeyValuePair<TLabel, double> a, KeyValuePair<TLabel, double> b, IComparer<TLabel> labels)
    {
        bool aIsNaN = double.IsNaN(a.Value);
        bool bIsNaN = double.IsNaN(b.Value);
        if (aIsNaN != bIsNaN)
        {
            return aIsNaN ? 1 : -1;
        }

        // Descending probability; NaN pairs fall through to the label order.
        int byProbability = aIsNaN ? 0 : b.Value.CompareTo(a.Value);
        return byProbability != 0 ? byProbability : labels.Compare(a.Key, b.Key);
    }
}
