using System.Collections.Generic;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom.Network;

namespace CoreMLGen.Converters.Madmom.Conversion;

/// <summary>A recurrent state the model exposes: an optional input (zeros when absent) and the matching output.</summary>
internal sealed record StateFeature(string InputName, string OutputName, int Size);

/// <summary>Emits the Core ML layers of one madmom network, every blob name prefixed so ensemble members never collide.</summary>
internal sealed class NetworkLayerEmitter
{
    /// <summary>Core ML clamps the LSTM cell at ±cellClipThreshold; madmom never clips, so the bound is the largest float.</summary>
    public const float NoCellClip = float.MaxValue;

    private readonly string _prefix;
    private readonly string _what;
    private readonly List<NeuralNetworkLayer> _layers = new();
    private readonly List<StateFeature> _states = new();

    public NetworkLayerEmitter(string prefix, string what)
    {
        _prefix = prefix;
        _what = what;
    }

    public IReadOnlyList<NeuralNetworkLayer> Layers => _layers;

    public IReadOnlyList<StateFeature> States => _states;

    /// <summary>Emits every layer from <paramref name="input"/>; returns the blob holding the network's output.</summary>
    public string Emit(MadmomNetwork network, string input, string output)
    {
        string blob = input;
        for (int i = 0; i < network.Layers.Count; i++)
        {
            string name = _prefix + "layer" + i.ToString(CultureInfo.InvariantCulture);
            string next = i == network.Layers.Count - 1 ? output : name + "_out";
            Layer(network.Layers[i], name, "layers[" + i.ToString(CultureInfo.InvariantCulture) + "]", blob, next);
            blob = next;
        }

        return blob;
    }

    private void Layer(MadmomLayer layer, string name, string path, string input, string output)
    {
        switch (layer)
        {
            case FeedForwardLayer dense:
                Dense(dense, name, path, input, output);
                break;
            case RecurrentLayer recurrent:
                Simple(recurrent, name, path, input, output);
                break;
            case LstmLayer lstm:
                UniLstm(lstm, name, path, input, output);
                break;
            case BidirectionalLayer { Forward: LstmLayer forward, Backward: LstmLayer backward }:
                BiLstm(forward, backward, name, path, input, output);
                break;
            case GruLayer or BidirectionalLayer { Forward: GruLayer }:
                throw Refuse(path, "is a GRULayer. madmom applies the reset gate after the recurrent product, tanh(x·W + b + r ⊙ (h·R)), while Core ML's GRU layer applies it before, tanh(W·x + R·(r ⊙ h) + b); no Core ML layer computes madmom's function, and the converter refuses rather than approximate it");
            default:
                throw Refuse(path, "is a " + layer.Kind + ", which has no exact Core ML equivalent (bidirectional layers are converted over LSTM layers only)");
        }
    }

    private void Dense(FeedForwardLayer dense, string name, string path, string input, string output)
    {
        bool linear = dense.Activation == "linear";
        string product = linear ? output : name + "_linear";
        Add(name, new[] { input }, new[] { product }, l => l.InnerProduct = new InnerProductLayerParams
        {
            InputChannels = (ulong)dense.InputSize,
            OutputChannels = (ulong)dense.OutputSize,
            HasBias = true,
            Weights = CoreMLWeights.Transposed(dense.Weights),
            Bias = CoreMLWeights.Vector(dense.Bias),
        });
        if (linear)
        {
            return;
        }

        if (dense.Activation == "softmax")
        {
            Add(name + "_softmax", new[] { product }, new[] { output }, l => l.Softmax = new SoftmaxLayerParams());
            return;
        }

        ActivationParams activation = ActivationMapping.Dense(dense.Activation) ?? throw Refuse(path, "uses the activation '" + dense.Activation + "', which has no Core ML equivalent");
        Add(name + "_" + dense.Activation, new[] { product }, new[] { output }, l => l.Activation = activation);
    }

    private void Simple(RecurrentLayer recurrent, string name, string path, string input, string output)
    {
        if (!ActivationMapping.Saturates(recurrent.Activation))
        {
            throw Refuse(path, "is a RecurrentLayer with the activation '" + recurrent.Activation + "'. Core ML clamps a recurrent layer's pre-activation to ±50 before its activation, which changes the result of any activation but sigmoid and tanh");
        }

        var state = new StateFeature(name + "_h_in", name + "_h_out", recurrent.OutputSize);
        _states.Add(state);
        Add(name, new[] { input, state.InputName }, new[] { output, state.OutputName }, l => l.SimpleRecurrent = new SimpleRecurrentLayerParams
        {
            InputVectorSize = (ulong)recurrent.InputSize,
            OutputVectorSize = (ulong)recurrent.OutputSize,
            Activation = ActivationMapping.Recurrent(recurrent.Activation),
            SequenceOutput = true,
            HasBiasVector = true,
            WeightMatrix = CoreMLWeights.Transposed(recurrent.Weights),
            RecursionMatrix = CoreMLWeights.Transposed(recurrent.RecurrentWeights),
            BiasVector = CoreMLWeights.Vector(recurrent.Bias),
        });
    }

    private void UniLstm(LstmLayer lstm, string name, string path, string input, string output)
    {
        var layer = new UniDirectionalLSTMLayerParams
        {
            InputVectorSize = (ulong)lstm.InputSize,
            OutputVectorSize = (ulong)lstm.OutputSize,
            Params = LstmParams(),
            WeightParams = LstmWeights(lstm),
        };
        layer.Activations.Add(LstmActivations(lstm, path));
        var h = new StateFeature(name + "_h_in", name + "_h_out", lstm.OutputSize);
        var c = new StateFeature(name + "_c_in", name + "_c_out", lstm.OutputSize);
        _states.Add(h);
        _states.Add(c);
        Add(name, new[] { input, h.InputName, c.InputName }, new[] { output, h.OutputName, c.OutputName }, l => l.UniDirectionalLSTM = layer);
    }

    // Core ML's bidirectional output at step t is [forward_t, backward aligned to t], as madmom's np.hstack((fwd, bwd[::-1])).
    private void BiLstm(LstmLayer forward, LstmLayer backward, string name, string path, string input, string output)
    {
        IReadOnlyList<ActivationParams> activations = LstmActivations(forward, path + ".fwd_layer");
        IReadOnlyList<ActivationParams> backwardActivations = LstmActivations(backward, path + ".bwd_layer");
        if (!Equals(activations[0], backwardActivations[0]) || !Equals(activations[1], backwardActivations[1]) || !Equals(activations[2], backwardActivations[2]))
        {
            throw Refuse(path, "uses different activations in its two directions, which Core ML's bidirectional LSTM does not allow");
        }

        if (forward.OutputSize != backward.OutputSize)
        {
            throw Refuse(path, "has directions of different sizes, which Core ML's bidirectional LSTM does not allow");
        }

        var layer = new BiDirectionalLSTMLayerParams
        {
            InputVectorSize = (ulong)forward.InputSize,
            OutputVectorSize = (ulong)forward.OutputSize,
            Params = LstmParams(),
        };
        layer.ActivationsForwardLSTM.Add(activations);
        layer.ActivationsBackwardLSTM.Add(backwardActivations);
        layer.WeightParams.Add(LstmWeights(forward));
        layer.WeightParams.Add(LstmWeights(backward));
        Add(name, new[] { input }, new[] { output, name + "_h_fwd", name + "_c_fwd", name + "_h_bwd", name + "_c_bwd" }, l => l.BiDirectionalLSTM = layer);
    }

    private static LSTMParams LstmParams() => new()
    {
        SequenceOutput = true,
        HasBiasVectors = true,
        HasPeepholeVectors = true,
        CellClipThreshold = NoCellClip,
    };

    // Core ML's activations are [gates, cell input, output]; madmom gives each gate its own, so all three gates must agree.
    private IReadOnlyList<ActivationParams> LstmActivations(LstmLayer lstm, string path)
    {
        string gates = lstm.InputGate.Activation;
        if (lstm.ForgetGate.Activation != gates || lstm.OutputGate.Activation != gates)
        {
            throw Refuse(path, "has gates with different activations (" + gates + ", " + lstm.ForgetGate.Activation + ", " + lstm.OutputGate.Activation + "); Core ML applies one activation to all three gates");
        }

        if (!ActivationMapping.Saturates(gates) || !ActivationMapping.Saturates(lstm.Cell.Activation))
        {
            throw Refuse(path, "has a gate or cell activation other than sigmoid or tanh; Core ML clamps those pre-activations to ±50, which would change the result");
        }

        ActivationParams output = ActivationMapping.Recurrent(lstm.Activation) ?? throw Refuse(path, "uses the output activation '" + lstm.Activation + "', which a Core ML LSTM cannot apply");
        return new[] { ActivationMapping.Recurrent(gates)!, ActivationMapping.Recurrent(lstm.Cell.Activation)!, output };
    }

    private static LSTMWeightParams LstmWeights(LstmLayer lstm) => new()
    {
        InputGateWeightMatrix = CoreMLWeights.Transposed(lstm.InputGate.Weights),
        ForgetGateWeightMatrix = CoreMLWeights.Transposed(lstm.ForgetGate.Weights),
        BlockInputWeightMatrix = CoreMLWeights.Transposed(lstm.Cell.Weights),
        OutputGateWeightMatrix = CoreMLWeights.Transposed(lstm.OutputGate.Weights),
        InputGateRecursionMatrix = CoreMLWeights.Transposed(lstm.InputGate.RecurrentWeights),
        ForgetGateRecursionMatrix = CoreMLWeights.Transposed(lstm.ForgetGate.RecurrentWeights),
        BlockInputRecursionMatrix = CoreMLWeights.Transposed(lstm.Cell.RecurrentWeights),
        OutputGateRecursionMatrix = CoreMLWeights.Transposed(lstm.OutputGate.RecurrentWeights),
        InputGateBiasVector = CoreMLWeights.Vector(lstm.InputGate.Bias),
        ForgetGateBiasVector = CoreMLWeights.Vector(lstm.ForgetGate.Bias),
        BlockInputBiasVector = CoreMLWeights.Vector(lstm.Cell.Bias),
        OutputGateBiasVector = CoreMLWeights.Vector(lstm.OutputGate.Bias),
        InputGatePeepholeVector = Peepholes(lstm.InputGate),
        ForgetGatePeepholeVector = Peepholes(lstm.ForgetGate),
        OutputGatePeepholeVector = Peepholes(lstm.OutputGate),
    };

    private static WeightParams Peepholes(GateWeights gate) => gate.Peepholes is { } p ? CoreMLWeights.Vector(p) : CoreMLWeights.Zeros(gate.Hidden);

    private void Add(string name, string[] inputs, string[] outputs, System.Action<NeuralNetworkLayer> set)
    {
        var layer = new NeuralNetworkLayer { Name = name };
        layer.Input.Add(inputs);
        layer.Output.Add(outputs);
        set(layer);
        _layers.Add(layer);
    }

    private MadmomFormatException Refuse(string path, string why) => new(_what + ": " + path + " " + why + ".");
}
