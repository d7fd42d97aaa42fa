using System;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>
/// reshape, squeeze, expand_dims, transpose, concat, split, slice_by_index, slice_by_size, gather and
/// gather_along_axis against index loops written here (coordinates computed by hand, no shared helpers).
/// </summary>
public sealed class ShapeOpTests
{
    private static readonly int[] Shape = { 2, 3, 4 };

    private static float[] X => Enumerable.Range(0, 24).Select(i => (float)i).ToArray();

    [Theory]
    [InlineData(new[] { 4, -1 }, new[] { 4, 6 })]
    [InlineData(new[] { 0, 12 }, new[] { 2, 12 })]
    [InlineData(new[] { 24 }, new[] { 24 })]
    [InlineData(new[] { 1, 2, 1, 12 }, new[] { 1, 2, 1, 12 })]
    public void Reshape_keeps_row_major_order(int[] requested, int[] expectedShape)
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("s", requested).Op("reshape", "y", "x=x", "shape=s").Output("y");
        MilRun.AssertClose(MilRun.ToDouble(X), expectedShape, MilRun.Predict(spec, "y", ("x", X, Shape)));
    }

    [Fact]
    public void Squeeze_and_expand_dims_change_only_the_shape()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("a", 0, -1).Ints("s", 0)
            .Op("expand_dims", "e", "x=x", "axes=a").Op("squeeze", "q", "x=e", "axes=s").Op("squeeze", "all", "x=e").Output("e").Output("q").Output("all");
        var outputs = MilRun.PredictMany(spec, new[] { "e", "q", "all" }, ("x", X, Shape));
        MilRun.AssertClose(MilRun.ToDouble(X), new[] { 1, 2, 3, 4, 1 }, outputs["e"]);
        MilRun.AssertClose(MilRun.ToDouble(X), new[] { 2, 3, 4, 1 }, outputs["q"]);
        MilRun.AssertClose(MilRun.ToDouble(X), Shape, outputs["all"]);
    }

    [Fact]
    public void Squeezing_an_axis_that_is_not_1_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("s", 1).Op("squeeze", "y", "x=x", "axes=s").Output("y");
        Assert.Contains("which is not 1", Assert.Throws<ModelLoadException>(() => spec.Load()).Message);
    }

    [Theory]
    [InlineData(new[] { 2, 0, 1 })]
    [InlineData(new[] { 1, 0, 2 })]
    [InlineData(new[] { 0, 1, 2 })]
    public void Transpose_permutes_the_axes(int[] perm)
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("p", perm).Op("transpose", "y", "x=x", "perm=p").Output("y");
        int[] outShape = perm.Select(p => Shape[p]).ToArray();
        var expected = new double[24];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                for (int k = 0; k < 4; k++)
                {
                    int[] source = { i, j, k };
                    int[] target = perm.Select(p => source[p]).ToArray();
                    expected[(target[0] * outShape[1] + target[1]) * outShape[2] + target[2]] = (i * 3 + j) * 4 + k;
                }
            }
        }

        MilRun.AssertClose(expected, outShape, MilRun.Predict(spec, "y", ("x", X, Shape)));
    }

    [Fact]
    public void Concat_and_split_are_inverse_along_an_axis()
    {
        float[] b = X.Take(16).Select(v => -v).ToArray();
        var spec = new MilSpecBuilder().Input("x", Shape).Input("b", new[] { 2, 2, 4 }).Int("axis", 1).Ints("sizes", 1, 4)
            .Op("concat", "c", "values=x|b", "axis=axis")
            .Op("split", new[] { "p", "q" }, "x=c", "axis=axis", "split_sizes=sizes").Output("c").Output("p").Output("q");
        var outputs = MilRun.PredictMany(spec, new[] { "c", "p", "q" }, ("x", X, Shape), ("b", b, new[] { 2, 2, 4 }));
        var concatenated = new double[40];
        for (int n = 0; n < 2; n++)
        {
            for (int j = 0; j < 5; j++)
            {
                for (int k = 0; k < 4; k++)
                {
                    concatenated[(n * 5 + j) * 4 + k] = j < 3 ? X[(n * 3 + j) * 4 + k] : b[(n * 2 + j - 3) * 4 + k];
                }
            }
        }

        MilRun.AssertClose(concatenated, new[] { 2, 5, 4 }, outputs["c"]);
        MilRun.AssertClose(Enumerable.Range(0, 2).SelectMany(n => concatenated.Skip(n * 20).Take(4)).ToArray(), new[] { 2, 1, 4 }, outputs["p"]);
        MilRun.AssertClose(Enumerable.Range(0, 2).SelectMany(n => concatenated.Skip(n * 20 + 4).Take(16)).ToArray(), new[] { 2, 4, 4 }, outputs["q"]);
    }

    [Fact]
    public void Split_by_num_splits_makes_equal_parts()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Int("axis", -1).Int("n", 2)
            .Op("split", new[] { "p", "q" }, "x=x", "axis=axis", "num_splits=n").Output("p").Output("q");
        var outputs = MilRun.PredictMany(spec, new[] { "p", "q" }, ("x", X, Shape));
        MilRun.AssertClose(Enumerable.Range(0, 6).SelectMany(r => new double[] { r * 4, r * 4 + 1 }).ToArray(), new[] { 2, 3, 2 }, outputs["p"]);
        MilRun.AssertClose(Enumerable.Range(0, 6).SelectMany(r => new double[] { r * 4 + 2, r * 4 + 3 }).ToArray(), new[] { 2, 3, 2 }, outputs["q"]);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 0 }, new[] { 2, 3, 4 }, new[] { 1, 1, 2 }, new[] { false, false, false }, new[] { false, false, false }, new[] { false, false, false })]
    [InlineData(new[] { -1, 0, 3 }, new[] { 0, 0, 0 }, new[] { -1, 1, -1 }, new[] { true, true, false }, new[] { true, true, true }, new[] { false, false, false })]
    [InlineData(new[] { 1, -2, -1 }, new[] { 2, 3, 4 }, new[] { 1, 1, -2 }, new[] { false, false, false }, new[] { false, false, true }, new[] { true, false, false })]
    [InlineData(new[] { 0, 5, 0 }, new[] { 2, 9, 4 }, new[] { 1, 1, 1 }, new[] { false, false, false }, new[] { false, false, false }, new[] { false, false, false })]
    public void Slice_by_index_follows_python_slicing(int[] begin, int[] end, int[] stride, bool[] beginMask, bool[] endMask, bool[] squeezeMask)
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("b", begin).Ints("e", end).Ints("s", stride)
            .Bools("bm", beginMask).Bools("em", endMask).Bools("sm", squeezeMask)
            .Op("slice_by_index", "y", "x=x", "begin=b", "end=e", "stride=s", "begin_mask=bm", "end_mask=em", "squeeze_mask=sm").Output("y");
        int[][] picks = Enumerable.Range(0, 3).Select(d => Python(Shape[d], begin[d], end[d], stride[d], beginMask[d], endMask[d], squeezeMask[d])).ToArray();
        double[] expected = (from i in picks[0] from j in picks[1] from k in picks[2] select (double)((i * 3 + j) * 4 + k)).ToArray();
        int[] outShape = picks.Where((p, d) => !squeezeMask[d]).Select(p => p.Length).ToArray();
        MilRun.AssertClose(expected, outShape, MilRun.Predict(spec, "y", ("x", X, Shape)));
    }

    [Fact]
    public void Slice_by_size_takes_a_block_and_minus_1_takes_the_rest()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Ints("b", 1, 1, 1).Ints("s", 1, -1, 2)
            .Op("slice_by_size", "y", "x=x", "begin=b", "size=s").Output("y");
        double[] expected = (from j in new[] { 1, 2 } from k in new[] { 1, 2 } select (double)((12 + j * 4) + k)).ToArray();
        MilRun.AssertClose(expected, new[] { 1, 2, 2 }, MilRun.Predict(spec, "y", ("x", X, Shape)));
    }

    [Fact]
    public void Gather_takes_rows_of_an_axis_with_negative_indices_from_the_end()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Input("i", new[] { 2, 2 }, CoreML.Specification.MILSpec.DataType.Int32).Int("axis", 2)
            .Op("gather", "y", "x=x", "indices=i", "axis=axis").Output("y");
        int[] indices = { 3, 0, -1, 1 };
        double[] expected = (from n in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) from t in indices select (double)((n * 3 + j) * 4 + (t < 0 ? t + 4 : t))).ToArray();
        MilRun.AssertClose(expected, new[] { 2, 3, 2, 2 }, MilRun.Predict(spec, "y", ("x", X, Shape), ("i", indices.Select(v => (float)v).ToArray(), new[] { 2, 2 })));
    }

    [Fact]
    public void Gather_with_batch_dims_takes_each_batch_entry_from_its_own_indices()
    {
        // x [2, 3, 4], batch_dims 1, axis 2: y[n, j, t] = x[n, j, i[n, t]] with indices [2, 3].
        var spec = new MilSpecBuilder().Input("x", Shape).Input("i", new[] { 2, 3 }, CoreML.Specification.MILSpec.DataType.Int32).Int("axis", 2).Int("bd", 1)
            .Op("gather", "y", "x=x", "indices=i", "axis=axis", "batch_dims=bd").Output("y");
        int[] indices = { 3, 0, -1, 1, 1, 2 };
        double[] expected = (from n in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) from t in Enumerable.Range(0, 3)
                             let index = indices[(n * 3) + t]
                             select (double)((n * 3 + j) * 4 + (index < 0 ? index + 4 : index))).ToArray();
        MilRun.AssertClose(expected, new[] { 2, 3, 3 }, MilRun.Predict(spec, "y", ("x", X, Shape), ("i", indices.Select(v => (float)v).ToArray(), new[] { 2, 3 })));
    }

    [Fact]
    public void Gather_with_batch_dims_that_do_not_match_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Input("i", new[] { 3, 2 }, CoreML.Specification.MILSpec.DataType.Int32).Int("axis", 2).Int("bd", 1)
            .Op("gather", "y", "x=x", "indices=i", "axis=axis", "batch_dims=bd").Output("y");
        var error = Assert.ThrowsAny<CoreMLException>(() => MilRun.Predict(spec, "y", ("x", X, Shape), ("i", new float[6], new[] { 3, 2 })));
        Assert.Contains("batch_dims", error.Message);
    }

    [Fact]
    public void Gather_along_axis_picks_one_entry_per_index_position()
    {
        int[] indices = { 2, 0, 1, 1, 0, 0, 2, 1 };
        var spec = new MilSpecBuilder().Input("x", Shape).Input("i", new[] { 2, 1, 4 }, CoreML.Specification.MILSpec.DataType.Int32).Int("axis", 1)
            .Op("gather_along_axis", "y", "x=x", "indices=i", "axis=axis").Output("y");
        double[] expected = Enumerable.Range(0, 8).Select(p => (double)((p / 4 * 3 + indices[p]) * 4 + p % 4)).ToArray();
        MilRun.AssertClose(expected, new[] { 2, 1, 4 }, MilRun.Predict(spec, "y", ("x", X, Shape), ("i", indices.Select(v => (float)v).ToArray(), new[] { 2, 1, 4 })));
    }

    [Fact]
    public void A_gather_index_outside_the_axis_fails_the_prediction_with_its_location()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).Input("i", new[] { 1 }, CoreML.Specification.MILSpec.DataType.Int32)
            .Op("gather", "y", "x=x", "indices=i").Output("y");
        var error = Assert.Throws<CoreMLException>(() => MilRun.Predict(spec, "y", ("x", X, Shape), ("i", new[] { 5f }, new[] { 1 })));
        Assert.Contains("'gather'", error.Message);
    }

    // The indices Python's x[begin:end:stride] visits along one axis (x[begin] alone when squeezed).
    private static int[] Python(int n, int begin, int end, int stride, bool beginMask, bool endMask, bool squeeze)
    {
        int b = beginMask ? (stride > 0 ? 0 : n - 1) : begin < 0 ? begin + n : begin;
        if (squeeze)
        {
            return new[] { b };
        }

        int e = endMask ? (stride > 0 ? n : -1) : end < 0 ? end + n : end;
        b = stride > 0 ? Math.Clamp(b, 0, n) : Math.Clamp(b, -1, n - 1);
        e = stride > 0 ? Math.Clamp(e, 0, n) : Math.Clamp(e, -1, n - 1);
        var picks = new System.Collections.Generic.List<int>();
        for (int i = b; stride > 0 ? i < e : i > e; i += stride)
        {
            picks.Add(i);
        }

        return picks.ToArray();
    }
}
