using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Elementwise;

/// <summary>
/// Folds an element-wise operation over one or more inputs with numpy broadcasting into one output: the ND
/// *Broadcastable layers (exactly two inputs) and the legacy add, multiply, average, max and min (one or more inputs;
/// their limited rank-5 broadcasting is a special case of numpy's). A single input of add/multiply uses the layer's
/// alpha constant; average divides the sum by the number of inputs.
/// </summary>
internal sealed class BroadcastingLayer : LayerAdapter
{
    private readonly BinaryOperation _operation;
    private readonly float? _singleInputConstant;
    private readonly bool _average;

    private BroadcastingLayer(NeuralNetworkLayer layer, BinaryOperation operation, int minInputs, int maxInputs, float? singleInputConstant, bool average)
        : base(layer)
    {
        _operation = operation;
        _singleInputConstant = singleInputConstant;
        _average = average;
        if (InputNames.Count < minInputs || InputNames.Count > maxInputs || OutputNames.Count != 1)
        {
            string inputs = minInputs == maxInputs ? minInputs.ToString(System.Globalization.CultureInfo.InvariantCulture) : minInputs + " or more";
            throw LoadError("needs " + inputs + " inputs and one output, it has " + InputNames.Count + " and " + OutputNames.Count + ".");
        }
    }

    /// <summary>An ND *Broadcastable layer: exactly two inputs.</summary>
    public static BroadcastingLayer Binary(NeuralNetworkLayer layer, BinaryOperation operation) =>
        new(layer, operation, 2, 2, null, average: false);

    /// <summary>A legacy layer of one or more inputs; <paramref name="singleInputConstant"/> is its alpha with one input (add, multiply).</summary>
    public static BroadcastingLayer Fold(NeuralNetworkLayer layer, BinaryOperation operation, float? singleInputConstant = null, bool average = false) =>
        new(layer, operation, 1, int.MaxValue, singleInputConstant, average);

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] shape = inputShapes[0];
        for (int i = 1; i < inputShapes.Length; i++)
        {
            shape = BroadcastArithmetic.BroadcastShape(shape, inputShapes[i])
                ?? throw ShapeError("cannot broadcast input shapes [" + ShapeMath.Format(shape) + "] and [" + ShapeMath.Format(inputShapes[i]) + "] (input " + i + ").");
        }

        return new[] { (int[])shape.Clone() };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob y = outputs[0];
        if (inputs.Length == 1)
        {
            ReadOnlySpan<float> x = inputs[0].Span;
            ReadOnlySpan<float> constant = stackalloc float[] { _singleInputConstant ?? 0f };
            if (_singleInputConstant is null)
            {
                x.CopyTo(y.Span);
            }
            else
            {
                BroadcastArithmetic.Apply(_operation, x, inputs[0].Shape, constant, Array.Empty<int>(), y.Span, y.Shape);
            }

            return;
        }

        BroadcastArithmetic.Apply(_operation, inputs[0].Span, inputs[0].Shape, inputs[1].Span, inputs[1].Shape, y.Span, y.Shape);
        for (int i = 2; i < inputs.Length; i++)
        {
            BroadcastArithmetic.Apply(_operation, y.Span, y.Shape, inputs[i].Span, inputs[i].Shape, y.Span, y.Shape);
        }

        if (_average)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(y.Span, (float)inputs.Length, y.Span);
        }
    }
}
