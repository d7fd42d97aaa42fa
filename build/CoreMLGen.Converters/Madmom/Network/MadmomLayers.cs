using System.Collections.Generic;
using CoreMLGen.Converters.Madmom.Pickles;

namespace CoreMLGen.Converters.Madmom.Network;

/// <summary>A madmom network read from its pickle: layers applied in order to a (frames, inputs) matrix.</summary>
public sealed record MadmomNetwork(IReadOnlyList<MadmomLayer> Layers)
{
    public int InputSize => Layers[0].InputSize;

    public int OutputSize => Layers[^1].OutputSize;
}

/// <summary>One madmom layer. Matrices keep madmom's layout: (inputs, hidden) for <c>np.dot(x, W)</c>.</summary>
public abstract record MadmomLayer
{
    public abstract int InputSize { get; }

    public abstract int OutputSize { get; }

    /// <summary>madmom's class name, for messages and <c>inspect</c>.</summary>
    public abstract string Kind { get; }
}

/// <summary>FeedForwardLayer: f(x·W + b).</summary>
public sealed record FeedForwardLayer(DecodedArray Weights, double[] Bias, string Activation) : MadmomLayer
{
    public override int InputSize => Weights.Dim(0);

    public override int OutputSize => Weights.Dim(1);

    public override string Kind => "FeedForwardLayer";
}

/// <summary>RecurrentLayer: h_t = f(x_t·W + b + h_{t−1}·R).</summary>
public sealed record RecurrentLayer(DecodedArray Weights, double[] Bias, DecodedArray RecurrentWeights, string Activation) : MadmomLayer
{
    public override int InputSize => Weights.Dim(0);

    public override int OutputSize => Weights.Dim(1);

    public override string Kind => "RecurrentLayer";
}

/// <summary>A Gate, Cell or GRUCell: weights, bias, recurrent weights, optional peepholes and its activation.</summary>
public sealed record GateWeights(DecodedArray Weights, double[] Bias, DecodedArray RecurrentWeights, double[]? Peepholes, string Activation)
{
    public int InputSize => Weights.Dim(0);

    public int Hidden => Weights.Dim(1);
}

/// <summary>LSTMLayer with peepholes (input and forget gates see c_{t−1}, the output gate c_t).</summary>
public sealed record LstmLayer(GateWeights InputGate, GateWeights ForgetGate, GateWeights Cell, GateWeights OutputGate, string Activation) : MadmomLayer
{
    public override int InputSize => Cell.InputSize;

    public override int OutputSize => Cell.Hidden;

    public override string Kind => "LSTMLayer";
}

/// <summary>GRULayer (Cho et al. 2014 as madmom implements it: the reset gate scales R·h).</summary>
public sealed record GruLayer(GateWeights ResetGate, GateWeights UpdateGate, GateWeights Cell) : MadmomLayer
{
    public override int InputSize => Cell.InputSize;

    public override int OutputSize => Cell.Hidden;

    public override string Kind => "GRULayer";
}

/// <summary>BidirectionalLayer: [forward(x), reverse(backward(reverse(x)))] stacked per frame.</summary>
public sealed record BidirectionalLayer(MadmomLayer Forward, MadmomLayer Backward) : MadmomLayer
{
    public override int InputSize => Forward.InputSize;

    public override int OutputSize => Forward.OutputSize + Backward.OutputSize;

    public override string Kind => "BidirectionalLayer(" + Forward.Kind + ")";
}
