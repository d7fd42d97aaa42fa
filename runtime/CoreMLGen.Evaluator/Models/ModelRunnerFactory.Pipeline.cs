using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models;

// pipeline, pipelineClassifier, pipelineRegressor.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreatePipeline(Model spec, ModelDescription description, string where, EvaluatorOptions options)
    {
        switch (spec.TypeCase)
        {
            default:
                return null;
        }
    }
}
