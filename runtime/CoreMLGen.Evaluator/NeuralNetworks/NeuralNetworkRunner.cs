using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CoreML.Specification;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Runs a neuralNetwork, neuralNetworkClassifier or neuralNetworkRegressor. Every layer is built (and its weights
/// checked) at load time; the layers' shapes are planned once per distinct set of input shapes and the plan reused.
/// </summary>
internal sealed class NeuralNetworkRunner : ModelRunner
{
    // Plans kept per input shapes; a few cover a model run at several sequence lengths without growing unbounded.
    private const int MaxPlans = 8;

    private readonly ModelDescription _description;
    private readonly bool _isNd;
    private readonly InputBinder[] _inputs;
    private readonly LayerAdapter[] _kernels;
    private readonly ClassifierOutput? _classifier;
    private readonly string? _scoresBlob;
    private readonly Dictionary<string, ExecutionPlan> _plans = new(StringComparer.Ordinal);
    private readonly Queue<string> _planOrder = new();

    public NeuralNetworkRunner(Model spec, NetworkDefinition network, ModelDescription description, string where, EvaluatorOptions options)
    {
        _description = description;
        _isNd = network.IsNd(spec.SpecificationVersion);
        var context = new LayerBuildContext(_isNd, spec.SpecificationVersion, options);

        Dictionary<string, NeuralNetworkPreprocessing> preprocessing = PreprocessingCheck.ByInput(network.Preprocessing, description, where);
        bool rank4Images = network.ImageMapping == NeuralNetworkImageShapeMapping.Rank4ImageMapping;
        _inputs = description.Input
            .Where(i => i.Type?.TypeCase is FeatureType.TypeOneofCase.MultiArrayType or FeatureType.TypeOneofCase.ImageType)
            .Select(i => new InputBinder(i, _isNd, rank4Images, preprocessing.GetValueOrDefault(i.Name)))
            .ToArray();
        foreach (FeatureDescription input in description.Input.Where(i => i.Type?.TypeCase is not (FeatureType.TypeOneofCase.MultiArrayType or FeatureType.TypeOneofCase.ImageType)))
        {
            throw new ModelLoadException(where + ": input '" + input.Name + "' is declared as " + input.Type?.TypeCase + "; a neural network takes multi-arrays and images.");
        }

        var available = new HashSet<string>(_inputs.Select(i => i.Name), StringComparer.Ordinal);
        _kernels = new LayerAdapter[network.Layers.Count];
        for (int i = 0; i < network.Layers.Count; i++)
        {
            NeuralNetworkLayer layer = network.Layers[i];
            string? missing = layer.Input.FirstOrDefault(name => !available.Contains(name));
            if (missing is not null)
            {
                throw new ModelLoadException(where + ": layer '" + layer.Name + "' (" + LayerAdapter.LayerTypeName(layer) + ") reads '" + missing + "', which no earlier layer writes and which is not a model input.", layer.Name, LayerAdapter.LayerTypeName(layer));
            }

            try
            {
                _kernels[i] = LayerFactory.Create(layer, context);
            }
            catch (ModelLoadException exception)
            {
                throw new ModelLoadException(where + ": " + exception.Message, exception.LayerName, exception.LayerType, exception.InnerException);
            }

            available.UnionWith(layer.Output);
        }

        if (network.IsClassifier)
        {
            _classifier = ClassifierOutput.FromLabels(network.StringLabels, network.Int64Labels, where);
            _scoresBlob = ScoresBlob(network, description, available, where);
        }

        foreach (FeatureDescription output in description.Output.Where(o => !IsClassifierOutput(o.Name)))
        {
            if (!available.Contains(output.Name))
            {
                throw new ModelLoadException(where + ": output '" + output.Name + "' is not written by any layer.");
            }

            if (!OutputBinder.CanBind(output))
            {
                throw new ModelLoadException(where + ": output '" + output.Name + "' is declared as " + output.Type?.TypeCase + "; a neural network layer writes multi-arrays (or a single number).");
            }
        }
    }

    public override IEnumerable<string> SequenceInputs =>
        _isNd ? Array.Empty<string>() : _description.Input.Where(i => i.Type?.TypeCase == FeatureType.TypeOneofCase.MultiArrayType).Select(i => i.Name);

    public override void Run(FeatureSet features)
    {
        var values = _inputs.Select(b => features.TryGetValue(b.Name, out FeatureValue? v) ? v : null).ToArray();
        var shapes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int i = 0; i < _inputs.Length; i++)
        {
            shapes[_inputs[i].Name] = _inputs[i].BlobShape(values[i]);
        }

        ExecutionPlan plan = PlanFor(shapes);
        for (int i = 0; i < _inputs.Length; i++)
        {
            _inputs[i].Fill(values[i], plan.Inputs[_inputs[i].Name]);
        }

        plan.Execute();

        foreach (FeatureDescription output in _description.Output)
        {
            if (!IsClassifierOutput(output.Name))
            {
                features[output.Name] = OutputBinder.Bind(output, plan.Blobs[output.Name], _isNd);
            }
        }

        if (_classifier is not null)
        {
            Blob scores = plan.Blobs[_scoresBlob!];
            var probabilities = new double[scores.Count];
            for (int i = 0; i < probabilities.Length; i++)
            {
                probabilities[i] = scores.Data[i];
            }

            _classifier.Write(features, _description, probabilities);
        }
    }

    private bool IsClassifierOutput(string name) =>
        _classifier is not null && (name == _description.PredictedFeatureName || name == _description.PredictedProbabilitiesName);

    private ExecutionPlan PlanFor(Dictionary<string, int[]> shapes)
    {
        var key = new StringBuilder();
        foreach (var pair in shapes)
        {
            key.Append(pair.Key).Append('=').Append(ShapeMath.Format(pair.Value)).Append(';');
        }

        string planKey = key.ToString();
        if (_plans.TryGetValue(planKey, out ExecutionPlan? plan))
        {
            return plan;
        }

        plan = new ExecutionPlan(_kernels, shapes);
        if (_plans.Count >= MaxPlans)
        {
            _plans.Remove(_planOrder.Dequeue());
        }

        _plans[planKey] = plan;
        _planOrder.Enqueue(planKey);
        return plan;
    }

    // The class scores: the named layer output, else the blob named like the probabilities output, else the last layer's output.
    private static string ScoresBlob(NetworkDefinition network, ModelDescription description, HashSet<string> available, string where)
    {
        if (network.LabelProbabilityLayerName.Length > 0)
        {
            return available.Contains(network.LabelProbabilityLayerName)
                ? network.LabelProbabilityLayerName
                : throw new ModelLoadException(where + ": labelProbabilityLayerName '" + network.LabelProbabilityLayerName + "' is not written by any layer.");
        }

        if (description.PredictedProbabilitiesName.Length > 0 && available.Contains(description.PredictedProbabilitiesName))
        {
            return description.PredictedProbabilitiesName;
        }

        NeuralNetworkLayer? last = network.Layers.LastOrDefault(l => l.Output.Count > 0);
        return last?.Output[0] ?? throw new ModelLoadException(where + ": the classifier has no layers to take class scores from.");
    }

    public override string ToString() => "NeuralNetworkRunner(" + _kernels.Length.ToString(CultureInfo.InvariantCulture) + " layers)";
}
