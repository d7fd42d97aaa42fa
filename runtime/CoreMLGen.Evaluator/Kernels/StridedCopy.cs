using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// Copies an N-dimensional window of one row-major buffer into another, each side with its own element strides
/// (negative strides walk backwards, a zero stride repeats). Every shape layer (concat, split, slice, transpose,
/// tile, reorganize, reshape) is one or more of these. Dimensions that can be merged are merged when the copy is
/// built, so a plain reshape is one <see cref="Span{T}.CopyTo"/> and a concat is one block copy per outer index.
/// </summary>
internal sealed class StridedCopy
{
    private readonly int[] shape;
    private readonly int[] sourceStrides;
    private readonly int[] targetStrides;

    /// <param name="shape">The window's dimensions.</param>
    /// <param name="sourceStrides">The source's element stride for each dimension.</param>
    /// <param name="targetStrides">The target's element stride for each dimension.</param>
    public StridedCopy(ReadOnlySpan<int> shape, ReadOnlySpan<int> sourceStrides, ReadOnlySpan<int> targetStrides)
    {
        if (shape.Length != sourceStrides.Length || shape.Length != targetStrides.Length)
        {
            throw new ArgumentException("The shape and the strides differ in length.");
        }

        long count = 1;
        foreach (int d in shape)
        {
            count *= d;
        }

        Count = checked((int)count);

        // Merge from the innermost dimension outwards; dimensions of size 1 contribute nothing.
        var dims = new int[Math.Max(shape.Length, 1)];
        var source = new int[dims.Length];
        var target = new int[dims.Length];
        int rank = 0;
        for (int axis = shape.Length - 1; axis >= 0; axis--)
        {
            if (shape[axis] == 1)
            {
                continue;
            }

            if (rank > 0 && sourceStrides[axis] == source[rank - 1] * dims[rank - 1] && targetStrides[axis] == target[rank - 1] * dims[rank - 1])
            {
                dims[rank - 1] *= shape[axis];
                continue;
            }

            dims[rank] = shape[axis];
            source[rank] = sourceStrides[axis];
            target[rank] = targetStrides[axis];
            rank++;
        }

        if (rank == 0)
        {
            dims[0] = 1;
            source[0] = 1;
            target[0] = 1;
            rank = 1;
        }

        // Stored outermost first.
        this.shape = new int[rank];
        this.sourceStrides = new int[rank];
        this.targetStrides = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            this.shape[i] = dims[rank - 1 - i];
            this.sourceStrides[i] = source[rank - 1 - i];
            this.targetStrides[i] = target[rank - 1 - i];
        }
    }

    /// <summary>The number of values copied.</summary>
    public int Count { get; }

    /// <summary>The number of dimensions left after merging (1 for a plain block copy).</summary>
    public int MergedRank => shape.Length;

    /// <summary>A copy of <paramref name="count"/> consecutive values.</summary>
    public static StridedCopy Contiguous(int count) => new(new[] { count }, new[] { 1 }, new[] { 1 });

    /// <summary>Copies the window whose first value is <c>source[sourceOffset]</c> to the one starting at <c>target[targetOffset]</c>.</summary>
    public void Run(ReadOnlySpan<float> source, int sourceOffset, Span<float> target, int targetOffset)
    {
        if (Count != 0)
        {
            Run(0, source, sourceOffset, target, targetOffset);
        }
    }

    private void Run(int axis, ReadOnlySpan<float> source, int s, Span<float> target, int t)
    {
        int n = shape[axis];
        int ss = sourceStrides[axis];
        int ts = targetStrides[axis];
        if (axis < shape.Length - 1)
        {
            for (int i = 0; i < n; i++, s += ss, t += ts)
            {
                Run(axis + 1, source, s, target, t);
            }

            return;
        }

        if (ss == 1 && ts == 1)
        {
            source.Slice(s, n).CopyTo(target.Slice(t, n));
        }
        else if (ts == 1)
        {
            Span<float> row = target.Slice(t, n);
            for (int i = 0; i < row.Length; i++, s += ss)
            {
                row[i] = source[s];
            }
        }
        else
        {
            for (int i = 0; i < n; i++, s += ss, t += ts)
            {
                target[t] = source[s];
            }
        }
    }
}
