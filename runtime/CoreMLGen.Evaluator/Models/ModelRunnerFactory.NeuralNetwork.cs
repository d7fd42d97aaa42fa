using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models;

// neuralNetwork, neuralNetworkClassifier, neuralNetworkRegressor.
internal static partial class ModelRunnerFactory
{
    private static ModelRunner? CreateNeuralNetwork(Model spec, ModelDescription description, string where, EvaluatorOptions options)
    {
        switch (spec.TypeCase)
        {
            default:
                return null;
        }
    }
}
