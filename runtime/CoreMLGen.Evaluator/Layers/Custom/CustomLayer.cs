using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Custom;

/// <summary>
/// A custom layer: the app's <see cref="ICustomLayer"/> (a generated partial class with the app's Evaluate), created
/// from the layer's parameters and given its weights at load time, as Core ML does.
/// </summary>
internal sealed class CustomLayer : LayerAdapter
{
    private readonly ICustomLayer _layer;
    private readonly string _className;
    private Blob[]? _wrappedInputs;
    private Blob[]? _wrappedOutputs;
    private MultiArray<float>[] _inputArrays = Array.Empty<MultiArray<float>>();
    private MultiArray<float>[] _outputArrays = Array.Empty<MultiArray<float>>();

    public CustomLayer(NeuralNetworkLayer layer, LayerBuildContext context)
        : base(layer)
    {
        CustomLayerParams custom = layer.Custom;
        _className = custom.ClassName;
        if (_className.Length == 0)
        {
            throw LoadError("the custom layer names no class (className is empty).");
        }

        if (!context.Options.CustomLayers.TryGetValue(_className, out var factory))
        {
            throw LoadError("the custom layer class '" + _className + "' has no implementation. Register one in EvaluatorOptions.CustomLayers "
                + "(the Load methods CoreMLGen generates register the app's generated '" + _className + "' class, whose Evaluate the app writes).");
        }

        var parameters = custom.Parameters.ToDictionary(p => p.Key, p => Box(p.Key, p.Value), StringComparer.Ordinal);
        try
        {
            _layer = factory(parameters) ?? throw LoadError("the factory for class '" + _className + "' returned null.");
            _layer.SetWeights(custom.Weights.Select(WeightBytes).ToArray());
        }
        catch (Exception exception) when (exception is not ModelLoadException)
        {
            throw new ModelLoadException("Layer '" + Name + "' (custom): creating class '" + _className + "' failed: " + exception.Message, Name, LayerType, exception);
        }
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        IReadOnlyList<IReadOnlyList<int>> shapes;
        try
        {
            shapes = _layer.GetOutputShapes(inputShapes.Select(s => (IReadOnlyList<int>)s.ToArray()).ToArray());
        }
        catch (Exception exception) when (exception is not CoreMLException)
        {
            throw new CoreMLException("Layer '" + Name + "' (custom class '" + _className + "'): GetOutputShapes failed: " + exception.Message, exception);
        }

        if (shapes is null || shapes.Count != OutputNames.Count)
        {
            throw ShapeError("class '" + _className + "' gave " + (shapes?.Count ?? 0) + " output shapes for the layer's " + OutputNames.Count + " outputs.");
        }

        return shapes.Select(s => s.ToArray()).ToArray();
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        // The plan's blobs stay the same between runs, so the views over them are made once per plan.
        if (!ReferenceEquals(inputs, _wrappedInputs) || !ReferenceEquals(outputs, _wrappedOutputs))
        {
            _inputArrays = inputs.Select(View).ToArray();
            _outputArrays = outputs.Select(View).ToArray();
            _wrappedInputs = inputs;
            _wrappedOutputs = outputs;
        }

        try
        {
            _layer.Evaluate(_inputArrays, _outputArrays);
        }
        catch (Exception exception) when (exception is not CoreMLException)
        {
            throw new CoreMLException("Layer '" + Name + "' (custom class '" + _className + "'): Evaluate failed: " + exception.Message, exception);
        }
    }

    private static MultiArray<float> View(Blob blob) => MultiArray<float>.Wrap(blob.Data.AsMemory(0, blob.Count), blob.Shape);

    private object Box(string name, CustomLayerParams.Types.CustomLayerParamValue value) => value.ValueCase switch
    {
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.DoubleValue => value.DoubleValue,
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.StringValue => value.StringValue,
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.IntValue => value.IntValue,
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.LongValue => value.LongValue,
        CustomLayerParams.Types.CustomLayerParamValue.ValueOneofCase.BoolValue => value.BoolValue,
        _ => throw LoadError("parameter '" + name + "' has no value."),
    };

    // The bytes Core ML hands a custom layer: float32 values little-endian, or the stored float16/raw bytes.
    private static ReadOnlyMemory<byte> WeightBytes(WeightParams weights)
    {
        if (weights.FloatValue.Count > 0)
        {
            var bytes = new byte[weights.FloatValue.Count * 4];
            for (int i = 0; i < weights.FloatValue.Count; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), weights.FloatValue[i]);
            }

            return bytes;
        }

        if (weights.Float16Value.Length > 0)
        {
            return weights.Float16Value.ToByteArray();
        }

        if (weights.RawValue.Length > 0)
        {
            return weights.RawValue.ToByteArray();
        }

        return weights.Int8RawValue.Length > 0 ? weights.Int8RawValue.ToByteArray() : ReadOnlyMemory<byte>.Empty;
    }
}
