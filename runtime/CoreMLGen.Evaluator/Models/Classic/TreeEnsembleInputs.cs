using System;
using System.Globalization;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>A tree ensemble with its inputs: reads the feature vector and sums the trees' leaves into scores.</summary>
internal sealed class TreeEnsembleInputs
{
    private readonly NumericInputs _inputs;
    private readonly TreeEnsemble _ensemble;

    public TreeEnsembleInputs(TreeEnsemble ensemble, ModelDescription description, string where)
    {
        _ensemble = ensemble;
        _inputs = NumericInputs.FromDescription(description, where);
        if (_inputs.DeclaredLength is int declared && declared < ensemble.FeatureCount)
        {
            throw new ModelLoadException(
                where + ": a branch reads feature " + Text(ensemble.FeatureCount - 1) + ", but the inputs " + _inputs.Names + " hold only " + Text(declared) + " values.");
        }
    }

    /// <summary>Reads the inputs and writes the raw (untransformed) scores.</summary>
    public void Score(FeatureSet features, Span<double> scores)
    {
        ReadOnlySpan<double> input = _inputs.Read(features);
        if (input.Length < _ensemble.FeatureCount)
        {
            throw _inputs.WrongLength(input.Length, "at least " + Text(_ensemble.FeatureCount));
        }

        _ensemble.Evaluate(input, scores);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
