using CoreML.Specification;
using CoreMLGen.Evaluation.Models;

namespace CoreMLGen.Evaluation.Composition;

// pipeline, pipelineClassifier, pipelineRegressor.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreatePipeline(Model spec, ModelDescription description, string where, EvaluatorOptions options) => spec.TypeCase switch
    {
        Model.TypeOneofCase.Pipeline => new PipelineRunner(spec.Pipeline, description, where, options),
        Model.TypeOneofCase.PipelineClassifier => new PipelineRunner(spec.PipelineClassifier.Pipeline, description, where, options),
        Model.TypeOneofCase.PipelineRegressor => new PipelineRunner(spec.PipelineRegressor.Pipeline, description, where, options),
        _ => null,
    };
}
