using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// What the tracer knows of a blob: its element count and, when known, its dimensions (-1 for an unknown one).
/// Batch and sequence are taken as 1, as they are for one step of a stateful model.
/// </summary>
internal sealed class BlobShape
{
    private BlobShape(IReadOnlyList<long>? dimensions, long count)
    {
        Dimensions = dimensions;
        Count = count;
    }

    /// <summary>The dimensions, outermost first; null when only the count is known.</summary>
    public IReadOnlyList<long>? Dimensions { get; }

    /// <summary>The number of elements; -1 when unknown.</summary>
    public long Count { get; }

    public bool HasDimensions => Dimensions is not null && Dimensions.All(d => d >= 0);

    public static BlobShape Of(IEnumerable<long> dimensions)
    {
        long[] dims = dimensions.ToArray();
        long count = 1;
        foreach (long d in dims)
        {
            if (d < 0)
            {
                return new BlobShape(dims, -1);
            }

            count *= d;
        }

        return new BlobShape(dims, count);
    }

    /// <summary>A blob whose count is known but whose dimensions are not (e.g. after a dynamic reshape).</summary>
    public static BlobShape CountOnly(long count) => new(null, count);

    /// <summary>The rank-5 state blob of a recurrent layer: <c>[1, 1, H, 1, 1]</c>.</summary>
    public static BlobShape RecurrentState(long hiddenSize) => Of(new[] { 1L, 1L, hiddenSize, 1L, 1L });

    /// <summary>The product of the dimensions before <paramref name="axis"/>; -1 when one is unknown.</summary>
    public long Outer(int axis)
    {
        long product = 1;
        for (int i = 0; i < axis; i++)
        {
            if (Dimensions![i] < 0)
            {
                return -1;
            }

            product *= Dimensions[i];
        }

        return product;
    }

    /// <summary>The product of the dimensions after <paramref name="axis"/>; -1 when one is unknown.</summary>
    public long Inner(int axis)
    {
        long product = 1;
        for (int i = axis + 1; i < Dimensions!.Count; i++)
        {
            if (Dimensions[i] < 0)
            {
                return -1;
            }

            product *= Dimensions[i];
        }

        return product;
    }

    /// <summary>Normalises a possibly negative axis; -1 when it is out of range or the dimensions are unknown.</summary>
    public int Axis(long axis)
    {
        if (Dimensions is null)
        {
            return -1;
        }

        long normalized = axis < 0 ? axis + Dimensions.Count : axis;
        return normalized >= 0 && normalized < Dimensions.Count ? (int)normalized : -1;
    }

    public BlobShape WithDimension(int axis, long size)
    {
        long[] dims = Dimensions!.ToArray();
        dims[axis] = size;
        return Of(dims);
    }

    public override string ToString() => Dimensions is null
        ? "(" + Count.ToString(CultureInfo.InvariantCulture) + " elements)"
        : "[" + string.Join(",", Dimensions.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
