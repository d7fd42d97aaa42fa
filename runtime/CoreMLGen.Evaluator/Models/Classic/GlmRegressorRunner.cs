using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>A GLM regressor: y_i = link(w_i · x + offset_i), link being identity, logistic or the normal CDF.</summary>
internal sealed class GlmRegressorRunner : ModelRunner
{
    private readonly NumericInputs _inputs;
    private readonly LinearWeights _weights;
    private readonly GLMRegressor.Types.PostEvaluationTransform _transform;
    private readonly NumericOutput _output;
    private readonly double[] _scores;

    public GlmRegressorRunner(GLMRegressor model, ModelDescription description, string where)
    {
        _transform = model.PostEvaluationTransform;
        if (!Enum.IsDefined(_transform))
        {
            throw new ModelLoadException(where + ": unknown postEvaluationTransform " + ((int)_transform).ToString(CultureInfo.InvariantCulture) + ".");
        }

        _weights = LinearWeights.Create(model.Weights.Select(w => (IReadOnlyList<double>)w.Value).ToArray(), model.Offset, where);
        _inputs = NumericInputs.FromDescription(description, where);
        _weights.CheckInputs(_inputs, where);
        _output = NumericOutput.ForRegressor(description, _weights.Count, where);
        _scores = new double[_weights.Count];
    }

    public override void Run(FeatureSet features)
    {
        ReadOnlySpan<double> input = _inputs.Read(features);
        if (input.Length != _weights.InputLength)
        {
            throw _inputs.WrongLength(input.Length, _weights.InputLength.ToString(CultureInfo.InvariantCulture));
        }

        _weights.Evaluate(input, _scores);
        for (int i = 0; i < _scores.Length; i++)
        {
            _scores[i] = _transform switch
            {
                GLMRegressor.Types.PostEvaluationTransform.Logit => LinkFunctions.Logistic(_scores[i]),
                GLMRegressor.Types.PostEvaluationTransform.Probit => LinkFunctions.NormalCdf(_scores[i]),
                _ => _scores[i],
            };
        }

        _output.Write(features, _scores);
    }
}
