using System;
using System.Collections.Generic;

namespace CoreMLGen.Evaluation.Models;

/// <summary>
/// One model of a spec (the whole model, or one step of a pipeline), built and checked at load time. A run reads its
/// inputs from the feature set by name and adds its outputs to it.
/// </summary>
internal abstract class ModelRunner
{
    public abstract void Run(FeatureSet features);

    /// <summary>
    /// The multi-array inputs that feed a rank-5 neural network, which may carry leading [Seq, Batch] dimensions in front
    /// of their declared shape (a whole sequence at once).
    /// </summary>
    public virtual IEnumerable<string> SequenceInputs => Array.Empty<string>();
}
