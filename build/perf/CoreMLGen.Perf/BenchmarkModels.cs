using System;
using System.IO;
using CoreML.Specification;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Perf;

/// <summary>
/// The benchmark project's models: small ones of several kinds, and one large neural network whose weights make up
/// almost all of its bytes (as in real image and language models).
/// </summary>
internal static class BenchmarkModels
{
    public static void Write(string folder, int count, int largeMegabytes)
    {
        Directory.CreateDirectory(folder);
        for (int i = 1; i < count; i++)
        {
            SpecBuilder model = (i % 3) switch
            {
                0 => SampleModels.IrisClassifier(),
                1 => SampleModels.ThermostatRegressor(),
                _ => Dense(inputs: 64 * i, outputs: 32),
            };
            model.WriteTo(Path.Combine(folder, "Model" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".mlmodel"));
        }

        // 4 bytes per float weight.
        int outputs = 1000;
        int inputs = Math.Max(1, largeMegabytes * 1024 * 1024 / 4 / outputs);
        Dense(inputs, outputs).WriteTo(Path.Combine(folder, "Large.mlmodel"));
    }

    /// <summary>One fully connected layer: a multi-array in, a multi-array out, inputs × outputs float weights.</summary>
    private static SpecBuilder Dense(int inputs, int outputs)
        => SpecBuilder.NeuralNetwork()
            .Metadata("Benchmark model: one dense layer, " + inputs + " × " + outputs + " weights.")
            .Input("features", FeatureTypes.MultiArray(DataType.Float32, inputs))
            .Output("scores", FeatureTypes.MultiArray(DataType.Float32, outputs))
            .With(model =>
            {
                var dense = new InnerProductLayerParams { InputChannels = (ulong)inputs, OutputChannels = (ulong)outputs, Weights = new WeightParams() };
                var random = new Random(inputs);
                var weights = new float[inputs * outputs];
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] = (float)(random.NextDouble() - 0.5);
                }

                dense.Weights.FloatValue.AddRange(weights);
                model.NeuralNetwork.Layers.Add(new NeuralNetworkLayer { Name = "dense", Input = { "features" }, Output = { "scores" }, InnerProduct = dense });
            });
}
