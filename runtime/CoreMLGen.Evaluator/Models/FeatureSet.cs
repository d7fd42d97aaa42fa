using System;
using System.Collections.Generic;

namespace CoreMLGen.Evaluation.Models;

/// <summary>The features of one prediction by name: the inputs, then every output a model (or pipeline step) adds.</summary>
internal sealed class FeatureSet : Dictionary<string, FeatureValue>
{
    public FeatureSet()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The named feature, or a <see cref="FeatureMissingException"/>.</summary>
    public FeatureValue Require(string name) =>
        TryGetValue(name, out FeatureValue? value) ? value : throw new FeatureMissingException(name);
}
