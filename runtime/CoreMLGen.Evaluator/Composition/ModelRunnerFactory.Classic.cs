using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Evaluation.Models.Classic;

namespace CoreMLGen.Evaluation.Composition;

// glmRegressor, glmClassifier, featureVectorizer, treeEnsembleRegressor, treeEnsembleClassifier.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateClassic(Model spec, ModelDescription description, string where, EvaluatorOptions options)
    {
        switch (spec.TypeCase)
        {
            case Model.TypeOneofCase.GlmRegressor:
                return new GlmRegressorRunner(spec.GlmRegressor, description, where);
            case Model.TypeOneofCase.GlmClassifier:
                return new GlmClassifierRunner(spec.GlmClassifier, description, where);
            case Model.TypeOneofCase.FeatureVectorizer:
                return new FeatureVectorizerRunner(spec.FeatureVectorizer, description, where);
            case Model.TypeOneofCase.TreeEnsembleRegressor:
                return new TreeEnsembleRegressorRunner(spec.TreeEnsembleRegressor, description, where);
            case Model.TypeOneofCase.TreeEnsembleClassifier:
                return new TreeEnsembleClassifierRunner(spec.TreeEnsembleClassifier, description, where);
            default:
                return null;
        }
    }
}
