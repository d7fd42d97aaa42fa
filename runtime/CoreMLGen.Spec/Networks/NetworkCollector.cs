using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>Finds every neural network of a model: the model itself, pipeline sub-models at any depth, and nested networks.</summary>
internal static class NetworkCollector
{
    public static IReadOnlyList<NetworkView> Collect(Model model)
    {
        var networks = new List<NetworkView>();
        Add(model, networks);
        return networks;
    }

    private static void Add(Model model, List<NetworkView> networks)
    {
        ModelDescription description = model.Description ?? new ModelDescription();
        switch (model.TypeCase)
        {
            case Model.TypeOneofCase.NeuralNetwork:
                networks.Add(View(description, model.NeuralNetwork.Layers, model.NeuralNetwork.ArrayInputShapeMapping));
                break;
            case Model.TypeOneofCase.NeuralNetworkClassifier:
                networks.Add(View(description, model.NeuralNetworkClassifier.Layers, model.NeuralNetworkClassifier.ArrayInputShapeMapping));
                break;
            case Model.TypeOneofCase.NeuralNetworkRegressor:
                networks.Add(View(description, model.NeuralNetworkRegressor.Layers, model.NeuralNetworkRegressor.ArrayInputShapeMapping));
                break;
            case Model.TypeOneofCase.Pipeline:
                AddAll(model.Pipeline, networks);
                break;
            case Model.TypeOneofCase.PipelineClassifier:
                AddAll(model.PipelineClassifier.Pipeline, networks);
                break;
            case Model.TypeOneofCase.PipelineRegressor:
                AddAll(model.PipelineRegressor.Pipeline, networks);
                break;
        }
    }

    /// <summary>True when the model has an ML Program anywhere (its wiring is not traced).</summary>
    public static bool HasMlProgram(Model model) => model.TypeCase switch
    {
        Model.TypeOneofCase.MlProgram => true,
        Model.TypeOneofCase.Pipeline => model.Pipeline?.Models.Any(HasMlProgram) ?? false,
        Model.TypeOneofCase.PipelineClassifier => model.PipelineClassifier.Pipeline?.Models.Any(HasMlProgram) ?? false,
        Model.TypeOneofCase.PipelineRegressor => model.PipelineRegressor.Pipeline?.Models.Any(HasMlProgram) ?? false,
        _ => false,
    };

    private static void AddAll(Pipeline? pipeline, List<NetworkView> networks)
    {
        if (pipeline is null)
        {
            return;
        }

        foreach (Model subModel in pipeline.Models)
        {
            Add(subModel, networks);
        }
    }

    private static NetworkView View(ModelDescription description, IEnumerable<NeuralNetworkLayer> layers, NeuralNetworkMultiArrayShapeMapping mapping)
    {
        var flattened = new List<NeuralNetworkLayer>();
        Flatten(layers, flattened);
        return new NetworkView(description, flattened, mapping == NeuralNetworkMultiArrayShapeMapping.Rank5ArrayMapping);
    }

    private static void Flatten(IEnumerable<NeuralNetworkLayer> layers, List<NeuralNetworkLayer> into)
    {
        foreach (NeuralNetworkLayer layer in layers)
        {
            into.Add(layer);
            switch (layer.LayerCase)
            {
                case NeuralNetworkLayer.LayerOneofCase.Branch:
                    FlattenNetwork(layer.Branch.IfBranch, into);
                    FlattenNetwork(layer.Branch.ElseBranch, into);
                    break;
                case NeuralNetworkLayer.LayerOneofCase.Loop:
                    FlattenNetwork(layer.Loop.ConditionNetwork, into);
                    FlattenNetwork(layer.Loop.BodyNetwork, into);
                    break;
            }
        }
    }

    private static void FlattenNetwork(NeuralNetwork? network, List<NeuralNetworkLayer> into)
    {
        if (network is not null)
        {
            Flatten(network.Layers, into);
        }
    }
}
