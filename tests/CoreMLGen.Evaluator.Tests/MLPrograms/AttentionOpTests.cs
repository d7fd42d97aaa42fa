using System;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;
using MilDataType = CoreML.Specification.MILSpec.DataType;
using TensorValue = CoreML.Specification.MILSpec.TensorValue;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>scaled_dot_product_attention against the float64 formula softmax(Q Kᵀ / √E + mask) V written here.</summary>
public sealed class AttentionOpTests
{
    [Theory]
    [InlineData(new[] { 2, 3, 4, 5 }, 6, 7, null)]
    [InlineData(new[] { 1, 3, 4 }, 3, 2, new[] { 3, 3 })]
    [InlineData(new[] { 2, 2, 3, 4 }, 5, 3, new[] { 2, 1, 3, 5 })]
    [InlineData(new[] { 2, 2, 3, 4 }, 5, 3, new[] { 5 })]
    public void Attention_with_a_float_mask_matches_the_formula(int[] queryShape, int sources, int valueWidth, int[]? maskShape)
    {
        var random = new Random(50);
        int rank = queryShape.Length, targets = queryShape[^2], embedding = queryShape[^1];
        int[] batch = queryShape.Take(rank - 2).ToArray();
        int[] keyShape = batch.Concat(new[] { sources, embedding }).ToArray(), valueShape = batch.Concat(new[] { sources, valueWidth }).ToArray();
        float[] q = MilRun.Random(random, queryShape), k = MilRun.Random(random, keyShape), v = MilRun.Random(random, valueShape);
        float[] mask = maskShape is null ? Array.Empty<float>() : MilRun.Random(random, maskShape).Select(m => m * 3).ToArray();
        var spec = new MilSpecBuilder().Input("q", queryShape).Input("k", keyShape).Input("v", valueShape);
        if (maskShape is null)
        {
            spec.Op("scaled_dot_product_attention", "y", "query=q", "key=k", "value=v");
        }
        else
        {
            spec.Const("m", mask, maskShape).Op("scaled_dot_product_attention", "y", "query=q", "key=k", "value=v", "attn_mask=m");
        }

        spec.Output("y");
        double[] expected = Reference(q, k, v, batch, targets, sources, embedding, valueWidth, (b, l, s) => maskShape is null ? 0 : mask[MaskIndex(maskShape, batch, b, l, s, targets, sources)]);
        MilRun.AssertClose(expected, batch.Concat(new[] { targets, valueWidth }).ToArray(), MilRun.Predict(spec, "y", ("q", q, queryShape), ("k", k, keyShape), ("v", v, valueShape)));
    }

    [Fact]
    public void A_bool_mask_keeps_the_scores_it_marks_and_a_fully_masked_row_is_nan()
    {
        var random = new Random(51);
        int[] shape = { 1, 3, 2 };
        float[] q = MilRun.Random(random, shape), k = MilRun.Random(random, shape), v = MilRun.Random(random, shape);
        bool[] keep = { true, false, false, true, true, false, false, false, false };
        var spec = new MilSpecBuilder().Input("q", shape).Input("k", shape).Input("v", shape)
            .Const("m", MilDataType.Bool, new[] { 3, 3 }, new TensorValue { Bools = new TensorValue.Types.RepeatedBools { Values = { keep } } })
            .Op("scaled_dot_product_attention", "y", "query=q", "key=k", "value=v", "attn_mask=m").Output("y");
        double[] expected = Reference(q, k, v, Array.Empty<int>(), 3, 3, 2, 2, (b, l, s) => keep[l * 3 + s] ? 0 : double.NegativeInfinity);
        (float[] values, int[] outShape) = MilRun.Predict(spec, "y", ("q", q, shape), ("k", k, shape), ("v", v, shape));
        MilRun.AssertClose(expected.Take(4).ToArray(), new[] { 1, 3, 2 }, (values.Take(4).ToArray(), outShape));
        Assert.All(values.Skip(4), value => Assert.True(float.IsNaN(value)));
    }

    [Fact]
    public void Mismatched_key_and_value_lengths_are_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("q", new[] { 1, 2, 4 }).Input("k", new[] { 1, 3, 4 }).Input("v", new[] { 1, 5, 4 })
            .Op("scaled_dot_product_attention", "y", "query=q", "key=k", "value=v").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("'scaled_dot_product_attention'", error.Message);
    }

    private static double[] Reference(float[] q, float[] k, float[] v, int[] batch, int targets, int sources, int embedding, int valueWidth, Func<int, int, int, double> mask)
    {
        int batches = batch.Aggregate(1, (p, d) => p * d);
        var y = new double[batches * targets * valueWidth];
        for (int b = 0; b < batches; b++)
        {
            for (int l = 0; l < targets; l++)
            {
                var scores = new double[sources];
                for (int s = 0; s < sources; s++)
                {
                    double dot = 0;
                    for (int e = 0; e < embedding; e++)
                    {
                        dot += (double)q[(b * targets + l) * embedding + e] * k[(b * sources + s) * embedding + e];
                    }

                    scores[s] = dot / Math.Sqrt(embedding) + mask(b, l, s);
                }

                double max = scores.Max(), sum = scores.Sum(s => Math.Exp(s - max));
                for (int j = 0; j < valueWidth; j++)
                {
                    double acc = 0;
                    for (int s = 0; s < sources; s++)
                    {
                        acc += Math.Exp(scores[s] - max) / sum * v[(b * sources + s) * valueWidth + j];
                    }

                    y[(b * targets + l) * valueWidth + j] = acc;
                }
            }
        }

        return y;
    }

    // The mask element for scores[b…, l, s], the mask's shape aligned to the right and broadcast where 1.
    private static int MaskIndex(int[] maskShape, int[] batch, int b, int l, int s, int targets, int sources)
    {
        int[] full = batch.Concat(new[] { targets, sources }).ToArray();
        var coordinates = new int[full.Length];
        coordinates[^1] = s;
        coordinates[^2] = l;
        for (int d = batch.Length - 1; d >= 0; d--)
        {
            coordinates[d] = b % batch[d];
            b /= batch[d];
        }

        int index = 0;
        for (int d = 0; d < maskShape.Length; d++)
        {
            int c = coordinates[full.Length - maskShape.Length + d];
            index = index * maskShape[d] + (maskShape[d] == 1 ? 0 : c);
        }

        return index;
    }
}
