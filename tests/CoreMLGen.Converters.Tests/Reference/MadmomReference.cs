using System;
using System.Collections;
using System.Collections.Generic;
using CoreMLGen.Converters.Madmom.Pickles;

namespace CoreMLGen.Converters.Tests.Reference;

/// <summary>
/// madmom's layer equations (madmom/ml/nn/layers.py, activations.py) in plain loops and double precision, run on the
/// unpickled objects by their madmom attribute names. It shares nothing with the converter's network model, weight
/// layout or Core ML mapping. <see cref="MaxAbsCell"/> records the largest |cell state| seen, so tests can prove they
/// drove cells past Core ML's default clip of 50.
/// </summary>
internal sealed class MadmomReference
{
    private readonly PickledObject _network;

    public MadmomReference(object network)
    {
        _network = (PickledObject)network;
    }

    public double MaxAbsCell { get; private set; }

    /// <summary>Runs the network on x [frames][inputs]; returns [frames][outputs].</summary>
    public double[][] Run(double[][] x)
    {
        double[][] data = x;
        foreach (object? layer in (IList)_network.Attributes["layers"]!)
        {
            data = Layer((PickledObject)layer!, data);
        }

        return data;
    }

    private double[][] Layer(PickledObject layer, double[][] x) => layer.ShortName switch
    {
        "FeedForwardLayer" => FeedForward(layer, x),
        "RecurrentLayer" => Recurrent(layer, x),
        "LSTMLayer" => Lstm(layer, x),
        "GRULayer" => Gru(layer, x),
        "BidirectionalLayer" => Bidirectional(layer, x),
        _ => throw new NotSupportedException(layer.ClassName),
    };

    private static double[][] FeedForward(PickledObject layer, double[][] x)
    {
        var result = new double[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            result[t] = Apply(Activation(layer), Affine(layer, x[t]));
        }

        return result;
    }

    private static double[][] Recurrent(PickledObject layer, double[][] x)
    {
        var result = new double[x.Length][];
        double[] previous = new double[Bias(layer).Length];
        for (int t = 0; t < x.Length; t++)
        {
            double[] sum = Affine(layer, x[t]);
            AddRecurrent(layer, previous, sum, scale: null);
            previous = result[t] = Apply(Activation(layer), sum);
        }

        return result;
    }

    private double[][] Lstm(PickledObject layer, double[][] x)
    {
        var input = (PickledObject)layer.Attributes["input_gate"]!;
        var forget = (PickledObject)layer.Attributes["forget_gate"]!;
        var cell = (PickledObject)layer.Attributes["cell"]!;
        var output = (PickledObject)layer.Attributes["output_gate"]!;
        int hidden = Bias(cell).Length;
        double[] previous = new double[hidden], state = new double[hidden];
        var result = new double[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            double[] ig = GateActivation(input, x[t], previous, state);
            double[] fg = GateActivation(forget, x[t], previous, state);
            double[] c = GateActivation(cell, x[t], previous, null);
            var next = new double[hidden];
            for (int h = 0; h < hidden; h++)
            {
                next[h] = (c[h] * ig[h]) + (state[h] * fg[h]);
                MaxAbsCell = Math.Max(MaxAbsCell, Math.Abs(next[h]));
            }

            state = next;
            double[] og = GateActivation(output, x[t], previous, state);
            double[] activated = Apply(Activation(layer), (double[])state.Clone());
            var y = new double[hidden];
            for (int h = 0; h < hidden; h++)
            {
                y[h] = activated[h] * og[h];
            }

            previous = result[t] = y;
        }

        return result;
    }

    private static double[][] Gru(PickledObject layer, double[][] x)
    {
        var reset = (PickledObject)layer.Attributes["reset_gate"]!;
        var update = (PickledObject)layer.Attributes["update_gate"]!;
        var cell = (PickledObject)layer.Attributes["cell"]!;
        int hidden = Bias(cell).Length;
        double[] previous = new double[hidden];
        var result = new double[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            double[] rg = GateActivation(reset, x[t], previous, null);
            double[] ug = GateActivation(update, x[t], previous, null);
            double[] sum = Affine(cell, x[t]);
            AddRecurrent(cell, previous, sum, scale: rg);
            double[] c = Apply(Activation(cell), sum);
            var y = new double[hidden];
            for (int h = 0; h < hidden; h++)
            {
                y[h] = (ug[h] * c[h]) + ((1 - ug[h]) * previous[h]);
            }

            previous = result[t] = y;
        }

        return result;
    }

    private double[][] Bidirectional(PickledObject layer, double[][] x)
    {
        double[][] forward = Layer((PickledObject)layer.Attributes["fwd_layer"]!, x);
        var reversed = (double[][])x.Clone();
        Array.Reverse(reversed);
        double[][] backward = Layer((PickledObject)layer.Attributes["bwd_layer"]!, reversed);
        var result = new double[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            double[] b = backward[x.Length - 1 - t];
            result[t] = new double[forward[t].Length + b.Length];
            forward[t].CopyTo(result[t], 0);
            b.CopyTo(result[t], forward[t].Length);
        }

        return result;
    }

    // Gate.activate: f(x·W + b + state ⊙ peephole + prev·R).
    private static double[] GateActivation(PickledObject gate, double[] x, double[] previous, double[]? state)
    {
        double[] sum = Affine(gate, x);
        if (state is not null && gate.Attributes.TryGetValue("peephole_weights", out object? p) && p is NumpyArray)
        {
            double[] peep = Values(gate, "peephole_weights");
            for (int h = 0; h < sum.Length; h++)
            {
                sum[h] += state[h] * peep[h];
            }
        }

        AddRecurrent(gate, previous, sum, scale: null);
        return Apply(Activation(gate), sum);
    }

    private static double[] Affine(PickledObject layer, double[] x)
    {
        DecodedArray w = Array2(layer, "weights");
        double[] sum = (double[])Bias(layer).Clone();
        for (int h = 0; h < w.Dim(1); h++)
        {
            for (int i = 0; i < w.Dim(0); i++)
            {
                sum[h] += x[i] * w.Values[(i * w.Dim(1)) + h];
            }
        }

        return sum;
    }

    private static void AddRecurrent(PickledObject layer, double[] previous, double[] sum, double[]? scale)
    {
        DecodedArray r = Array2(layer, "recurrent_weights");
        for (int h = 0; h < sum.Length; h++)
        {
            double dot = 0;
            for (int k = 0; k < previous.Length; k++)
            {
                dot += previous[k] * r.Values[(k * sum.Length) + h];
            }

            sum[h] += scale is null ? dot : scale[h] * dot;
        }
    }

    private static double[] Apply(string activation, double[] v)
    {
        double max = double.NegativeInfinity, total = 0;
        foreach (double value in v)
        {
            max = Math.Max(max, value);
        }

        foreach (double value in v)
        {
            total += Math.Exp(value - max);
        }

        var result = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            result[i] = activation switch
            {
                "linear" => v[i],
                "sigmoid" => 1 / (1 + Math.Exp(-v[i])),
                "tanh" => Math.Tanh(v[i]),
                "relu" => Math.Max(v[i], 0),
                "elu" => v[i] < 0 ? Math.Exp(v[i]) - 1 : v[i],
                "softmax" => Math.Exp(v[i] - max) / total,
                _ => throw new NotSupportedException(activation),
            };
        }

        return result;
    }

    private static string Activation(PickledObject layer) =>
        layer.Attributes.TryGetValue("activation_fn", out object? f) && f is ActivationReference a ? a.Name : "linear";

    private static double[] Bias(PickledObject layer) => Values(layer, "bias");

    private static readonly Dictionary<NumpyArray, DecodedArray> s_decoded = new(ReferenceEqualityComparer.Instance);

    private static DecodedArray Array2(PickledObject owner, string name)
    {
        var array = (NumpyArray)owner.Attributes[name]!;
        lock (s_decoded)
        {
            if (!s_decoded.TryGetValue(array, out DecodedArray? decoded))
            {
                s_decoded[array] = decoded = NumpyArrayDecoder.Decode(array, PickleLimits.Default, name);
            }

            return decoded;
        }
    }

    private static double[] Values(PickledObject owner, string name) => Array2(owner, name).Values;
}
