using System;
using System.Collections.Generic;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>Element-wise ops of two tensors with NumPy broadcasting; comparisons give booleans (0 or 1).</summary>
internal static class BinaryOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        Add(builders, "add", (a, b) => a + b);
        Add(builders, "sub", (a, b) => a - b);
        Add(builders, "mul", (a, b) => a * b);
        Add(builders, "real_div", (a, b) => a / b);
        Add(builders, "pow", MathF.Pow);
        Add(builders, "maximum", (a, b) => float.IsNaN(a) || float.IsNaN(b) ? float.NaN : MathF.Max(a, b));
        Add(builders, "minimum", (a, b) => float.IsNaN(a) || float.IsNaN(b) ? float.NaN : MathF.Min(a, b));
        Add(builders, "floor_div", (a, b) => MathF.Floor(a / b));
        Add(builders, "mod", (a, b) => a - MathF.Floor(a / b) * b);
        Add(builders, "equal", (a, b) => a == b ? 1f : 0f, DataType.Bool);
        Add(builders, "not_equal", (a, b) => a != b ? 1f : 0f, DataType.Bool);
        Add(builders, "less", (a, b) => a < b ? 1f : 0f, DataType.Bool);
        Add(builders, "less_equal", (a, b) => a <= b ? 1f : 0f, DataType.Bool);
        Add(builders, "greater", (a, b) => a > b ? 1f : 0f, DataType.Bool);
        Add(builders, "greater_equal", (a, b) => a >= b ? 1f : 0f, DataType.Bool);
        Add(builders, "logical_and", (a, b) => a != 0f && b != 0f ? 1f : 0f, DataType.Bool);
        Add(builders, "logical_or", (a, b) => a != 0f || b != 0f ? 1f : 0f, DataType.Bool);
        Add(builders, "logical_xor", (a, b) => (a != 0f) != (b != 0f) ? 1f : 0f, DataType.Bool);
        builders["select"] = Select;
    }

    /// <summary>Compiles out = f(x, y) with broadcasting; shared by the ops that combine two tensors.</summary>
    public static Action Broadcast(MilValue x, MilValue y, MilValue output, Func<float, float, float> f)
    {
        float[] a = x.Data, b = y.Data, c = output.Data;
        int count = output.Count;
        if (x.Count == count && y.Count == count)
        {
            return () =>
            {
                for (int i = 0; i < count; i++)
                {
                    c[i] = f(a[i], b[i]);
                }
            };
        }

        if (y.Count == 1 && x.Count == count)
        {
            return () =>
            {
                float s = b[0];
                for (int i = 0; i < count; i++)
                {
                    c[i] = f(a[i], s);
                }
            };
        }

        int[] shape = output.Shape;
        int[] sa = Broadcasting.Strides(x.Shape, shape), sb = Broadcasting.Strides(y.Shape, shape);
        return () => General(shape, a, sa, b, sb, c, f);
    }

    private static void Add(Dictionary<string, Action<OpContext>> builders, string type, Func<float, float, float> f, DataType? resultType = null) =>
        builders[type] = context =>
        {
            MilValue x = context.Input("x"), y = context.Input("y");
            MilValue output = context.Output(Broadcasting.Shape(context, x.Shape, y.Shape), resultType ?? x.Type);
            context.Run(Broadcast(x, y, output, f));
        };

    // An odometer over the output's outer dimensions; the innermost dimension is a plain loop.
    private static void General(int[] shape, float[] a, int[] sa, float[] b, int[] sb, float[] c, Func<float, float, float> f)
    {
        int rank = shape.Length;
        if (rank == 0)
        {
            c[0] = f(a[0], b[0]);
            return;
        }

        int inner = shape[rank - 1], ia = sa[rank - 1], ib = sb[rank - 1];
        var index = new int[rank];
        int offsetA = 0, offsetB = 0, total = c.Length == 0 ? 0 : MilValue.ElementCount(shape);
        for (int o = 0; o < total; o += inner)
        {
            for (int j = 0; j < inner; j++)
            {
                c[o + j] = f(a[offsetA + j * ia], b[offsetB + j * ib]);
            }

            for (int d = rank - 2; d >= 0; d--)
            {
                index[d]++;
                offsetA += sa[d];
                offsetB += sb[d];
                if (index[d] < shape[d])
                {
                    break;
                }

                offsetA -= sa[d] * shape[d];
                offsetB -= sb[d] * shape[d];
                index[d] = 0;
            }
        }
    }

    // select(cond, a, b): a where cond is non-zero, else b; all three broadcast.
    private static void Select(OpContext context)
    {
        MilValue condition = context.Input("cond"), a = context.Input("a"), b = context.Input("b");
        int[] shape = Broadcasting.Shape(context, Broadcasting.Shape(context, condition.Shape, a.Shape), b.Shape);
        MilValue output = context.Output(shape, a.Type);
        int[] sc = Broadcasting.Strides(condition.Shape, shape), sa = Broadcasting.Strides(a.Shape, shape), sb = Broadcasting.Strides(b.Shape, shape);
        int count = output.Count;
        context.Run(() =>
        {
            for (int i = 0; i < count; i++)
            {
                int rest = i, ic = 0, ia = 0, ib = 0;
                for (int d = shape.Length - 1; d >= 0; d--)
                {
                    int coordinate = rest % shape[d];
                    rest /= shape[d];
                    ic += coordinate * sc[d];
                    ia += coordinate * sa[d];
                    ib += coordinate * sb[d];
                }

                output.Data[i] = condition.Data[ic] != 0f ? a.Data[ia] : b.Data[ib];
            }
        });
    }
}
