using CoreML.Specification;
using CoreMLGen.Evaluation.MLPrograms;
using CoreMLGen.Evaluation.MLPrograms.Reading;
using CoreMLGen.Evaluation.Models;

namespace CoreMLGen.Evaluation.Composition;

// mlProgram: the MIL interpreter (MLPrograms/), a second front end on the evaluator's kernels.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateMLProgram(Model spec, ModelDescription description, string where, EvaluatorOptions options, ModelFileSource? files) =>
        spec.TypeCase == Model.TypeOneofCase.MlProgram ? new MilProgramRunner(spec, description, where, options, files) : null;
}
