using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// A GLM classifier. Binary (one weight row): p(label 1) = link(s), p(label 0) = 1 - p(label 1). Multi-class with
/// ReferenceClass encoding (n - 1 rows, label 0 the reference with score 0): softmax over [0, s_1 .. s_n-1].
/// Multi-class OneVsRest (n rows): each class's logistic score, normalised to sum to 1.
/// </summary>
internal sealed class GlmClassifierRunner : ModelRunner
{
    private readonly NumericInputs _inputs;
    private readonly LinearWeights _weights;
    private readonly bool _probit;
    private readonly bool _referenceClass;
    private readonly ClassifierOutput _labels;
    private readonly ModelDescription _description;
    private readonly double[] _scores;
    private readonly double[] _probabilities;

    public GlmClassifierRunner(GLMClassifier model, ModelDescription description, string where)
    {
        if (!Enum.IsDefined(model.PostEvaluationTransform))
        {
            throw new ModelLoadException(where + ": unknown postEvaluationTransform " + Text((int)model.PostEvaluationTransform) + ".");
        }

        if (!Enum.IsDefined(model.ClassEncoding))
        {
            throw new ModelLoadException(where + ": unknown classEncoding " + Text((int)model.ClassEncoding) + ".");
        }

        _labels = ClassifierOutput.FromLabels(model.StringClassLabels, model.Int64ClassLabels, where);
        ClassifierChecks.CheckLabelOutput(description, _labels, where);
        _weights = LinearWeights.Create(model.Weights.Select(w => (IReadOnlyList<double>)w.Value).ToArray(), model.Offset, where);
        _probit = model.PostEvaluationTransform == GLMClassifier.Types.PostEvaluationTransform.Probit;
        _referenceClass = model.ClassEncoding == GLMClassifier.Types.ClassEncoding.ReferenceClass;

        int classes = _labels.Count;
        int expectedRows = classes == 2 ? 1 : _referenceClass ? classes - 1 : classes;
        if (_weights.Count != expectedRows)
        {
            throw new ModelLoadException(
                where + ": " + Text(classes) + " classes with " + model.ClassEncoding + " encoding need " + Text(expectedRows)
                + " weight rows, but the model has " + Text(_weights.Count) + ".");
        }

        if (_probit && classes != 2)
        {
            throw new ModelLoadException(where + ": the Probit transform supports only binary classification, but the model has " + Text(classes) + " classes.");
        }

        _inputs = NumericInputs.FromDescription(description, where);
        _weights.CheckInputs(_inputs, where);
        _description = description;
        _scores = new double[_weights.Count];
        _probabilities = new double[classes];
    }

    public override void Run(FeatureSet features)
    {
        ReadOnlySpan<double> input = _inputs.Read(features);
        if (input.Length != _weights.InputLength)
        {
            throw _inputs.WrongLength(input.Length, Text(_weights.InputLength));
        }

        _weights.Evaluate(input, _scores);
        if (_probabilities.Length == 2)
        {
            double positive = _probit ? LinkFunctions.NormalCdf(_scores[0]) : LinkFunctions.Logistic(_scores[0]);
            _probabilities[0] = 1.0 - positive;
            _probabilities[1] = positive;
        }
        else if (_referenceClass)
        {
            SoftmaxWithReference(_scores, _probabilities);
        }
        else
        {
            NormalisedLogistic(_scores, _probabilities);
        }

        _labels.Write(features, _description, _probabilities);
    }

    // p_0 = 1 / (1 + Σ e^s_j), p_k = e^s_(k-1) / (1 + Σ e^s_j), shifted by the largest score so nothing overflows.
    private static void SoftmaxWithReference(ReadOnlySpan<double> scores, Span<double> probabilities)
    {
        double largest = 0;
        foreach (double score in scores)
        {
            largest = Math.Max(largest, score);
        }

        probabilities[0] = Math.Exp(-largest);
        double sum = probabilities[0];
        for (int k = 0; k < scores.Length; k++)
        {
            probabilities[k + 1] = Math.Exp(scores[k] - largest);
            sum += probabilities[k + 1];
        }

        for (int k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] /= sum;
        }
    }

    private static void NormalisedLogistic(ReadOnlySpan<double> scores, Span<double> probabilities)
    {
        double sum = 0;
        for (int k = 0; k < scores.Length; k++)
        {
            probabilities[k] = LinkFunctions.Logistic(scores[k]);
            sum += probabilities[k];
        }

        for (int k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] /= sum;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
