using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// loadConstant (shape [C, H, W], output [1, 1, C, H, W]) and loadConstantND (output of the given shape): the
/// values are decoded and their count checked when the model loads.
/// </summary>
internal sealed class LoadConstantLayer : LayerAdapter
{
    private readonly int[] outputShape;
    private readonly float[] values;

    private LoadConstantLayer(NeuralNetworkLayer layer, IList<ulong> shape, WeightParams? data, bool legacy)
        : base(layer)
    {
        if (OutputNames.Count != 1)
        {
            throw LoadError("needs exactly 1 output.");
        }

        string text = "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
        if ((legacy ? shape.Count != 3 : shape.Count == 0) || shape.Any(d => d < 1 || d > int.MaxValue))
        {
            throw LoadError("has shape " + text + "; it needs " + (legacy ? "3 positive dimensions [C, H, W]." : "at least one dimension, all positive."));
        }

        int[] dims = shape.Select(d => (int)d).ToArray();
        outputShape = legacy ? new[] { 1, 1, dims[0], dims[1], dims[2] } : dims;
        long count = shape.Aggregate(1L, (p, d) => p * (long)d);
        if (count > int.MaxValue)
        {
            throw LoadError("has shape " + text + ", which holds more than 2^31 values.");
        }

        values = WeightDecoder.Decode(data, count, dims[0], Name, LayerType, "data");
    }

    public static LoadConstantLayer Legacy(NeuralNetworkLayer layer) => new(layer, layer.LoadConstant.Shape, layer.LoadConstant.Data, true);

    public static LoadConstantLayer Nd(NeuralNetworkLayer layer) => new(layer, layer.LoadConstantND.Shape, layer.LoadConstantND.Data, false);

    public override int[][] InferOutputShapes(int[][] inputShapes) => new[] { (int[])outputShape.Clone() };

    public override void Execute(Blob[] inputs, Blob[] outputs) => values.AsSpan().CopyTo(outputs[0].Span);
}
