using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Evaluation.NeuralNetworks;

namespace CoreMLGen.Evaluation.Composition;

// neuralNetwork, neuralNetworkClassifier, neuralNetworkRegressor.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateNeuralNetwork(Model spec, ModelDescription description, string where, EvaluatorOptions options)
    {
        NetworkDefinition? network = NetworkDefinition.From(spec);
        return network is null ? null : new NeuralNetworkRunner(spec, network, description, where, options);
    }
}
