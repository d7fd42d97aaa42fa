using CoreML.Specification;
using CoreMLGen.Evaluation.MLPrograms;

namespace CoreMLGen.Evaluation.Models;

// mlProgram: the MIL interpreter (MLPrograms/), a second front end on the evaluator's kernels.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateMLProgram(Model spec, ModelDescription description, string where, EvaluatorOptions options, string? modelDirectory) =>
        spec.TypeCase == Model.TypeOneofCase.MlProgram ? new MilProgramRunner(spec, description, where, options, modelDirectory) : null;
}
