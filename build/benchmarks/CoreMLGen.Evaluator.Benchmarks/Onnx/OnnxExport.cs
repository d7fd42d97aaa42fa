using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using Google.Protobuf;

namespace CoreMLGen.Evaluator.Benchmarks.Onnx;

/// <summary>
/// Writes a benchmark network (stacked bidirectional LSTM layers with peepholes, optionally a dense layer and a
/// sigmoid) as an ONNX graph with the same weights, so ONNX Runtime and the evaluator run the same function:
/// ONNX's LSTM (gate order i, o, f, c; peepholes i, o, f; input and forget gates see the previous cell, the output gate
/// the new one, as in Core ML and madmom) per layer, the two directions' outputs concatenated per frame, then
/// MatMul + Add + Sigmoid.
/// </summary>
internal static class OnnxExport
{
    private const int FloatType = 1;
    private const int Int64Type = 7;

    /// <param name="networks">Networks over the same input; more than one makes an ensemble averaged at the end.</param>
    public static byte[] Write(IReadOnlyList<BenchmarkNetwork> networks)
    {
        var graph = new OnnxGraph { Name = "benchmark" };
        int[] inputShape = networks[0].InputShape;
        int frames = inputShape[0], features = inputShape[2];
        graph.Input.Add(Value("frames", frames, 1, features));
        graph.Initializer.Add(Int64Tensor("shape_frames_batch_features", new long[] { frames, 1, -1 }));

        var outputs = new List<string>();
        for (int n = 0; n < networks.Count; n++)
        {
            outputs.Add(AddNetwork(graph, networks[n], "n" + n + "_"));
        }

        string result = outputs[0];
        if (outputs.Count > 1)
        {
            graph.Node.Add(Node("Mean", outputs, "ensemble"));
            result = "ensemble";
        }

        int outputSize = (int)networks[0].Spec.Description.Output[0].Type.MultiArrayType.Shape[2];
        graph.Output.Add(Value(result, frames, 1, outputSize));
        var model = new OnnxModel { IrVersion = 8, ProducerName = "CoreMLGen benchmarks", Graph = graph };
        model.OpsetImport.Add(new OnnxOperatorSet { Domain = "", Version = 17 });
        return model.ToByteArray();
    }

    private static string AddNetwork(OnnxGraph graph, BenchmarkNetwork network, string prefix)
    {
        string blob = "frames";
        int layerIndex = 0;
        foreach (NeuralNetworkLayer layer in network.Layers)
        {
            string name = prefix + layerIndex++;
            switch (layer.LayerCase)
            {
                case NeuralNetworkLayer.LayerOneofCase.BiDirectionalLSTM:
                    blob = AddBiLstm(graph, layer.BiDirectionalLSTM, blob, name);
                    break;
                case NeuralNetworkLayer.LayerOneofCase.InnerProduct:
                    InnerProductLayerParams dense = layer.InnerProduct;
                    int outputs = (int)dense.OutputChannels, inputs = (int)dense.InputChannels;
                    // Core ML stores (outputs, inputs); MatMul wants (inputs, outputs).
                    float[] transposed = new float[inputs * outputs];
                    for (int o = 0; o < outputs; o++)
                    {
                        for (int i = 0; i < inputs; i++)
                        {
                            transposed[(i * outputs) + o] = dense.Weights.FloatValue[(o * inputs) + i];
                        }
                    }

                    graph.Initializer.Add(FloatTensor(name + "_W", transposed, inputs, outputs));
                    graph.Initializer.Add(FloatTensor(name + "_b", dense.Bias.FloatValue.ToArray(), outputs));
                    graph.Node.Add(Node("MatMul", new[] { blob, name + "_W" }, name + "_mm"));
                    graph.Node.Add(Node("Add", new[] { name + "_mm", name + "_b" }, name));
                    blob = name;
                    break;
                case NeuralNetworkLayer.LayerOneofCase.Activation when layer.Activation.NonlinearityTypeCase == ActivationParams.NonlinearityTypeOneofCase.Sigmoid:
                    graph.Node.Add(Node("Sigmoid", new[] { blob }, name));
                    blob = name;
                    break;
                default:
                    throw new NotSupportedException("The ONNX export of the benchmark does not write " + layer.LayerCase + " layers.");
            }
        }

        return blob;
    }

    private static string AddBiLstm(OnnxGraph graph, BiDirectionalLSTMLayerParams lstm, string input, string name)
    {
        int hidden = (int)lstm.OutputVectorSize, inputs = (int)lstm.InputVectorSize;
        LSTMWeightParams forward = lstm.WeightParams[0], backward = lstm.WeightParams[1];
        var directions = new[] { forward, backward };
        graph.Initializer.Add(FloatTensor(name + "_W", directions.SelectMany(w => Gates(w.InputGateWeightMatrix, w.OutputGateWeightMatrix, w.ForgetGateWeightMatrix, w.BlockInputWeightMatrix)).ToArray(), 2, 4 * hidden, inputs));
        graph.Initializer.Add(FloatTensor(name + "_R", directions.SelectMany(w => Gates(w.InputGateRecursionMatrix, w.OutputGateRecursionMatrix, w.ForgetGateRecursionMatrix, w.BlockInputRecursionMatrix)).ToArray(), 2, 4 * hidden, hidden));
        // B holds the input biases then the recurrent ones (zero here: Core ML has one bias per gate).
        graph.Initializer.Add(FloatTensor(name + "_B", directions.SelectMany(w => Gates(w.InputGateBiasVector, w.OutputGateBiasVector, w.ForgetGateBiasVector, w.BlockInputBiasVector).Concat(new float[4 * hidden])).ToArray(), 2, 8 * hidden));
        bool peepholes = lstm.Params.HasPeepholeVectors;
        if (peepholes)
        {
            graph.Initializer.Add(FloatTensor(name + "_P", directions.SelectMany(w => Gates(w.InputGatePeepholeVector, w.OutputGatePeepholeVector, w.ForgetGatePeepholeVector)).ToArray(), 2, 3 * hidden));
        }

        var node = Node("LSTM", new[] { input, name + "_W", name + "_R", name + "_B", "", "", "", peepholes ? name + "_P" : "" }, name + "_Y");
        node.Attribute.Add(new OnnxAttribute { Name = "direction", Type = OnnxAttribute.Types.Kind.String, S = ByteString.CopyFromUtf8("bidirectional") });
        node.Attribute.Add(new OnnxAttribute { Name = "hidden_size", Type = OnnxAttribute.Types.Kind.Int, I = hidden });
        graph.Node.Add(node);

        // Y is [frames, 2, 1, hidden]; the next layer wants [frames, 1, 2·hidden], forward then backward, like Core ML.
        var transpose = Node("Transpose", new[] { name + "_Y" }, name + "_Yt");
        transpose.Attribute.Add(new OnnxAttribute { Name = "perm", Type = OnnxAttribute.Types.Kind.Ints, Ints = { 0, 2, 1, 3 } });
        graph.Node.Add(transpose);
        graph.Node.Add(Node("Reshape", new[] { name + "_Yt", "shape_frames_batch_features" }, name));
        return name;
    }

    private static IEnumerable<float> Gates(params WeightParams[] gates) => gates.SelectMany(gate => gate.FloatValue);

    private static OnnxNode Node(string op, IEnumerable<string> inputs, string output)
    {
        var node = new OnnxNode { OpType = op, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    private static OnnxTensor FloatTensor(string name, float[] values, params long[] dims)
    {
        if (values.Length != dims.Aggregate(1L, (a, b) => a * b))
        {
            throw new InvalidOperationException(name + ": " + values.Length + " values for dims " + string.Join("×", dims));
        }

        var tensor = new OnnxTensor { Name = name, DataType = FloatType };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        return tensor;
    }

    private static OnnxTensor Int64Tensor(string name, long[] values)
    {
        var tensor = new OnnxTensor { Name = name, DataType = Int64Type };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        return tensor;
    }

    private static OnnxValueInfo Value(string name, params long[] dims)
    {
        var shape = new OnnxShape();
        shape.Dim.AddRange(dims.Select(d => new OnnxShape.Types.Dimension { DimValue = d }));
        return new OnnxValueInfo { Name = name, Type = new OnnxType { TensorType = new OnnxType.Types.Tensor { ElemType = FloatType, Shape = shape } } };
    }
}
