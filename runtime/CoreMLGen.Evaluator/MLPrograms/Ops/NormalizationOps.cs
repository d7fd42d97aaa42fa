using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary><c>softmax</c>, <c>layer_norm</c> (trailing axes), <c>batch_norm</c> and <c>instance_norm</c> (channel axis 1).</summary>
internal static class NormalizationOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["softmax"] = Softmax;
        builders["layer_norm"] = LayerNorm;
        builders["batch_norm"] = BatchNorm;
        builders["instance_norm"] = InstanceNorm;
    }

    private static void Softmax(OpContext context)
    {
        MilValue x = context.Input("x");
        int axis = context.Axis(context.Int("axis", -1), x.Rank);
        int length = x.Shape[axis], inner = MilValue.ElementCount(x.Shape.Skip(axis + 1).ToArray()), outer = MilValue.ElementCount(x.Shape.Take(axis).ToArray());
        MilValue y = context.Output(x.Shape);
        context.Run(() =>
        {
            for (int o = 0; o < outer; o++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int start = o * length * inner + i;
                    float max = float.NegativeInfinity;
                    for (int k = 0; k < length; k++)
                    {
                        max = MathF.Max(max, x.Data[start + k * inner]);
                    }

                    float sum = 0f;
                    for (int k = 0; k < length; k++)
                    {
                        float e = MathF.Exp(x.Data[start + k * inner] - max);
                        y.Data[start + k * inner] = e;
                        sum += e;
                    }

                    for (int k = 0; k < length; k++)
                    {
                        y.Data[start + k * inner] /= sum;
                    }
                }
            }
        });
    }

    private static void LayerNorm(OpContext context)
    {
        MilValue x = context.Input("x");
        int[] axes = context.Ints("axes").Select(a => context.Axis(a, x.Rank, "axis")).Distinct().OrderBy(a => a).ToArray();
        if (axes.Length == 0 || axes.Where((a, i) => a != x.Rank - axes.Length + i).Any())
        {
            throw context.Fail("it normalises over axes [" + string.Join(", ", axes) + "]; only trailing axes are supported.");
        }

        int size = MilValue.ElementCount(x.Shape.Skip(x.Rank - axes.Length).ToArray());
        float[]? gamma = Parameter(context, "gamma", size), beta = Parameter(context, "beta", size);
        float epsilon = context.Float("epsilon", 1e-5f);
        MilValue y = context.Output(x.Shape);
        int groups = size == 0 ? 0 : x.Count / size;
        context.Run(() => Normalize(x.Data, y.Data, groups, size, epsilon, (g, k) => gamma?[k] ?? 1f, (g, k) => beta?[k] ?? 0f));
    }

    private static void BatchNorm(OpContext context)
    {
        MilValue x = context.Input("x");
        int channels = x.Rank >= 2 ? x.Shape[1] : throw context.Fail("its input " + OpContext.Shape(x.Shape) + " has no channel axis.");
        float[] mean = Parameter(context, "mean", channels) ?? throw context.Fail("its required input 'mean' is missing.");
        float[] variance = Parameter(context, "variance", channels) ?? throw context.Fail("its required input 'variance' is missing.");
        float[]? gamma = Parameter(context, "gamma", channels), beta = Parameter(context, "beta", channels);
        float epsilon = context.Float("epsilon", 1e-5f);
        int inner = MilValue.ElementCount(x.Shape.Skip(2).ToArray());
        var scale = new float[channels];
        var shift = new float[channels];
        for (int c = 0; c < channels; c++)
        {
            scale[c] = (gamma?[c] ?? 1f) / MathF.Sqrt(variance[c] + epsilon);
            shift[c] = (beta?[c] ?? 0f) - mean[c] * scale[c];
        }

        MilValue y = context.Output(x.Shape);
        context.Run(() =>
        {
            for (int i = 0; i < x.Count; i++)
            {
                int c = inner == 0 ? 0 : i / inner % channels;
                y.Data[i] = x.Data[i] * scale[c] + shift[c];
            }
        });
    }

    private static void InstanceNorm(OpContext context)
    {
        MilValue x = context.Input("x");
        int channels = x.Rank >= 3 ? x.Shape[1] : throw context.Fail("its input " + OpContext.Shape(x.Shape) + " has no spatial axes.");
        float[]? gamma = Parameter(context, "gamma", channels), beta = Parameter(context, "beta", channels);
        float epsilon = context.Float("epsilon", 1e-5f);
        int size = MilValue.ElementCount(x.Shape.Skip(2).ToArray());
        MilValue y = context.Output(x.Shape);
        int groups = size == 0 ? 0 : x.Count / size;
        context.Run(() => Normalize(x.Data, y.Data, groups, size, epsilon, (g, k) => gamma?[g % channels] ?? 1f, (g, k) => beta?[g % channels] ?? 0f));
    }

    // Each group of `size` values: (v − mean) / √(variance + ε) · scale + shift, the variance biased (divided by size).
    private static void Normalize(float[] x, float[] y, int groups, int size, float epsilon, Func<int, int, float> scale, Func<int, int, float> shift)
    {
        for (int g = 0; g < groups; g++)
        {
            int start = g * size;
            double sum = 0;
            for (int k = 0; k < size; k++)
            {
                sum += x[start + k];
            }

            float mean = (float)(sum / size);
            double squares = 0;
            for (int k = 0; k < size; k++)
            {
                float d = x[start + k] - mean;
                squares += d * d;
            }

            float inverse = 1f / MathF.Sqrt((float)(squares / size) + epsilon);
            for (int k = 0; k < size; k++)
            {
                y[start + k] = (x[start + k] - mean) * inverse * scale(g, k) + shift(g, k);
            }
        }
    }

    private static float[]? Parameter(OpContext context, string name, int count)
    {
        MilValue? value = context.Optional(name);
        if (value is null)
        {
            return null;
        }

        if (!value.IsConstant || value.Count != count)
        {
            throw context.Fail("its " + name + " must be a constant of " + count.ToString(CultureInfo.InvariantCulture) + " values (it is " + OpContext.Shape(value.Shape) + ").");
        }

        return value.Span.ToArray();
    }
}
