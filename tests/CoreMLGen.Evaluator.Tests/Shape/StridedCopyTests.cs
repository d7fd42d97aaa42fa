using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class StridedCopyTests
{
    [Fact]
    public void Dense_windows_merge_into_one_block_copy()
    {
        new StridedCopy(new[] { 2, 3, 4 }, new[] { 12, 4, 1 }, new[] { 12, 4, 1 }).MergedRank.ShouldBe(1);
        new StridedCopy(new[] { 1, 1, 1 }, new[] { 1, 1, 1 }, new[] { 1, 1, 1 }).MergedRank.ShouldBe(1);

        // A concat input [2, 3, 4] into a [2, 5, 4] output: rows of 12 values at a pitch of 20.
        var concat = new StridedCopy(new[] { 2, 3, 4 }, new[] { 12, 4, 1 }, new[] { 20, 4, 1 });
        concat.MergedRank.ShouldBe(2);
        var source = Enumerable.Range(0, 24).Select(v => (float)v).ToArray();
        var target = new float[40];
        concat.Run(source, 0, target, 8);
        target.Skip(8).Take(12).ShouldBe(source.Take(12));
        target.Skip(28).Take(12).ShouldBe(source.Skip(12));
        target.Take(8).ShouldAllBe(v => v == 0);
    }

    [Fact]
    public void Negative_and_zero_strides_walk_backwards_and_repeat()
    {
        var source = new float[] { 1, 2, 3, 4 };
        var target = new float[8];

        new StridedCopy(new[] { 2, 4 }, new[] { 0, -1 }, new[] { 4, 1 }).Run(source, 3, target, 0);

        target.ShouldBe(new float[] { 4, 3, 2, 1, 4, 3, 2, 1 });
    }

    [Fact]
    public void An_empty_window_copies_nothing()
    {
        var copy = new StridedCopy(new[] { 3, 0 }, new[] { 1, 1 }, new[] { 1, 1 });
        copy.Count.ShouldBe(0);
        copy.Run(new float[0], 0, new float[0], 0);
    }
}
