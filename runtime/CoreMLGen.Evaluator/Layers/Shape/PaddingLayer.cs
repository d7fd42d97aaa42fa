using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// The legacy padding layer on the last two dimensions [H, W]: a constant, the reflection (without repeating the
/// edge: index -1 reads 1) or the replication of the border. Each output row and column maps to a source row and
/// column (or to the constant), so a row's interior is one block copy.
/// </summary>
internal sealed class PaddingLayer : LayerAdapter
{
    private readonly PaddingLayerParams.PaddingTypeOneofCase type;
    private readonly float constant;
    private readonly int top, bottom, left, right;
    private readonly PlanCache<Maps> maps;

    public PaddingLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs exactly 1 input and 1 output.");
        }

        PaddingLayerParams padding = layer.Padding;
        type = padding.PaddingTypeCase;
        if (type == PaddingLayerParams.PaddingTypeOneofCase.None)
        {
            throw LoadError("has no padding type (constant, reflection or replication).");
        }

        constant = type == PaddingLayerParams.PaddingTypeOneofCase.Constant ? padding.Constant.Value : 0f;
        var amounts = padding.PaddingAmounts?.BorderAmounts_;
        int count = amounts?.Count ?? 0;
        if (count != 0 && count != 2)
        {
            throw LoadError("has " + count.ToString(CultureInfo.InvariantCulture) + " border amounts; it needs 2 ([H, W]) or none.");
        }

        maps = new PlanCache<Maps>(shapes => Build(shapes[0]));
        if (amounts is not null && count == 2)
        {
            top = Amount(amounts[0].StartEdgeSize);
            bottom = Amount(amounts[0].EndEdgeSize);
            left = Amount(amounts[1].StartEdgeSize);
            right = Amount(amounts[1].EndEdgeSize);
        }
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        return new[] { (int[])maps.ForShapes(inputShapes).OutputShape.Clone() };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Maps current = maps.ForInputs(inputs);
        ReadOnlySpan<float> source = inputs[0].Span;
        Span<float> target = outputs[0].Span;
        int rank = current.InputShape.Length;
        int h = current.InputShape[rank - 2], w = current.InputShape[rank - 1];
        int outW = w + left + right;
        int[] rows = current.Rows, columns = current.Columns;
        int planes = current.Planes;
        for (int p = 0, t = 0; p < planes; p++)
        {
            ReadOnlySpan<float> plane = source.Slice(p * h * w, h * w);
            foreach (int row in rows)
            {
                Span<float> line = target.Slice(t, outW);
                t += outW;
                if (row < 0)
                {
                    line.Fill(constant);
                    continue;
                }

                ReadOnlySpan<float> sourceLine = plane.Slice(row * w, w);
                sourceLine.CopyTo(line.Slice(left, w));
                for (int x = 0; x < left; x++)
                {
                    line[x] = columns[x] < 0 ? constant : sourceLine[columns[x]];
                }

                for (int x = left + w; x < outW; x++)
                {
                    line[x] = columns[x] < 0 ? constant : sourceLine[columns[x]];
                }
            }
        }
    }

    private Maps Build(int[] input)
    {
        if (input.Length < 2)
        {
            throw ShapeError("needs an input of rank 2 or more, got [" + ShapeMath.Format(input) + "].");
        }

        int rank = input.Length;
        int h = input[rank - 2], w = input[rank - 1];
        if (type == PaddingLayerParams.PaddingTypeOneofCase.Reflection && (top >= h || bottom >= h || left >= w || right >= w))
        {
            throw ShapeError("reflection padding must be smaller than the padded dimension; the input is [" + ShapeMath.Format(input) + "].");
        }

        var output = (int[])input.Clone();
        output[rank - 2] = checked(h + top + bottom);
        output[rank - 1] = checked(w + left + right);
        return new Maps((int[])input.Clone(), output, ShapeMath.Product(input, 0, rank - 2), Map(h, top, bottom), Map(w, left, right));
    }

    // For each output position, the source position along one axis, or -1 for the constant.
    private int[] Map(int n, int before, int after)
    {
        var map = new int[before + n + after];
        for (int o = 0; o < map.Length; o++)
        {
            int i = o - before;
            map[o] = i >= 0 && i < n ? i : type switch
            {
                PaddingLayerParams.PaddingTypeOneofCase.Reflection => i < 0 ? -i : (2 * (n - 1)) - i,
                PaddingLayerParams.PaddingTypeOneofCase.Replication => i < 0 ? 0 : n - 1,
                _ => -1,
            };
        }

        return map;
    }

    private int Amount(ulong value) => value <= 1 << 20
        ? (int)value
        : throw LoadError("has a border amount of " + value.ToString(CultureInfo.InvariantCulture) + ", which is too large.");

    private sealed record Maps(int[] InputShape, int[] OutputShape, int Planes, int[] Rows, int[] Columns);
}
