using System;
using System.Collections.Generic;

namespace CoreMLGen.Testing.Madmom;

/// <summary>Small madmom networks with seeded random weights, as the objects madmom pickles (attribute names from layers.py).</summary>
public sealed class MadmomPickles
{
    private const string Layers = "madmom.ml.nn.layers";
    private readonly Random _random;

    public MadmomPickles(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Inputs of madmom's offline beat networks (beats_blstm_*.pkl): 3 spectrogram resolutions and their differences.</summary>
    public const int OfflineBeatInputs = 266;

    /// <summary>Inputs of madmom's online beat network (beats_lstm_*.pkl).</summary>
    public const int OnlineBeatInputs = 162;

    /// <summary>The shape of madmom's offline beat networks: 3 BiLSTM layers of 25 units per direction, dense + sigmoid.</summary>
    public static PyObject OfflineBeatNetwork(int seed)
    {
        var random = new MadmomPickles(seed);
        return Network(
            Bidirectional(random.Lstm(OfflineBeatInputs, 25), random.Lstm(OfflineBeatInputs, 25)),
            Bidirectional(random.Lstm(50, 25), random.Lstm(50, 25)),
            Bidirectional(random.Lstm(50, 25), random.Lstm(50, 25)),
            random.Dense(50, 1, "sigmoid"));
    }

    /// <summary>The shape of madmom's online beat network: 3 LSTM layers of 25 units, dense + sigmoid.</summary>
    public static PyObject OnlineBeatNetwork(int seed)
    {
        var random = new MadmomPickles(seed);
        return Network(random.Lstm(OnlineBeatInputs, 25), random.Lstm(25, 25), random.Lstm(25, 25), random.Dense(25, 1, "sigmoid"));
    }

    public static PyGlobal Activation(string name) => new("madmom.ml.nn.activations", name);

    public static PyObject Network(params object[] layers) =>
        new("madmom.ml.nn", "NeuralNetwork", Attrs(("layers", new List<object?>(layers))));

    public PyObject Dense(int inputs, int outputs, string activation) =>
        new(Layers, "FeedForwardLayer", Attrs(("weights", Matrix(inputs, outputs)), ("bias", Vector(outputs)), ("activation_fn", Fn(activation))));

    public PyObject Recurrent(int inputs, int hidden, string activation) =>
        new(Layers, "RecurrentLayer", Attrs(("weights", Matrix(inputs, hidden)), ("bias", Vector(hidden)), ("recurrent_weights", Matrix(hidden, hidden)), ("activation_fn", Fn(activation)), ("init", PyArray.Vector(new double[hidden]))));

    public PyObject Gate(int inputs, int hidden, bool peephole, string activation = "sigmoid", string className = "Gate") =>
        new(Layers, className, Attrs(("weights", Matrix(inputs, hidden)), ("bias", Vector(hidden)), ("recurrent_weights", Matrix(hidden, hidden)), ("peephole_weights", peephole ? Vector(hidden) : null), ("activation_fn", Fn(activation))));

    public PyObject Lstm(int inputs, int hidden, bool outputPeephole = true, string gates = "sigmoid", string output = "tanh") =>
        new(Layers, "LSTMLayer", Attrs(
            ("input_gate", Gate(inputs, hidden, true, gates)),
            ("forget_gate", Gate(inputs, hidden, true, gates)),
            ("cell", Gate(inputs, hidden, false, "tanh", "Cell")),
            ("output_gate", Gate(inputs, hidden, outputPeephole, gates)),
            ("activation_fn", Fn(output))));

    public PyObject Gru(int inputs, int hidden) =>
        new(Layers, "GRULayer", Attrs(
            ("reset_gate", Gate(inputs, hidden, false)),
            ("update_gate", Gate(inputs, hidden, false)),
            ("cell", Gate(inputs, hidden, false, "tanh", "GRUCell")),
            ("init", PyArray.Vector(new double[hidden]))));

    public static PyObject Bidirectional(PyObject forward, PyObject backward) =>
        new(Layers, "BidirectionalLayer", Attrs(("fwd_layer", forward), ("bwd_layer", backward)));

    public static PyObject With(PyObject obj, string name, object? value)
    {
        var attributes = new List<KeyValuePair<string, object?>>(obj.Attributes);
        attributes.RemoveAll(a => a.Key == name);
        attributes.Add(new KeyValuePair<string, object?>(name, value));
        return obj with { Attributes = attributes };
    }

    public static IReadOnlyList<KeyValuePair<string, object?>> Attrs(params (string Key, object? Value)[] items)
    {
        var list = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in items)
        {
            list.Add(new KeyValuePair<string, object?>(key, value));
        }

        return list;
    }

    private static PyGlobal? Fn(string name) => name == "none" ? null : Activation(name);

    private PyArray Matrix(int rows, int columns)
    {
        var m = new double[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                m[r, c] = (float)((_random.NextDouble() * 2) - 1);
            }
        }

        return PyArray.Matrix(m);
    }

    private PyArray Vector(int size)
    {
        var v = new double[size];
        for (int i = 0; i < size; i++)
        {
            v[i] = (float)((_random.NextDouble() * 2) - 1);
        }

        return PyArray.Vector(v);
    }
}
