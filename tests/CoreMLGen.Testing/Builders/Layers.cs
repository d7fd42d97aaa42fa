using System.Collections.Generic;
using CoreML.Specification;

namespace CoreMLGen.Testing.Builders;

/// <summary>
/// Neural-network layers for specs built in code, with the slot conventions of coremltools' builder
/// (coreml-format-notes §3.2): recurrent inputs <c>[x, h, c, h_rev, c_rev]</c>, outputs <c>[y, h, c, h_rev, c_rev]</c>.
/// Weights are deterministic pseudo-random values of the sizes the validator checks.
/// </summary>
public static class Layers
{
    public static NeuralNetworkLayer UniLstm(string name, IEnumerable<string> inputs, IEnumerable<string> outputs, ulong inputSize, ulong hiddenSize, Weights weights, bool sequenceOutput = false)
    {
        var lstm = new UniDirectionalLSTMLayerParams
        {
            InputVectorSize = inputSize,
            OutputVectorSize = hiddenSize,
            Params = new LSTMParams { SequenceOutput = sequenceOutput, HasBiasVectors = true, CellClipThreshold = 50000 },
            WeightParams = LstmWeights(inputSize, hiddenSize, weights),
        };
        lstm.Activations.AddRange(LstmActivations());
        return Layer(name, inputs, outputs, layer => layer.UniDirectionalLSTM = lstm);
    }

    public static NeuralNetworkLayer BiLstm(string name, IEnumerable<string> inputs, IEnumerable<string> outputs, ulong inputSize, ulong hiddenSize, Weights weights, bool sequenceOutput = true)
    {
        var lstm = new BiDirectionalLSTMLayerParams
        {
            InputVectorSize = inputSize,
            OutputVectorSize = hiddenSize,
            Params = new LSTMParams { SequenceOutput = sequenceOutput, HasBiasVectors = true, CellClipThreshold = 50000 },
        };
        lstm.ActivationsForwardLSTM.AddRange(LstmActivations());
        lstm.ActivationsBackwardLSTM.AddRange(LstmActivations());
        lstm.WeightParams.Add(LstmWeights(inputSize, hiddenSize, weights));
        lstm.WeightParams.Add(LstmWeights(inputSize, hiddenSize, weights));
        return Layer(name, inputs, outputs, layer => layer.BiDirectionalLSTM = lstm);
    }

    public static NeuralNetworkLayer Gru(string name, IEnumerable<string> inputs, IEnumerable<string> outputs, ulong inputSize, ulong hiddenSize, Weights weights)
    {
        long x = (long)inputSize, h = (long)hiddenSize;
        var gru = new GRULayerParams
        {
            InputVectorSize = inputSize,
            OutputVectorSize = hiddenSize,
            HasBiasVectors = true,
            UpdateGateWeightMatrix = weights.Next(h * x),
            ResetGateWeightMatrix = weights.Next(h * x),
            OutputGateWeightMatrix = weights.Next(h * x),
            UpdateGateRecursionMatrix = weights.Next(h * h),
            ResetGateRecursionMatrix = weights.Next(h * h),
            OutputGateRecursionMatrix = weights.Next(h * h),
            UpdateGateBiasVector = weights.Next(h),
            ResetGateBiasVector = weights.Next(h),
            OutputGateBiasVector = weights.Next(h),
        };
        gru.Activations.Add(new ActivationParams { Sigmoid = new ActivationSigmoid() });
        gru.Activations.Add(new ActivationParams { Tanh = new ActivationTanh() });
        return Layer(name, inputs, outputs, layer => layer.Gru = gru);
    }

    public static NeuralNetworkLayer SimpleRnn(string name, IEnumerable<string> inputs, IEnumerable<string> outputs, ulong inputSize, ulong hiddenSize, Weights weights)
    {
        long x = (long)inputSize, h = (long)hiddenSize;
        var rnn = new SimpleRecurrentLayerParams
        {
            InputVectorSize = inputSize,
            OutputVectorSize = hiddenSize,
            Activation = new ActivationParams { Tanh = new ActivationTanh() },
            HasBiasVector = true,
            WeightMatrix = weights.Next(h * x),
            RecursionMatrix = weights.Next(h * h),
            BiasVector = weights.Next(h),
        };
        return Layer(name, inputs, outputs, layer => layer.SimpleRecurrent = rnn);
    }

    /// <summary>A fully connected layer, weights row-major <c>[outputs, inputs]</c>.</summary>
    public static NeuralNetworkLayer Dense(string name, string input, string output, ulong inputSize, ulong outputSize, Weights weights)
    {
        var dense = new InnerProductLayerParams
        {
            InputChannels = inputSize,
            OutputChannels = outputSize,
            HasBias = true,
            Weights = weights.Next((long)(inputSize * outputSize)),
            Bias = weights.Next((long)outputSize),
        };
        return Layer(name, new[] { input }, new[] { output }, layer => layer.InnerProduct = dense);
    }

    public static NeuralNetworkLayer Relu(string name, string input, string output)
        => Layer(name, new[] { input }, new[] { output }, layer => layer.Activation = new ActivationParams { ReLU = new ActivationReLU() });

    public static NeuralNetworkLayer Softmax(string name, string input, string output)
        => Layer(name, new[] { input }, new[] { output }, layer => layer.Softmax = new SoftmaxLayerParams());

    public static NeuralNetworkLayer Copy(string name, string input, string output)
        => Layer(name, new[] { input }, new[] { output }, layer => layer.Copy = new CopyLayerParams());

    /// <summary>A legacy slice along the channel axis (rank 5 <c>[S, B, C, H, W]</c>), <c>[start, end)</c>.</summary>
    public static NeuralNetworkLayer SliceChannels(string name, string input, string output, long start, long end)
        => Layer(name, new[] { input }, new[] { output }, layer => layer.Slice = new SliceLayerParams { StartIndex = start, EndIndex = end, Stride = 1, Axis = SliceLayerParams.Types.SliceAxis.ChannelAxis });

    /// <summary>A legacy concatenation along the channel axis (also what coremltools writes for an elementwise CONCAT).</summary>
    public static NeuralNetworkLayer ConcatChannels(string name, IEnumerable<string> inputs, string output)
        => Layer(name, inputs, new[] { output }, layer => layer.Concat = new ConcatLayerParams());

    public static NeuralNetworkLayer ExpandDims(string name, string input, string output, params long[] axes)
    {
        var expand = new ExpandDimsLayerParams();
        expand.Axes.AddRange(axes);
        return Layer(name, new[] { input }, new[] { output }, layer => layer.ExpandDims = expand);
    }

    public static NeuralNetworkLayer Squeeze(string name, string input, string output, params long[] axes)
    {
        var squeeze = new SqueezeLayerParams();
        squeeze.Axes.AddRange(axes);
        return Layer(name, new[] { input }, new[] { output }, layer => layer.Squeeze = squeeze);
    }

    public static NeuralNetworkLayer SplitND(string name, string input, IEnumerable<string> outputs, long axis, ulong numSplits)
        => Layer(name, new[] { input }, outputs, layer => layer.SplitND = new SplitNDLayerParams { Axis = axis, NumSplits = numSplits });

    public static NeuralNetworkLayer ConcatND(string name, IEnumerable<string> inputs, string output, long axis)
        => Layer(name, inputs, new[] { output }, layer => layer.ConcatND = new ConcatNDLayerParams { Axis = axis });

    public static NeuralNetworkLayer Transpose(string name, string input, string output, params ulong[] axes)
    {
        var transpose = new TransposeLayerParams();
        transpose.Axes.AddRange(axes);
        return Layer(name, new[] { input }, new[] { output }, layer => layer.Transpose = transpose);
    }

    public static NeuralNetworkLayer ReshapeStatic(string name, string input, string output, params long[] shape)
    {
        var reshape = new ReshapeStaticLayerParams();
        reshape.TargetShape.AddRange(shape);
        return Layer(name, new[] { input }, new[] { output }, layer => layer.ReshapeStatic = reshape);
    }

    /// <summary>A custom layer; parameter values are int, long, double, string or bool (the types Core ML allows).</summary>
    public static NeuralNetworkLayer Custom(
        string name,
        string className,
        IEnumerable<string> inputs,
        IEnumerable<string> outputs,
        IReadOnlyDictionary<string, object>? parameters = null,
        string description = "",
        params WeightParams[] weights)
    {
        var custom = new CustomLayerParams { ClassName = className, Description = description };
        foreach (KeyValuePair<string, object> parameter in parameters ?? new Dictionary<string, object>())
        {
            custom.Parameters[parameter.Key] = parameter.Value switch
            {
                int value => new CustomLayerParams.Types.CustomLayerParamValue { IntValue = value },
                long value => new CustomLayerParams.Types.CustomLayerParamValue { LongValue = value },
                double value => new CustomLayerParams.Types.CustomLayerParamValue { DoubleValue = value },
                string value => new CustomLayerParams.Types.CustomLayerParamValue { StringValue = value },
                bool value => new CustomLayerParams.Types.CustomLayerParamValue { BoolValue = value },
                _ => new CustomLayerParams.Types.CustomLayerParamValue(),
            };
        }

        custom.Weights.AddRange(weights);
        return Layer(name, inputs, outputs, layer => layer.Custom = custom);
    }

    public static NeuralNetworkLayer Layer(string name, IEnumerable<string> inputs, IEnumerable<string> outputs, System.Action<NeuralNetworkLayer> set)
    {
        var layer = new NeuralNetworkLayer { Name = name };
        layer.Input.AddRange(inputs);
        layer.Output.AddRange(outputs);
        set(layer);
        return layer;
    }

    /// <summary>The activations coremltools writes for an LSTM: [sigmoid, tanh, tanh].</summary>
    private static IEnumerable<ActivationParams> LstmActivations() => new[]
    {
        new ActivationParams { Sigmoid = new ActivationSigmoid() },
        new ActivationParams { Tanh = new ActivationTanh() },
        new ActivationParams { Tanh = new ActivationTanh() },
    };

    private static LSTMWeightParams LstmWeights(ulong inputSize, ulong hiddenSize, Weights weights)
    {
        long x = (long)inputSize, h = (long)hiddenSize;
        return new LSTMWeightParams
        {
            InputGateWeightMatrix = weights.Next(h * x),
            ForgetGateWeightMatrix = weights.Next(h * x),
            BlockInputWeightMatrix = weights.Next(h * x),
            OutputGateWeightMatrix = weights.Next(h * x),
            InputGateRecursionMatrix = weights.Next(h * h),
            ForgetGateRecursionMatrix = weights.Next(h * h),
            BlockInputRecursionMatrix = weights.Next(h * h),
            OutputGateRecursionMatrix = weights.Next(h * h),
            InputGateBiasVector = weights.Next(h),
            ForgetGateBiasVector = weights.Next(h),
            BlockInputBiasVector = weights.Next(h),
            OutputGateBiasVector = weights.Next(h),
        };
    }
}
