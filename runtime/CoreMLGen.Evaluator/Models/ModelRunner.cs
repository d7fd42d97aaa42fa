namespace CoreMLGen.Evaluation.Models;

/// <summary>
/// One model of a spec (the whole model, or one step of a pipeline), built and checked at load time. A run reads its
/// inputs from the feature set by name and adds its outputs to it.
/// </summary>
internal abstract class ModelRunner
{
    public abstract void Run(FeatureSet features);
}
