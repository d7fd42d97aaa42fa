using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// The legacy slice: <c>[startIndex, endIndex)</c> with a positive stride along axis -3, -2 or -1. Negative indices
/// count from the end; an endIndex of 0 means the end of the axis (as Core ML's shape rules and converters use it,
/// e.g. a crop of nothing on the right is <c>-0</c>).
/// </summary>
internal sealed class SliceLayer : DataMovementLayer
{
    private readonly long start;
    private readonly long end;
    private readonly int stride;
    private readonly int axis;

    public SliceLayer(NeuralNetworkLayer layer)
        : base(layer, 1, 1, 1, 1)
    {
        SliceLayerParams slice = layer.Slice;
        if (slice.Stride < 1 || slice.Stride > int.MaxValue)
        {
            throw LoadError("has stride " + Text((long)slice.Stride) + "; it must be positive.");
        }

        axis = slice.Axis switch
        {
            SliceLayerParams.Types.SliceAxis.ChannelAxis => -3,
            SliceLayerParams.Types.SliceAxis.HeightAxis => -2,
            SliceLayerParams.Types.SliceAxis.WidthAxis => -1,
            _ => throw LoadError("has an unknown axis value " + Text((long)slice.Axis) + "."),
        };
        start = slice.StartIndex;
        end = slice.EndIndex;
        stride = (int)slice.Stride;
    }

    protected override CopyPlan Plan(int[][] inputShapes)
    {
        int[] input = inputShapes[0];
        RequireRank(input, -axis);
        int a = input.Length + axis;
        long n = input[a];
        long first = start < 0 ? start + n : start;
        long last = end <= 0 ? end + n : end;
        if (first < 0 || first >= n || last > n || last <= first)
        {
            throw ShapeError("slice [" + Text(start) + ", " + Text(end) + ") is out of range, or empty, for dimension " + Text(a) + " of the input [" + ShapeMath.Format(input) + "].");
        }

        (int[] begin, int[] step, int[] lengths) = SliceWindow.Whole(input);
        begin[a] = (int)first;
        step[a] = stride;
        lengths[a] = (int)((last - first + stride - 1) / stride);
        return SliceWindow.Plan(inputShapes[0], begin, step, lengths, lengths);
    }
}
