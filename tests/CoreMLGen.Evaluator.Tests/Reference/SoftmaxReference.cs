using System;
using System.Linq;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>Float64 softmax along one axis: e^(x_i − max) / Σ e^(x_j − max).</summary>
internal static class SoftmaxReference
{
    public static double[] Apply(double[] x, int[] shape, int axis)
    {
        if (axis < 0)
        {
            axis += shape.Length;
        }

        int outer = shape.Take(axis).Aggregate(1, (p, d) => p * d);
        int length = shape[axis];
        int inner = shape.Skip(axis + 1).Aggregate(1, (p, d) => p * d);
        var y = new double[x.Length];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double max = double.NegativeInfinity;
                for (int k = 0; k < length; k++)
                {
                    max = Math.Max(max, x[(o * length + k) * inner + i]);
                }

                double sum = 0;
                for (int k = 0; k < length; k++)
                {
                    sum += Math.Exp(x[(o * length + k) * inner + i] - max);
                }

                for (int k = 0; k < length; k++)
                {
                    y[(o * length + k) * inner + i] = Math.Exp(x[(o * length + k) * inner + i] - max) / sum;
                }
            }
        }

        return y;
    }
}
