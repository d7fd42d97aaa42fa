using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// A real third-party network checked for values, not only for running: mnist_model.mlmodel (784 → dense layers with
/// activations → softmax over 10) against a float64 forward pass written here from the weights in its own spec.
/// </summary>
public sealed class MnistFixtureTests
{
    [FixtureFact]
    public void Mnist_predicts_what_a_float64_forward_pass_of_its_own_weights_gives()
    {
        string path = Fixtures.Model("mnist_model.mlmodel");
        NeuralNetwork network = ModelReader.Read(path).Spec!.NeuralNetwork.ShouldNotBeNull();
        var random = new Random(11);
        double[] x = Enumerable.Range(0, 784).Select(_ => random.NextDouble()).ToArray();

        IFeatureProvider output = ModelEvaluator.Load(path).Predict(new DictionaryFeatureProvider(new Dictionary<string, FeatureValue>
        {
            ["input1"] = FeatureValue.FromMultiArray(MultiArray<double>.Wrap(x, 784)),
        }));

        MultiArray actual = output.GetFeatureValue("output1")!.MultiArrayValue;
        actual.Shape.ToArray().ShouldBe(new[] { 10 });
        double[] expected = Forward(network, x);
        double[] values = actual switch
        {
            MultiArray<double> d => d.ToArray(),
            MultiArray<float> f => f.ToArray().Select(v => (double)v).ToArray(),
            _ => throw new Xunit.Sdk.XunitException("unexpected element type " + actual.DataType),
        };
        for (int i = 0; i < 10; i++)
        {
            (Math.Abs(values[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), 1)).ShouldBeLessThanOrEqualTo(1e-5, "class " + i);
        }

        expected.Sum().ShouldBe(1.0, 1e-9);
    }

    // The layers in spec order, each written out as a plain loop; anything else fails the test by name.
    private static double[] Forward(NeuralNetwork network, double[] x)
    {
        foreach (NeuralNetworkLayer layer in network.Layers)
        {
            x = layer.LayerCase switch
            {
                NeuralNetworkLayer.LayerOneofCase.InnerProduct => Dense(layer.InnerProduct, x),
                NeuralNetworkLayer.LayerOneofCase.Activation => x.Select(v => Activation(layer.Activation, v)).ToArray(),
                NeuralNetworkLayer.LayerOneofCase.Softmax => Softmax(x),
                _ => throw new Xunit.Sdk.XunitException("The reference has no " + layer.LayerCase + " layer (" + layer.Name + ")."),
            };
        }

        return x;
    }

    private static double[] Dense(InnerProductLayerParams dense, double[] x)
    {
        int inputs = (int)dense.InputChannels, outputs = (int)dense.OutputChannels;
        dense.Weights.FloatValue.Count.ShouldBe(inputs * outputs, "float32 weights");
        var y = new double[outputs];
        for (int o = 0; o < outputs; o++)
        {
            double sum = dense.HasBias ? dense.Bias.FloatValue[o] : 0;
            for (int i = 0; i < inputs; i++)
            {
                sum += dense.Weights.FloatValue[(o * inputs) + i] * x[i];
            }

            y[o] = sum;
        }

        return y;
    }

    private static double Activation(ActivationParams activation, double v) => activation.NonlinearityTypeCase switch
    {
        ActivationParams.NonlinearityTypeOneofCase.ReLU => Math.Max(v, 0),
        ActivationParams.NonlinearityTypeOneofCase.Sigmoid => 1 / (1 + Math.Exp(-v)),
        ActivationParams.NonlinearityTypeOneofCase.Tanh => Math.Tanh(v),
        ActivationParams.NonlinearityTypeOneofCase.Linear => (activation.Linear.Alpha * v) + activation.Linear.Beta,
        _ => throw new Xunit.Sdk.XunitException("The reference has no " + activation.NonlinearityTypeCase + " activation."),
    };

    private static double[] Softmax(double[] x)
    {
        double max = x.Max();
        double[] e = x.Select(v => Math.Exp(v - max)).ToArray();
        double total = e.Sum();
        return e.Select(v => v / total).ToArray();
    }
}
