using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;

namespace CoreMLGen.Cli;

/// <summary>
/// <c>coremlgen inspect NETWORK.pkl</c>: a madmom network's layers before conversion — type, sizes, activations,
/// peepholes and parameter counts — and whether the converter takes it (or why not).
/// </summary>
internal static class PickleInspectCommand
{
    public static int Run(string path, TextWriter output, TextWriter error)
    {
        MadmomSource source;
        try
        {
            source = MadmomSource.Load(Path.GetFullPath(path));
        }
        catch (Exception exception) when (exception is MadmomFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(path + ": error " + TaskErrorCodes.PickleConversionFailed + ": Cannot read the madmom network '" + Path.GetFileName(path) + "': " + exception.Message);
            return ExitCodes.ModelError;
        }

        MadmomNetwork network = source.Network;
        TextTable.Write(output, null, new[]
        {
            new[] { "Network", path },
            new[] { "Kind", "madmom.ml.nn.NeuralNetwork, " + Count(network.Layers.Count, "layer") },
            new[] { "Input", Count(network.InputSize, "value") + " per frame (" + MadmomConverter.InputName + ")" },
            new[] { "Output", Count(network.OutputSize, "value") + " per frame (" + MadmomConverter.OutputName + ")" },
            new[] { "Parameters", Number(network.Layers.Sum(Parameters)) },
            new[] { "Conversion", Conversion(source) },
        });
        output.WriteLine();
        var rows = new List<string[]>();
        for (int i = 0; i < network.Layers.Count; i++)
        {
            AddRows(rows, network.Layers[i], "layers[" + i.ToString(CultureInfo.InvariantCulture) + "]");
        }

        TextTable.Write(output, "Layers", rows, "layer", "type", "inputs", "outputs", "parameters", "activations");
        return ExitCodes.Success;
    }

    private static string Conversion(MadmomSource source)
    {
        try
        {
            int layers = MadmomConverter.Convert(source).NeuralNetwork.Layers.Count;
            return "supported: a Core ML NeuralNetwork of " + Count(layers, "layer");
        }
        catch (MadmomFormatException exception)
        {
            return "refused: " + exception.Message;
        }
    }

    private static void AddRows(List<string[]> rows, MadmomLayer layer, string path)
    {
        rows.Add(new[] { path, layer.Kind, Number(layer.InputSize), Number(layer.OutputSize), Number(Parameters(layer)), Activations(layer) });
        if (layer is BidirectionalLayer bidirectional)
        {
            AddRows(rows, bidirectional.Forward, path + ".fwd_layer");
            AddRows(rows, bidirectional.Backward, path + ".bwd_layer");
        }
    }

    private static string Activations(MadmomLayer layer) => layer switch
    {
        FeedForwardLayer dense => dense.Activation,
        RecurrentLayer recurrent => recurrent.Activation,
        LstmLayer lstm => "gates " + Distinct(lstm.InputGate, lstm.ForgetGate, lstm.OutputGate) + ", cell " + lstm.Cell.Activation + ", output " + lstm.Activation + "; " + Peepholes(lstm),
        GruLayer gru => "gates " + Distinct(gru.ResetGate, gru.UpdateGate) + ", cell " + gru.Cell.Activation,
        _ => string.Empty,
    };

    private static string Distinct(params GateWeights[] gates) => string.Join("/", gates.Select(g => g.Activation).Distinct(StringComparer.Ordinal));

    private static string Peepholes(LstmLayer lstm)
    {
        string[] gates = new[] { ("input", lstm.InputGate), ("forget", lstm.ForgetGate), ("output", lstm.OutputGate) }.Where(g => g.Item2.Peepholes is not null).Select(g => g.Item1).ToArray();
        return gates.Length == 0 ? "no peepholes" : "peepholes: " + string.Join(", ", gates);
    }

    private static long Parameters(MadmomLayer layer) => layer switch
    {
        FeedForwardLayer dense => dense.Weights.Values.Length + dense.Bias.Length,
        RecurrentLayer recurrent => recurrent.Weights.Values.Length + recurrent.Bias.Length + recurrent.RecurrentWeights.Values.Length,
        LstmLayer lstm => Parameters(lstm.InputGate) + Parameters(lstm.ForgetGate) + Parameters(lstm.Cell) + Parameters(lstm.OutputGate),
        GruLayer gru => Parameters(gru.ResetGate) + Parameters(gru.UpdateGate) + Parameters(gru.Cell),
        BidirectionalLayer bidirectional => Parameters(bidirectional.Forward) + Parameters(bidirectional.Backward),
        _ => 0,
    };

    private static long Parameters(GateWeights gate) => gate.Weights.Values.Length + gate.Bias.Length + gate.RecurrentWeights.Values.Length + (gate.Peepholes?.Length ?? 0);

    private static string Count(int count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
