using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// The benchmark's NeuralNetworks written again as ML Programs with the same weights, as coremltools would write the
/// same PyTorch model: biDirectionalLSTM → <c>lstm</c> (bidirectional; gate rows reordered to MIL's input, forget,
/// output, cell), innerProduct → <c>linear</c>, convolution → <c>conv</c>, activation → <c>relu</c> / <c>sigmoid</c>.
/// A rank-5 sequence [T, B, C, 1, 1] becomes MIL's [T, B, C]. Only the layer kinds the benchmark builds are written.
/// </summary>
internal static class MilTranslation
{
    public static Model Translate(BenchmarkNetwork network)
    {
        var writer = new MilProgramWriter();
        writer.Input(network.InputName, MilShape(network.InputShape));
        int[] outputShape = network.Spec.Description.Output[0].Type.MultiArrayType.Shape.Select(d => (int)d).ToArray();
        int batch = network.InputShape[1];
        foreach (NeuralNetworkLayer layer in network.Layers)
        {
            string x = layer.Input[0], y = layer.Output[0];
            switch (layer.LayerCase)
            {
                case NeuralNetworkLayer.LayerOneofCase.BiDirectionalLSTM:
                    Lstm(writer, layer.BiDirectionalLSTM, x, y, batch);
                    break;
                case NeuralNetworkLayer.LayerOneofCase.InnerProduct:
                    InnerProductLayerParams dense = layer.InnerProduct;
                    var linear = new List<(string, string)> { ("x", x), ("weight", writer.Floats(Floats(dense.Weights), (int)dense.OutputChannels, (int)dense.InputChannels)) };
                    if (dense.HasBias)
                    {
                        linear.Add(("bias", writer.Floats(Floats(dense.Bias), (int)dense.OutputChannels)));
                    }

                    writer.Op("linear", new[] { y }, linear.ToArray());
                    break;
                case NeuralNetworkLayer.LayerOneofCase.Convolution:
                    Conv(writer, layer.Convolution, x, y);
                    break;
                case NeuralNetworkLayer.LayerOneofCase.Activation:
                    writer.Op(ActivationName(layer.Activation), new[] { y }, ("x", x));
                    break;
                default:
                    throw new NotSupportedException("The benchmark does not write " + layer.LayerCase + " layers as MIL ops.");
            }
        }

        writer.Output(network.OutputName, MilShape(outputShape));
        return writer.Model;
    }

    /// <summary>The ML Program's shape for a NeuralNetwork shape: a rank-5 sequence [T, B, C, 1, 1] is [T, B, C].</summary>
    public static int[] MilShape(int[] shape) => shape.Length == 5 && shape[3] == 1 && shape[4] == 1 ? shape[..3] : shape;

    private static void Lstm(MilProgramWriter writer, BiDirectionalLSTMLayerParams p, string x, string y, int batch)
    {
        int hidden = (int)p.OutputVectorSize, inputs = (int)p.InputVectorSize;
        string[] activations = p.ActivationsForwardLSTM.Select(ActivationName).ToArray();
        if (!activations.SequenceEqual(p.ActivationsBackwardLSTM.Select(ActivationName)))
        {
            throw new NotSupportedException("MIL's lstm has one set of activations for both directions.");
        }

        var inputsOfOp = new List<(string, string)>
        {
            ("x", x),
            ("initial_h", writer.Floats(new float[batch * 2 * hidden], batch, 2 * hidden)),
            ("initial_c", writer.Floats(new float[batch * 2 * hidden], batch, 2 * hidden)),
            ("direction", writer.Text("bidirectional")),
            ("output_sequence", writer.Bool(p.Params.SequenceOutput)),
            ("recurrent_activation", writer.Text(activations[0])),
            ("cell_activation", writer.Text(activations[1])),
            ("activation", writer.Text(activations[2])),
            ("clip", writer.Float(p.Params.CellClipThreshold == 0 ? 50f : p.Params.CellClipThreshold)),
        };
        for (int d = 0; d < 2; d++)
        {
            string suffix = d == 0 ? string.Empty : "_back";
            LSTMWeightParams w = p.WeightParams[d];
            inputsOfOp.Add(("weight_ih" + suffix, writer.Floats(Stack(w.InputGateWeightMatrix, w.ForgetGateWeightMatrix, w.OutputGateWeightMatrix, w.BlockInputWeightMatrix), 4 * hidden, inputs)));
            inputsOfOp.Add(("weight_hh" + suffix, writer.Floats(Stack(w.InputGateRecursionMatrix, w.ForgetGateRecursionMatrix, w.OutputGateRecursionMatrix, w.BlockInputRecursionMatrix), 4 * hidden, hidden)));
            if (p.Params.HasBiasVectors)
            {
                inputsOfOp.Add(("bias" + suffix, writer.Floats(Stack(w.InputGateBiasVector, w.ForgetGateBiasVector, w.OutputGateBiasVector, w.BlockInputBiasVector), 4 * hidden)));
            }

            if (p.Params.HasPeepholeVectors)
            {
                inputsOfOp.Add(("peephole" + suffix, writer.Floats(Stack(w.InputGatePeepholeVector, w.ForgetGatePeepholeVector, w.OutputGatePeepholeVector), 3 * hidden)));
            }
        }

        writer.Op("lstm", new[] { y, y + "_h", y + "_c" }, inputsOfOp.ToArray());
    }

    private static void Conv(MilProgramWriter writer, ConvolutionLayerParams p, string x, string y)
    {
        int[] kernel = p.KernelSize.Select(k => (int)k).ToArray();
        var inputs = new List<(string, string)>
        {
            ("x", x),
            ("weight", writer.Floats(Floats(p.Weights), new[] { (int)p.OutputChannels, (int)p.KernelChannels }.Concat(kernel).ToArray())),
            ("strides", writer.Ints(p.Stride.Select(s => (int)s).ToArray())),
            ("dilations", writer.Ints(p.DilationFactor.Select(s => (int)s).ToArray())),
            ("pad_type", writer.Text(p.ConvolutionPaddingTypeCase == ConvolutionLayerParams.ConvolutionPaddingTypeOneofCase.Same ? "same" : "valid")),
            ("pad", writer.Ints(0, 0, 0, 0)),
            ("groups", writer.Int(p.NGroups == 0 ? 1 : (int)p.NGroups)),
        };
        if (p.HasBias)
        {
            inputs.Add(("bias", writer.Floats(Floats(p.Bias), (int)p.OutputChannels)));
        }

        writer.Op("conv", new[] { y }, inputs.ToArray());
    }

    private static string ActivationName(ActivationParams activation) => activation.NonlinearityTypeCase switch
    {
        ActivationParams.NonlinearityTypeOneofCase.Sigmoid => "sigmoid",
        ActivationParams.NonlinearityTypeOneofCase.Tanh => "tanh",
        ActivationParams.NonlinearityTypeOneofCase.ReLU => "relu",
        _ => throw new NotSupportedException("The benchmark does not write " + activation.NonlinearityTypeCase + " activations as MIL ops."),
    };

    private static float[] Floats(WeightParams weights) => weights.FloatValue.ToArray();

    private static float[] Stack(params WeightParams[] parts) => parts.SelectMany(part => part.FloatValue).ToArray();
}
