using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// A tree ensemble classifier. Binary (one dimension, two labels): p(label 1) = t(score), p(label 0) = 1 - p(label 1),
/// t being identity, logistic, or softmax against a zero reference score (the same logistic). Multi-class (one
/// dimension per label): the scores, their softmax, or their logistic. Without labels, as in Core ML, the labels are
/// the int64 class indices.
/// </summary>
internal sealed class TreeEnsembleClassifierRunner : ModelRunner
{
    private readonly TreeEnsembleInputs _ensemble;
    private readonly TreeEnsemblePostEvaluationTransform _transform;
    private readonly ClassifierOutput _labels;
    private readonly ModelDescription _description;
    private readonly double[] _scores;
    private readonly double[] _probabilities;

    public TreeEnsembleClassifierRunner(TreeEnsembleClassifier model, ModelDescription description, string where)
    {
        TreeEnsemble ensemble = TreeEnsembleCompiler.Compile(model.TreeEnsemble, where);
        _labels = ClassifierOutput.FromLabels(model.StringClassLabels, model.Int64ClassLabels ?? DefaultLabels(ensemble.Dimensions, model), where);
        bool binary = ensemble.Dimensions == 1;
        if (binary ? _labels.Count != 2 : _labels.Count != ensemble.Dimensions)
        {
            throw new ModelLoadException(
                where + ": " + Text(ensemble.Dimensions) + " prediction dimensions do not fit " + Text(_labels.Count)
                + " class labels (one dimension needs two labels; otherwise one dimension per label).");
        }

        _transform = model.PostEvaluationTransform;
        bool supported = _transform switch
        {
            TreeEnsemblePostEvaluationTransform.NoTransform or TreeEnsemblePostEvaluationTransform.RegressionLogistic => true,
            TreeEnsemblePostEvaluationTransform.ClassificationSoftMax => !binary,
            TreeEnsemblePostEvaluationTransform.ClassificationSoftMaxWithZeroClassReference => binary,
            _ => false,
        };
        if (!supported)
        {
            throw new ModelLoadException(
                where + ": postEvaluationTransform " + _transform + " is not supported for a " + (binary ? "binary" : "multi-class") + " tree ensemble classifier.");
        }

        ClassifierChecks.CheckLabelOutput(description, _labels, where);
        _ensemble = new TreeEnsembleInputs(ensemble, description, where);
        _description = description;
        _scores = new double[ensemble.Dimensions];
        _probabilities = new double[_labels.Count];
    }

    public override void Run(FeatureSet features)
    {
        _ensemble.Score(features, _scores);
        if (_transform == TreeEnsemblePostEvaluationTransform.ClassificationSoftMax)
        {
            TreeScoreTransforms.Softmax(_scores);
        }
        else if (_transform != TreeEnsemblePostEvaluationTransform.NoTransform)
        {
            // Regression_Logistic, and for one dimension softmax([0, s]) which is the same logistic.
            TreeScoreTransforms.Logistic(_scores);
        }

        if (_scores.Length == 1)
        {
            _probabilities[0] = 1.0 - _scores[0];
            _probabilities[1] = _scores[0];
        }
        else
        {
            _scores.CopyTo(_probabilities, 0);
        }

        _labels.Write(features, _description, _probabilities);
    }

    private static Int64Vector? DefaultLabels(int dimensions, TreeEnsembleClassifier model)
    {
        if (model.ClassLabelsCase != TreeEnsembleClassifier.ClassLabelsOneofCase.None)
        {
            return null;
        }

        var labels = new Int64Vector();
        labels.Vector.AddRange(Enumerable.Range(0, dimensions == 1 ? 2 : dimensions).Select(i => (long)i));
        return labels;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
