using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Linear;

/// <summary>
/// innerProduct: y = W x + b with W row-major [C_out, C_in]. The input is flattened into a matrix by rank, per the
/// spec: (x1) → 1 row; (x1, x2) → x1 rows; (x1, x2, x3) → x1·x2 rows; (x1, x2, x3, x4) → x1 rows of x2·x3·x4;
/// (x1, x2, x3, x4, x5) → x1·x2 rows of x3·x4·x5. Outputs: (C_out), (x1, C_out), (x1, x2, C_out), (x1, C_out, 1, 1),
/// (x1, x2, C_out, 1, 1).
/// </summary>
internal sealed class InnerProductLayer : LayerAdapter
{
    private readonly PackedMatrix _weights;
    private readonly float[] _bias;
    private readonly int _inputChannels;
    private readonly int _outputChannels;

    public InnerProductLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        InnerProductLayerParams p = layer.InnerProduct;
        if (p.Int8DynamicQuantize)
        {
            throw LoadError("int8DynamicQuantize is set; the managed evaluator does not support int8 dynamic quantization.");
        }

        if (p.InputChannels == 0 || p.OutputChannels == 0 || p.InputChannels > int.MaxValue || p.OutputChannels > int.MaxValue)
        {
            throw LoadError("inputChannels (" + p.InputChannels.ToString(CultureInfo.InvariantCulture) + ") and outputChannels (" + p.OutputChannels.ToString(CultureInfo.InvariantCulture) + ") must be positive.");
        }

        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs exactly 1 input and 1 output.");
        }

        _inputChannels = (int)p.InputChannels;
        _outputChannels = (int)p.OutputChannels;
        float[] weights = WeightDecoder.Decode(p.Weights, (long)_inputChannels * _outputChannels, _outputChannels, Name, LayerType, "weights");
        _weights = PackedMatrix.FromOutputRows(weights, _outputChannels, _inputChannels);
        _bias = p.HasBias ? WeightDecoder.Decode(p.Bias, _outputChannels, _outputChannels, Name, LayerType, "bias") : Array.Empty<float>();
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] x = inputShapes[0];
        (_, int columns, int[] output) = x.Length switch
        {
            1 => (1, x[0], new[] { _outputChannels }),
            2 => (x[0], x[1], new[] { x[0], _outputChannels }),
            3 => (x[0] * x[1], x[2], new[] { x[0], x[1], _outputChannels }),
            4 => (x[0], x[1] * x[2] * x[3], new[] { x[0], _outputChannels, 1, 1 }),
            5 => (x[0] * x[1], x[2] * x[3] * x[4], new[] { x[0], x[1], _outputChannels, 1, 1 }),
            _ => throw ShapeError("the input has rank " + x.Length.ToString(CultureInfo.InvariantCulture) + "; it must have rank 1 to 5."),
        };

        if (columns != _inputChannels)
        {
            throw ShapeError("the input [" + ShapeMath.Format(x) + "] has " + columns.ToString(CultureInfo.InvariantCulture) + " values per row, the layer's inputChannels is " + _inputChannels.ToString(CultureInfo.InvariantCulture) + ".");
        }

        return new[] { output };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob x = inputs[0];
        int rows = x.Count / _inputChannels;
        Gemm.Multiply(x.Span, _inputChannels, 1, rows, _weights, outputs[0].Span, _outputChannels, _bias, accumulate: false);
    }
}
