using CoreML.Specification;
using CoreMLGen.Evaluation.MLPrograms.Reading;
using CoreMLGen.Evaluation.Models;

namespace CoreMLGen.Evaluation.Composition;

/// <summary>
/// Builds the runner for a model spec. Each family has its own part of this class (ModelRunnerFactory.*.cs), which
/// returns null for models that are not its own.
/// </summary>
internal static partial class ModelRunnerFactory
{
    /// <param name="spec">The model (or pipeline step).</param>
    /// <param name="description">Its interface (for a multi-function model, the chosen function's).</param>
    /// <param name="where">Where the model is, for messages (e.g. "Midi.mlmodel" or "Midi.mlmodel, pipeline step 'nn'").</param>
    /// <param name="options">The evaluator options.</param>
    /// <param name="files">Where an ML Program's weight files are (the model file's folder, or embedded resources), or null.</param>
    public static ModelRunner Create(Model spec, ModelDescription description, string where, EvaluatorOptions options, ModelFileSource? files = null)
    {
        return CreateNeuralNetwork(spec, description, where, options)
            ?? CreateMLProgram(spec, description, where, options, files)
            ?? CreatePipeline(spec, description, where, options)
            ?? CreateClassic(spec, description, where, options)
            ?? throw Unsupported(spec, where);
    }

    public static ModelLoadException Unsupported(Model spec, string where) =>
        spec.TypeCase == Model.TypeOneofCase.None
            ? new ModelLoadException(where + ": the model has no type set (or one this version of CoreMLGen does not know).")
            : new ModelLoadException(where + ": " + TypeName(spec) + " models are not supported by the managed evaluator.");

    public static string TypeName(Model spec)
    {
        string name = spec.TypeCase.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
