using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>scaled_dot_product_attention</c> (iOS 18): softmax(Q Kᵀ / √E + mask) V over query [B…, L, E], key [B…, S, E],
/// value [B…, S, EV]; attn_mask broadcasts to [B…, L, S] and is added when float, or keeps the scores it marks true
/// (the others become −∞) when bool. A row that masks everything is NaN, as in PyTorch. The products use the shared
/// GEMM and the softmax the evaluator's <see cref="AxisSoftmax"/>.
/// </summary>
internal static class AttentionOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["scaled_dot_product_attention"] = Attention;
    }

    private static void Attention(OpContext context)
    {
        MilValue query = context.Input("query"), key = context.Input("key"), value = context.Input("value");
        MilValue? mask = context.Optional("attn_mask");
        int rank = query.Rank;
        int[] batchShape = query.Shape.Take(rank - 2).ToArray();
        bool sameBatch = key.Rank == rank && value.Rank == rank && batchShape.SequenceEqual(key.Shape.Take(rank - 2)) && batchShape.SequenceEqual(value.Shape.Take(rank - 2));
        if (rank < 3 || !sameBatch || key.Shape[^1] != query.Shape[^1] || key.Shape[^2] != value.Shape[^2])
        {
            throw context.Fail("its query " + OpContext.Shape(query.Shape) + ", key " + OpContext.Shape(key.Shape) + " and value " + OpContext.Shape(value.Shape)
                + " are not [B…, L, E], [B…, S, E] and [B…, S, EV] of rank 3 or more.");
        }

        int targets = query.Shape[^2], embedding = query.Shape[^1], sources = key.Shape[^2], valueWidth = value.Shape[^1];
        int[] scoreShape = batchShape.Concat(new[] { targets, sources }).ToArray();
        if (mask is not null && (mask.Rank > rank || !Broadcasting.Shape(context, mask.Shape, scoreShape).SequenceEqual(scoreShape)))
        {
            throw context.Fail("its attn_mask " + OpContext.Shape(mask.Shape) + " does not broadcast to the scores " + OpContext.Shape(scoreShape) + ".");
        }

        MilValue y = context.Output(batchShape.Concat(new[] { targets, valueWidth }).ToArray());
        int batches = MilValue.ElementCount(batchShape);
        int[] maskStrides = mask is null ? Array.Empty<int>() : Broadcasting.Strides(mask.Shape, scoreShape);
        bool boolean = mask?.Type == DataType.Bool;
        float scale = 1f / MathF.Sqrt(embedding);
        MatrixProducts keys = MatrixProducts.Empty(embedding, sources), values = MatrixProducts.Empty(sources, valueWidth);
        float[] scores = new float[targets * sources];
        context.Run(() =>
        {
            for (int b = 0; b < batches; b++)
            {
                keys.Pack(key.Data.AsSpan(b * sources * embedding), 1, embedding);
                keys.Multiply(query.Data.AsSpan(b * targets * embedding), embedding, 1, targets, scores, sources, ReadOnlySpan<float>.Empty);
                System.Numerics.Tensors.TensorPrimitives.Multiply(scores, scale, scores);
                if (mask is not null)
                {
                    ApplyMask(mask.Data, MaskOffset(b, batchShape, maskStrides), maskStrides[rank - 2], maskStrides[rank - 1], scores, targets, sources, boolean);
                }

                AxisSoftmax.Apply(scores, scores, targets, sources, 1, Span<float>.Empty, Span<float>.Empty);
                values.Pack(value.Data.AsSpan(b * sources * valueWidth), valueWidth, 1);
                values.Multiply(scores, sources, 1, targets, y.Data.AsSpan(b * targets * valueWidth), valueWidth, ReadOnlySpan<float>.Empty);
            }
        });
    }

    private static void ApplyMask(float[] mask, int offset, int rowStride, int columnStride, float[] scores, int rows, int columns, bool boolean)
    {
        for (int l = 0; l < rows; l++)
        {
            for (int s = 0; s < columns; s++)
            {
                float m = mask[offset + l * rowStride + s * columnStride];
                scores[l * columns + s] = boolean ? (m != 0 ? scores[l * columns + s] : float.NegativeInfinity) : scores[l * columns + s] + m;
            }
        }
    }

    // The mask's offset for batch index b (its coordinates over the batch axes).
    private static int MaskOffset(int b, int[] batchShape, int[] maskStrides)
    {
        int offset = 0;
        for (int d = batchShape.Length - 1; d >= 0; d--)
        {
            offset += b % batchShape[d] * maskStrides[d];
            b /= batchShape[d];
        }

        return offset;
    }
}
