using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models;

// glmRegressor, glmClassifier, featureVectorizer, treeEnsembleRegressor, treeEnsembleClassifier.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateClassic(Model spec, ModelDescription description, string where, EvaluatorOptions options)
    {
        switch (spec.TypeCase)
        {
            default:
                return null;
        }
    }
}
