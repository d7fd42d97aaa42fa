using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>A tree ensemble regressor: the summed scores, optionally through a logistic or softmax.</summary>
internal sealed class TreeEnsembleRegressorRunner : ModelRunner
{
    private readonly TreeEnsembleInputs _ensemble;
    private readonly TreeEnsemblePostEvaluationTransform _transform;
    private readonly NumericOutput _output;
    private readonly double[] _scores;

    public TreeEnsembleRegressorRunner(TreeEnsembleRegressor model, ModelDescription description, string where)
    {
        TreeEnsemble ensemble = TreeEnsembleCompiler.Compile(model.TreeEnsemble, where);
        _transform = model.PostEvaluationTransform;
        if (_transform is not (TreeEnsemblePostEvaluationTransform.NoTransform or TreeEnsemblePostEvaluationTransform.RegressionLogistic
            or TreeEnsemblePostEvaluationTransform.ClassificationSoftMax))
        {
            // The zero-class-reference softmax is only defined for classifiers (and unknown values for nobody).
            throw new ModelLoadException(where + ": postEvaluationTransform " + _transform + " is not supported for a tree ensemble regressor.");
        }

        _ensemble = new TreeEnsembleInputs(ensemble, description, where);
        _output = NumericOutput.ForRegressor(description, ensemble.Dimensions, where);
        _scores = new double[ensemble.Dimensions];
    }

    public override void Run(FeatureSet features)
    {
        _ensemble.Score(features, _scores);
        if (_transform == TreeEnsemblePostEvaluationTransform.RegressionLogistic)
        {
            TreeScoreTransforms.Logistic(_scores);
        }
        else if (_transform == TreeEnsemblePostEvaluationTransform.ClassificationSoftMax)
        {
            TreeScoreTransforms.Softmax(_scores);
        }

        _output.Write(features, _scores);
    }
}
