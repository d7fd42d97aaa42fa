using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary><c>linear</c> (weights packed once at load) and <c>matmul</c> (transpose flags, batch broadcasting, rank-1 operands).</summary>
internal static class LinearOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["linear"] = Linear;
        builders["matmul"] = MatMul;
    }

    private static void Linear(OpContext context)
    {
        MilValue x = context.Input("x"), weight = context.Constant("weight");
        MilValue? bias = context.Optional("bias");
        if (weight.Rank != 2 || x.Rank < 1 || x.Shape[^1] != weight.Shape[1])
        {
            throw context.Fail("its weight " + OpContext.Shape(weight.Shape) + " does not take inputs of shape " + OpContext.Shape(x.Shape) + " ([N, K] with K the last input dimension).");
        }

        int n = weight.Shape[0], k = weight.Shape[1];
        if (bias is not null && (!bias.IsConstant || bias.Count != n))
        {
            throw context.Fail("its bias must be a constant of " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values.");
        }

        MatrixProducts product = MatrixProducts.FromOutputRows(weight.Span, n, k);
        int[] shape = x.Shape.Take(x.Rank - 1).Append(n).ToArray();
        MilValue y = context.Output(shape);
        float[] biasValues = bias is null ? Array.Empty<float>() : bias.Span.ToArray();
        int m = k == 0 ? 0 : x.Count / k;
        context.Run(() => product.Multiply(x.Data, k, 1, m, y.Data, n, biasValues));
    }

    private static void MatMul(OpContext context)
    {
        MilValue x = context.Input("x"), y = context.Input("y");
        bool transposeX = context.Bool("transpose_x", false), transposeY = context.Bool("transpose_y", false);
        if (x.Rank == 0 || y.Rank == 0)
        {
            throw context.Fail("its operands must have rank 1 or more (x " + OpContext.Shape(x.Shape) + ", y " + OpContext.Shape(y.Shape) + ").");
        }

        // Rank-1 operands become a row (x) or a column (y) and lose that dimension in the result.
        int[] xs = x.Rank == 1 ? new[] { 1, x.Shape[0] } : x.Shape;
        int[] ys = y.Rank == 1 ? new[] { y.Shape[0], 1 } : y.Shape;
        bool tx = x.Rank > 1 && transposeX, ty = y.Rank > 1 && transposeY;
        int m = tx ? xs[^1] : xs[^2], kx = tx ? xs[^2] : xs[^1];
        int ky = ty ? ys[^1] : ys[^2], n = ty ? ys[^2] : ys[^1];
        if (kx != ky)
        {
            throw context.Fail("its inner dimensions differ (x " + OpContext.Shape(x.Shape) + ", y " + OpContext.Shape(y.Shape) + ", transpose_x " + transposeX + ", transpose_y " + transposeY + ").");
        }

        int[] batchX = xs.Take(xs.Length - 2).ToArray(), batchY = ys.Take(ys.Length - 2).ToArray();
        int[] batch = Broadcasting.Shape(context, batchX, batchY);
        var shape = new List<int>(batch);
        if (x.Rank > 1)
        {
            shape.Add(m);
        }

        if (y.Rank > 1)
        {
            shape.Add(n);
        }

        MilValue output = context.Output(shape.ToArray());
        int batches = MilValue.ElementCount(batch);
        int[] strideX = Broadcasting.Strides(batchX, batch), strideY = Broadcasting.Strides(batchY, batch);
        int k = kx, matrixX = m * k, matrixY = k * n, matrixC = m * n;
        int aRow = tx ? 1 : k, aColumn = tx ? m : 1, bRow = ty ? 1 : n, bColumn = ty ? k : 1;
        bool packOnce = y.IsConstant && MilValue.ElementCount(batchY) == 1;
        MatrixProducts product = MatrixProducts.Empty(k, n);
        if (packOnce)
        {
            product.Pack(y.Span, bRow, bColumn);
        }

        context.Run(() =>
        {
            for (int b = 0; b < batches; b++)
            {
                int offsetX = 0, offsetY = 0, rest = b;
                for (int d = batch.Length - 1; d >= 0; d--)
                {
                    int coordinate = rest % batch[d];
                    rest /= batch[d];
                    offsetX += coordinate * strideX[d];
                    offsetY += coordinate * strideY[d];
                }

                if (!packOnce)
                {
                    product.Pack(y.Data.AsSpan(offsetY * matrixY), bRow, bColumn);
                }

                product.Multiply(x.Data.AsSpan(offsetX * matrixX), aRow, aColumn, m, output.Data.AsSpan(b * matrixC), n, ReadOnlySpan<float>.Empty);
            }
        });
    }
}
