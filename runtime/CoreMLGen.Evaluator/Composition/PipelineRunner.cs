using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Features;
using CoreMLGen.Evaluation.Models;

namespace CoreMLGen.Evaluation.Composition;

/// <summary>
/// A pipeline (plain, classifier or regressor): its models run in order on one feature set, each reading its inputs
/// by name from the pipeline's inputs and the outputs of the models before it.
/// </summary>
internal sealed class PipelineRunner : ModelRunner
{
    private readonly ModelRunner[] _steps;
    private readonly string[] _pipelineInputs;

    public PipelineRunner(Pipeline? pipeline, ModelDescription description, string where, EvaluatorOptions options)
    {
        if (pipeline is null)
        {
            throw new ModelLoadException(where + ": the pipeline model has no pipeline (no steps) set.");
        }

        if (pipeline.Models.Count == 0)
        {
            throw new ModelLoadException(where + ": the pipeline has no models.");
        }

        _pipelineInputs = description.Input.Select(i => i.Name).ToArray();
        var available = new HashSet<string>(_pipelineInputs, StringComparer.Ordinal);
        _steps = new ModelRunner[pipeline.Models.Count];
        for (int i = 0; i < pipeline.Models.Count; i++)
        {
            Model step = pipeline.Models[i];
            string name = i < pipeline.Names.Count && pipeline.Names[i].Length > 0 ? pipeline.Names[i] : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string stepWhere = where + ", pipeline step '" + name + "'";
            ModelDescription stepDescription = step.Description ?? new ModelDescription();
            DescriptionChecker.Check(stepDescription, stepWhere);
            FeatureDescription? missing = stepDescription.Input.FirstOrDefault(input => !available.Contains(input.Name) && !input.Type.IsOptional);
            if (missing is not null)
            {
                throw new ModelLoadException(stepWhere + ": input '" + missing.Name + "' is neither a pipeline input nor an output of an earlier step.");
            }

            _steps[i] = ModelRunnerFactory.Create(step, stepDescription, stepWhere, options);
            available.UnionWith(stepDescription.Output.Select(o => o.Name));
        }

        FeatureDescription? unproduced = description.Output.FirstOrDefault(o => !available.Contains(o.Name));
        if (unproduced is not null)
        {
            throw new ModelLoadException(where + ": pipeline output '" + unproduced.Name + "' is not produced by any step.");
        }
    }

    public override IEnumerable<string> SequenceInputs => _steps.SelectMany(s => s.SequenceInputs).Intersect(_pipelineInputs, StringComparer.Ordinal);

    public override void Run(FeatureSet features)
    {
        foreach (ModelRunner step in _steps)
        {
            step.Run(features);
        }
    }
}
