using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics.Tensors;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>The weight rows and offsets of a GLM: score_i = w_i · x + offset_i, checked once at load.</summary>
internal sealed class LinearWeights
{
    private readonly double[] _weights;
    private readonly double[] _offsets;

    private LinearWeights(double[] weights, double[] offsets, int inputLength)
    {
        _weights = weights;
        _offsets = offsets;
        InputLength = inputLength;
    }

    /// <summary>The number of scores (weight rows).</summary>
    public int Count => _offsets.Length;

    /// <summary>The length of every weight row, which the input vector must match.</summary>
    public int InputLength { get; }

    /// <summary>Flattens the rows; a load error when there are none, when they differ in length, or when the offsets do not match.</summary>
    public static LinearWeights Create(IReadOnlyList<IReadOnlyList<double>> rows, IReadOnlyList<double> offsets, string where)
    {
        if (rows.Count == 0)
        {
            throw new ModelLoadException(where + ": the model has no weights.");
        }

        if (offsets.Count != rows.Count)
        {
            throw new ModelLoadException(
                where + ": the model has " + Text(rows.Count) + " weight rows but " + Text(offsets.Count) + " offsets; they must match.");
        }

        int length = rows[0].Count;
        if (length == 0)
        {
            throw new ModelLoadException(where + ": weight row 0 is empty.");
        }

        var weights = new double[checked(rows.Count * length)];
        for (int row = 0; row < rows.Count; row++)
        {
            if (rows[row].Count != length)
            {
                throw new ModelLoadException(
                    where + ": weight row " + Text(row) + " has " + Text(rows[row].Count) + " values, but row 0 has " + Text(length) + "; all rows must have the same length.");
            }

            for (int i = 0; i < length; i++)
            {
                weights[row * length + i] = rows[row][i];
            }
        }

        var offsetValues = new double[offsets.Count];
        for (int i = 0; i < offsetValues.Length; i++)
        {
            offsetValues[i] = offsets[i];
        }

        return new LinearWeights(weights, offsetValues, length);
    }

    /// <summary>A load error when the declared inputs cannot hold exactly one value per weight.</summary>
    public void CheckInputs(NumericInputs inputs, string where)
    {
        if (inputs.DeclaredLength is int declared && declared != InputLength)
        {
            throw new ModelLoadException(
                where + ": the inputs " + inputs.Names + " hold " + Text(declared) + " values, but the weight rows have " + Text(InputLength) + ".");
        }
    }

    /// <summary>Computes every score for the input vector (whose length the caller has checked).</summary>
    public void Evaluate(ReadOnlySpan<double> input, Span<double> scores)
    {
        for (int row = 0; row < _offsets.Length; row++)
        {
            scores[row] = TensorPrimitives.Dot(_weights.AsSpan(row * InputLength, InputLength), input) + _offsets[row];
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
