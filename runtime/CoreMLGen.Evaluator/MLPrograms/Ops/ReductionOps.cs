using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>The <c>reduce_*</c> ops over any set of axes (all when none are given), with or without <c>keep_dims</c>; sums in double.</summary>
internal static class ReductionOps
{
    private enum Kind
    {
        Sum,
        Mean,
        Max,
        Min,
        Product,
        L1,
        L2,
        SumSquare,
        LogSumExp,
        ArgMax,
        ArgMin,
    }

    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["reduce_sum"] = c => Reduce(c, Kind.Sum);
        builders["reduce_mean"] = c => Reduce(c, Kind.Mean);
        builders["reduce_max"] = c => Reduce(c, Kind.Max);
        builders["reduce_min"] = c => Reduce(c, Kind.Min);
        builders["reduce_prod"] = c => Reduce(c, Kind.Product);
        builders["reduce_l1_norm"] = c => Reduce(c, Kind.L1);
        builders["reduce_l2_norm"] = c => Reduce(c, Kind.L2);
        builders["reduce_sum_square"] = c => Reduce(c, Kind.SumSquare);
        builders["reduce_log_sum_exp"] = c => Reduce(c, Kind.LogSumExp);
        builders["reduce_argmax"] = c => Reduce(c, Kind.ArgMax);
        builders["reduce_argmin"] = c => Reduce(c, Kind.ArgMin);
    }

    private static void Reduce(OpContext context, Kind kind)
    {
        MilValue x = context.Input("x");
        bool arg = kind is Kind.ArgMax or Kind.ArgMin;
        int[] axes = arg
            ? new[] { context.Axis(context.Int("axis", -1), x.Rank) }
            : context.Has("axes") ? context.Ints("axes").Select(a => context.Axis(a, x.Rank)).Distinct().ToArray() : Enumerable.Range(0, x.Rank).ToArray();
        bool keep = context.Bool("keep_dims", false);
        bool[] reduced = Enumerable.Range(0, x.Rank).Select(axes.Contains).ToArray();
        int[] kept = x.Shape.Select((d, i) => reduced[i] ? 1 : d).ToArray();
        int[] shape = keep ? kept : x.Shape.Where((d, i) => !reduced[i]).ToArray();
        MilValue y = context.Output(shape, arg ? DataType.Int32 : x.Type);
        int[] outStrides = Broadcasting.Strides(kept, x.Shape);
        int[] shapeIn = x.Shape;
        int reducedCount = MilValue.ElementCount(axes.Select(a => x.Shape[a]).ToArray());
        int axisStride = arg ? MilValue.ElementCount(x.Shape.Skip(axes[0] + 1).ToArray()) : 0;
        var accumulators = new double[y.Count];
        context.Run(() =>
        {
            double start = kind switch
            {
                Kind.Max or Kind.ArgMax => double.NegativeInfinity,
                Kind.Min or Kind.ArgMin => double.PositiveInfinity,
                Kind.Product => 1.0,
                _ => 0.0,
            };
            Array.Fill(accumulators, start);
            if (kind == Kind.LogSumExp)
            {
                LogSumExp(x, shapeIn, outStrides, accumulators);
            }
            else
            {
                for (int i = 0; i < x.Count; i++)
                {
                    int o = OutputIndex(i, shapeIn, outStrides);
                    double v = x.Data[i];
                    double a = accumulators[o];
                    if (arg)
                    {
                        // The first index of the extreme value along the axis (ties keep the earlier index).
                        int position = i / axisStride % shapeIn[axes[0]];
                        if (position == 0 || (kind == Kind.ArgMax ? v > a : v < a))
                        {
                            accumulators[o] = v;
                            y.Data[o] = position;
                        }

                        continue;
                    }

                    accumulators[o] = kind switch
                    {
                        Kind.Sum or Kind.Mean => a + v,
                        Kind.Max => double.IsNaN(v) || v > a ? v : a,
                        Kind.Min => double.IsNaN(v) || v < a ? v : a,
                        Kind.Product => a * v,
                        Kind.L1 => a + Math.Abs(v),
                        _ => a + v * v,
                    };
                }
            }

            for (int o = 0; o < y.Count; o++)
            {
                double a = accumulators[o];
                y.Data[o] = kind switch
                {
                    Kind.Mean => (float)(a / reducedCount),
                    Kind.L2 => (float)Math.Sqrt(a),
                    Kind.ArgMax or Kind.ArgMin => y.Data[o],
                    _ => (float)a,
                };
            }
        });
    }

    private static void LogSumExp(MilValue x, int[] shape, int[] outStrides, double[] accumulators)
    {
        var max = new double[accumulators.Length];
        Array.Fill(max, double.NegativeInfinity);
        for (int i = 0; i < x.Count; i++)
        {
            int o = OutputIndex(i, shape, outStrides);
            max[o] = Math.Max(max[o], x.Data[i]);
        }

        for (int i = 0; i < x.Count; i++)
        {
            int o = OutputIndex(i, shape, outStrides);
            accumulators[o] += Math.Exp(x.Data[i] - max[o]);
        }

        for (int o = 0; o < accumulators.Length; o++)
        {
            accumulators[o] = Math.Log(accumulators[o]) + max[o];
        }
    }

    private static int OutputIndex(int i, int[] shape, int[] outStrides)
    {
        int o = 0;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            o += i % shape[d] * outStrides[d];
            i /= shape[d];
        }

        return o;
    }
}
