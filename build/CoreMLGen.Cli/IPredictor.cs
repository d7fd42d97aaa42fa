using System.Collections.Generic;

namespace CoreMLGen.Cli;

/// <summary>A loaded model as <c>predict</c> sees it: its interface and one prediction (the managed evaluator, or a stand-in in tests).</summary>
internal interface IPredictor
{
    IReadOnlyList<ModelFeature> Inputs { get; }

    IReadOnlyList<ModelFeature> Outputs { get; }

    IFeatureProvider Predict(IFeatureProvider input);
}
