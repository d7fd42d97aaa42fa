using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// sliceBySize: <c>x[..., begin:begin+size, ...]</c> along one axis, where begin is the value of the second input
/// (read on every run; a negative begin counts from the end). The output shape depends only on the parameters.
/// </summary>
internal sealed class SliceBySizeLayer : LayerAdapter
{
    private readonly int size;
    private readonly long axis;
    private readonly PlanCache<Window> windows;

    public SliceBySizeLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        if (InputNames.Count != 2 || OutputNames.Count != 1)
        {
            throw LoadError("needs 2 inputs (the tensor and the begin index) and 1 output.");
        }

        if (layer.SliceBySize.Size < 1 || layer.SliceBySize.Size > int.MaxValue)
        {
            throw LoadError("has size " + layer.SliceBySize.Size.ToString(CultureInfo.InvariantCulture) + "; it must be positive.");
        }

        size = (int)layer.SliceBySize.Size;
        axis = layer.SliceBySize.Axis;
        windows = new PlanCache<Window>(shapes => Build(shapes[0]));
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        return new[] { (int[])windows.ForShapes(inputShapes).OutputShape.Clone() };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Window current = windows.ForInputs(inputs);
        if (inputs[1].Count < 1)
        {
            throw ShapeError("the begin input is empty.");
        }

        float value = inputs[1].Data[0];
        long n = current.InputShape[current.Axis];
        long begin = (long)Math.Floor(value);
        begin = begin < 0 ? begin + n : begin;
        if (begin < 0 || begin + size > n || value != Math.Floor(value))
        {
            throw ShapeError("begin " + value.ToString(CultureInfo.InvariantCulture) + " with size " + size.ToString(CultureInfo.InvariantCulture)
                + " is out of range for dimension " + current.Axis.ToString(CultureInfo.InvariantCulture) + " of the input [" + ShapeMath.Format(current.InputShape) + "].");
        }

        current.Copy.Run(inputs[0].Span, (int)begin * current.AxisStride, outputs[0].Span, 0);
    }

    private Window Build(int[] input)
    {
        int a = ShapeMath.NormalizeAxis(axis, input.Length);
        if (a < 0)
        {
            throw ShapeError("axis " + axis.ToString(CultureInfo.InvariantCulture) + " is out of range for the input [" + ShapeMath.Format(input) + "].");
        }

        if (input[a] < size)
        {
            throw ShapeError("size " + size.ToString(CultureInfo.InvariantCulture) + " is larger than dimension " + a.ToString(CultureInfo.InvariantCulture) + " of the input [" + ShapeMath.Format(input) + "].");
        }

        (int[] begin, int[] step, int[] lengths) = SliceWindow.Whole(input);
        lengths[a] = size;
        StridedCopy copy = SliceWindow.Copy(input, begin, step, lengths, out _);
        return new Window((int[])input.Clone(), lengths, a, ShapeMath.Strides(input)[a], copy);
    }

    private sealed record Window(int[] InputShape, int[] OutputShape, int Axis, int AxisStride, StridedCopy Copy);
}
