using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>A network to time: its spec, input and the multiply-adds of all its matrix products per prediction.</summary>
internal sealed record BenchmarkNetwork(string Name, Model Spec, string InputName, int[] InputShape, string OutputName, long MultiplyAdds)
{
    public IEnumerable<NeuralNetworkLayer> Layers => Spec.NeuralNetwork.Layers;
}

/// <summary>The recurrent networks of the benchmark, built in code with deterministic pseudo-random weights.</summary>
internal static class BenchmarkNetworks
{
    public const int Frames = 1000;

    /// <summary>
    /// Shaped like madmom's beat tracking model: 3 bidirectional LSTM layers of 25 units with peepholes over 266
    /// spectrogram features, a dense layer 50 → 1 and a sigmoid, on 1000 frames.
    /// </summary>
    public static BenchmarkNetwork Beat(uint seed = 42) => StackedBiLstm("beat (3×BiLSTM-25, peepholes, 266 in, dense+sigmoid)", Frames, 266, 25, 3, peepholes: true, denseOutputs: 1, seed);

    /// <summary>A larger recurrent network: 2 bidirectional LSTM layers of 256 units over 88 features.</summary>
    public static BenchmarkNetwork BiLstm256() => StackedBiLstm("2×BiLSTM-256 (88 in)", Frames, 88, 256, 2, peepholes: false, denseOutputs: 0, seed: 42);

    /// <summary>
    /// Shaped like the recurrent half of the <c>refiner</c> ML Program fixture: a bidirectional LSTM of 64 units over an
    /// 88-key piano roll of 100 frames, a dense layer 128 → 88 and a sigmoid.
    /// </summary>
    public static BenchmarkNetwork RefinerShaped() => StackedBiLstm("refiner-shaped (BiLSTM-64, 88 in, dense 88+sigmoid, 100 frames)", 100, 88, 64, 1, peepholes: false, denseOutputs: 88, seed: 7);

    /// <summary>
    /// Networks over the same input as one model, as the madmom converter writes an ensemble: each member's layers as
    /// a parallel branch (blob names prefixed), then an average layer.
    /// </summary>
    public static BenchmarkNetwork Ensemble(IReadOnlyList<BenchmarkNetwork> members)
    {
        var network = new NeuralNetwork { ArrayInputShapeMapping = NeuralNetworkMultiArrayShapeMapping.ExactArrayMapping };
        var average = new NeuralNetworkLayer { Name = "ensemble", Average = new AverageLayerParams() };
        average.Output.Add("ensemble");
        for (int m = 0; m < members.Count; m++)
        {
            string prefix = "n" + m + "_";
            string Rename(string blob) => blob == members[m].InputName ? blob : prefix + blob;
            foreach (NeuralNetworkLayer layer in members[m].Layers)
            {
                NeuralNetworkLayer branch = layer.Clone();
                branch.Name = prefix + layer.Name;
                branch.Input.Clear();
                branch.Input.AddRange(layer.Input.Select(Rename));
                branch.Output.Clear();
                branch.Output.AddRange(layer.Output.Select(Rename));
                network.Layers.Add(branch);
            }

            average.Input.Add(Rename(members[m].OutputName));
        }

        network.Layers.Add(average);
        BenchmarkNetwork first = members[0];
        var model = new Model { SpecificationVersion = 4, NeuralNetwork = network, Description = new ModelDescription() };
        model.Description.Input.Add(first.Spec.Description.Input[0].Clone());
        FeatureDescription output = first.Spec.Description.Output[0].Clone();
        output.Name = "ensemble";
        model.Description.Output.Add(output);
        return new BenchmarkNetwork("ensemble of " + members.Count + " × " + first.Name, model, first.InputName, first.InputShape, "ensemble", members.Sum(n => n.MultiplyAdds));
    }

    private static BenchmarkNetwork StackedBiLstm(string name, int frames, int inputs, int hidden, int layers, bool peepholes, int denseOutputs, uint seed)
    {
        var weights = new Weights(seed);
        var network = new NeuralNetwork { ArrayInputShapeMapping = NeuralNetworkMultiArrayShapeMapping.ExactArrayMapping };
        long multiplyAdds = 0;
        string blob = "frames";
        int size = inputs;
        for (int l = 0; l < layers; l++)
        {
            var lstm = new BiDirectionalLSTMLayerParams
            {
                InputVectorSize = (ulong)size,
                OutputVectorSize = (ulong)hidden,
                Params = new LSTMParams { SequenceOutput = true, HasBiasVectors = true, HasPeepholeVectors = peepholes, CellClipThreshold = 50000 },
            };
            foreach (var activations in new[] { lstm.ActivationsForwardLSTM, lstm.ActivationsBackwardLSTM })
            {
                activations.Add(new ActivationParams { Sigmoid = new ActivationSigmoid() });
                activations.Add(new ActivationParams { Tanh = new ActivationTanh() });
                activations.Add(new ActivationParams { Tanh = new ActivationTanh() });
            }

            lstm.WeightParams.Add(LstmWeights(weights, size, hidden, peepholes));
            lstm.WeightParams.Add(LstmWeights(weights, size, hidden, peepholes));
            string output = "bilstm" + l;
            network.Layers.Add(Testing.Builders.Layers.Layer(output, new[] { blob }, new[] { output }, layer => layer.BiDirectionalLSTM = lstm));
            multiplyAdds += 2L * frames * 4 * hidden * (size + hidden);
            blob = output;
            size = 2 * hidden;
        }

        if (denseOutputs > 0)
        {
            network.Layers.Add(Testing.Builders.Layers.Dense("dense", blob, "dense", (ulong)size, (ulong)denseOutputs, weights));
            network.Layers.Add(Testing.Builders.Layers.Layer("activation", new[] { "dense" }, new[] { "activation" }, layer => layer.Activation = new ActivationParams { Sigmoid = new ActivationSigmoid() }));
            multiplyAdds += (long)frames * size * denseOutputs;
            blob = "activation";
            size = denseOutputs;
        }

        var model = new Model { SpecificationVersion = 4, NeuralNetwork = network, Description = new ModelDescription() };
        int[] inputShape = { frames, 1, inputs, 1, 1 };
        model.Description.Input.Add(new FeatureDescription { Name = "frames", Type = FeatureTypes.MultiArray(ArrayFeatureType.Types.ArrayDataType.Float32, inputShape.Select(d => (long)d).ToArray()) });
        model.Description.Output.Add(new FeatureDescription { Name = blob, Type = FeatureTypes.MultiArray(ArrayFeatureType.Types.ArrayDataType.Float32, frames, 1, size, 1, 1) });
        return new BenchmarkNetwork(name, model, "frames", inputShape, blob, multiplyAdds);
    }

    private static LSTMWeightParams LstmWeights(Weights weights, int inputs, int hidden, bool peepholes)
    {
        long w = (long)hidden * inputs, r = (long)hidden * hidden;
        var p = new LSTMWeightParams
        {
            InputGateWeightMatrix = weights.Next(w),
            ForgetGateWeightMatrix = weights.Next(w),
            BlockInputWeightMatrix = weights.Next(w),
            OutputGateWeightMatrix = weights.Next(w),
            InputGateRecursionMatrix = weights.Next(r),
            ForgetGateRecursionMatrix = weights.Next(r),
            BlockInputRecursionMatrix = weights.Next(r),
            OutputGateRecursionMatrix = weights.Next(r),
            InputGateBiasVector = weights.Next(hidden),
            ForgetGateBiasVector = weights.Next(hidden),
            BlockInputBiasVector = weights.Next(hidden),
            OutputGateBiasVector = weights.Next(hidden),
        };
        if (peepholes)
        {
            p.InputGatePeepholeVector = weights.Next(hidden);
            p.ForgetGatePeepholeVector = weights.Next(hidden);
            p.OutputGatePeepholeVector = weights.Next(hidden);
        }

        return p;
    }
}
