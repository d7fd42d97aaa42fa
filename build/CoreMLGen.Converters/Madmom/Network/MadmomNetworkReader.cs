using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Converters.Madmom.Pickles;

namespace CoreMLGen.Converters.Madmom.Network;

/// <summary>
/// Turns the unpickled objects into a <see cref="MadmomNetwork"/>, checking every attribute madmom's layer code
/// reads (names from madmom/ml/nn/layers.py) and every shape; errors name the attribute's path, e.g.
/// <c>layers[0].fwd_layer.input_gate.weights</c>.
/// </summary>
public static class MadmomNetworkReader
{
    private const string Layers = "madmom.ml.nn.layers.";

    public static MadmomNetwork Read(byte[] pickle, PickleLimits? limits = null)
    {
        limits ??= PickleLimits.Default;
        return FromObject(MadmomPickleReader.Read(pickle, limits), limits);
    }

    public static MadmomNetwork FromObject(object root, PickleLimits limits)
    {
        var reader = new Context(limits);
        IList layers = root switch
        {
            PickledObject { ClassName: AllowedGlobals.Network } network => reader.List(network, "layers", "network"),
            _ => throw new MadmomFormatException("The pickle holds " + Describe(root) + ", not a madmom.ml.nn.NeuralNetwork"),
        };
        if (layers.Count == 0)
        {
            throw new MadmomFormatException("network.layers is empty");
        }

        var result = new List<MadmomLayer>();
        for (int i = 0; i < layers.Count; i++)
        {
            string path = "layers[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            MadmomLayer layer = reader.Layer(layers[i], path);
            if (result.Count > 0 && result[^1].OutputSize != layer.InputSize)
            {
                throw new MadmomFormatException(path + " takes " + layer.InputSize.ToString(CultureInfo.InvariantCulture) + " inputs but the layer before gives " + result[^1].OutputSize.ToString(CultureInfo.InvariantCulture));
            }

            result.Add(layer);
        }

        return new MadmomNetwork(result);
    }

    internal static string Describe(object? value) => value switch
    {
        null => "None",
        PickledObject o => o.ClassName,
        _ => value.GetType().Name,
    };

    private sealed class Context
    {
        private readonly PickleLimits _limits;

        public Context(PickleLimits limits)
        {
            _limits = limits;
        }

        public MadmomLayer Layer(object? value, string path)
        {
            PickledObject layer = value as PickledObject ?? throw new MadmomFormatException(path + " is " + Describe(value) + ", not a madmom layer");
            switch (layer.ClassName)
            {
                case Layers + "FeedForwardLayer":
                {
                    DecodedArray w = Matrix(layer, "weights", path);
                    return new FeedForwardLayer(w, Vector(layer, "bias", path, w.Dim(1)), Activation(layer, "activation_fn", path));
                }

                case Layers + "RecurrentLayer":
                {
                    DecodedArray w = Matrix(layer, "weights", path);
                    RequireZeroInit(layer, "init", path, w.Dim(1));
                    return new RecurrentLayer(w, Vector(layer, "bias", path, w.Dim(1)), Square(layer, "recurrent_weights", path, w.Dim(1)), Activation(layer, "activation_fn", path));
                }

                case Layers + "LSTMLayer":
                {
                    GateWeights cell = Gate(Get(layer, "cell", path), path + ".cell", peepholes: false);
                    GateWeights input = Gate(Get(layer, "input_gate", path), path + ".input_gate", peepholes: true, cell);
                    GateWeights forget = Gate(Get(layer, "forget_gate", path), path + ".forget_gate", peepholes: true, cell);
                    GateWeights output = Gate(Get(layer, "output_gate", path), path + ".output_gate", peepholes: true, cell);
                    RequireZeroInit(layer, "init", path, cell.Hidden);
                    RequireZeroInit(layer, "cell_init", path, cell.Hidden);
                    return new LstmLayer(input, forget, cell, output, Activation(layer, "activation_fn", path));
                }

                case Layers + "GRULayer":
                {
                    GateWeights cell = Gate(Get(layer, "cell", path), path + ".cell", peepholes: false);
                    RequireZeroInit(layer, layer.Attributes.ContainsKey("init") ? "init" : "hid_init", path, cell.Hidden);
                    return new GruLayer(Gate(Get(layer, "reset_gate", path), path + ".reset_gate", peepholes: false, cell), Gate(Get(layer, "update_gate", path), path + ".update_gate", peepholes: false, cell), cell);
                }

                case Layers + "BidirectionalLayer":
                {
                    MadmomLayer forward = Layer(Get(layer, "fwd_layer", path), path + ".fwd_layer");
                    MadmomLayer backward = Layer(Get(layer, "bwd_layer", path), path + ".bwd_layer");
                    if (forward is BidirectionalLayer || forward.GetType() != backward.GetType() || forward.InputSize != backward.InputSize)
                    {
                        throw new MadmomFormatException(path + " pairs a " + forward.Kind + " with a " + backward.Kind + "; a bidirectional layer needs two recurrent layers of one kind and input size");
                    }

                    return new BidirectionalLayer(forward, backward);
                }

                default:
                    throw new MadmomFormatException(path + " is a " + layer.ShortName + ", which the converter does not support (supported: FeedForwardLayer, RecurrentLayer, LSTMLayer, GRULayer, BidirectionalLayer)");
            }
        }

        private GateWeights Gate(object? value, string path, bool peepholes, GateWeights? like = null)
        {
            PickledObject gate = value as PickledObject ?? throw new MadmomFormatException(path + " is " + Describe(value) + ", not a madmom Gate or Cell");
            DecodedArray w = Matrix(gate, "weights", path);
            if (like is not null && (w.Dim(0) != like.InputSize || w.Dim(1) != like.Hidden))
            {
                throw new MadmomFormatException(path + ".weights has shape " + w.ShapeText + " but the cell's is (" + like.InputSize.ToString(CultureInfo.InvariantCulture) + ", " + like.Hidden.ToString(CultureInfo.InvariantCulture) + ")");
            }

            double[]? peep = peepholes && gate.Attributes.TryGetValue("peephole_weights", out object? p) && p is not null ? Vector(gate, "peephole_weights", path, w.Dim(1)) : null;
            return new GateWeights(w, Vector(gate, "bias", path, w.Dim(1)), Square(gate, "recurrent_weights", path, w.Dim(1)), peep, Activation(gate, "activation_fn", path));
        }

        public IList List(PickledObject owner, string name, string path) =>
            Get(owner, name, path) as IList ?? throw new MadmomFormatException(path + "." + name + " is not a list");

        private static object? Get(PickledObject owner, string name, string path) =>
            owner.Attributes.TryGetValue(name, out object? value) ? value : throw new MadmomFormatException(path + " (" + owner.ShortName + ") has no attribute '" + name + "'");

        private DecodedArray Array(PickledObject owner, string name, string path)
        {
            object? value = Get(owner, name, path);
            return value is NumpyArray array
                ? NumpyArrayDecoder.Decode(array, _limits, path + "." + name)
                : throw new MadmomFormatException(path + "." + name + " is " + Describe(value) + ", not a numpy array");
        }

        private DecodedArray Matrix(PickledObject owner, string name, string path)
        {
            DecodedArray array = Array(owner, name, path);
            return array.Rank == 2 && array.Shape[0] > 0 && array.Shape[1] > 0
                ? array
                : throw new MadmomFormatException(path + "." + name + " has shape " + array.ShapeText + "; expected (inputs, hidden)");
        }

        private DecodedArray Square(PickledObject owner, string name, string path, int hidden)
        {
            DecodedArray array = Array(owner, name, path);
            return array.Rank == 2 && array.Shape[0] == hidden && array.Shape[1] == hidden
                ? array
                : throw new MadmomFormatException(path + "." + name + " has shape " + array.ShapeText + "; expected (" + hidden.ToString(CultureInfo.InvariantCulture) + ", " + hidden.ToString(CultureInfo.InvariantCulture) + ")");
        }

        // madmom flattens biases and peepholes, so any shape holding exactly `size` values is accepted.
        private double[] Vector(PickledObject owner, string name, string path, int size)
        {
            DecodedArray array = Array(owner, name, path);
            return array.Values.Length == size
                ? array.Values
                : throw new MadmomFormatException(path + "." + name + " has shape " + array.ShapeText + "; expected " + size.ToString(CultureInfo.InvariantCulture) + " values");
        }

        // A network that starts from a non-zero state is not expressible: Core ML's missing state inputs are zeros.
        private void RequireZeroInit(PickledObject owner, string name, string path, int size)
        {
            if (!owner.Attributes.TryGetValue(name, out object? value) || value is null)
            {
                return;
            }

            double[] init = Vector(owner, name, path, size);
            if (init.Any(v => v != 0))
            {
                throw new MadmomFormatException(path + "." + name + " is a non-zero initial state, which the converted model cannot start from");
            }
        }

        private static string Activation(PickledObject owner, string name, string path)
        {
            owner.Attributes.TryGetValue(name, out object? value);
            return value switch
            {
                null => "linear",
                ActivationReference activation => activation.Name,
                _ => throw new MadmomFormatException(path + "." + name + " is " + Describe(value) + ", not a madmom activation"),
            };
        }
    }
}
