using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>A multi-array's <c>ShapeFlexibility</c>: none, a list of shapes, or one range per dimension.</summary>
public sealed class ArrayShapeFlexibility
{
    public static readonly ArrayShapeFlexibility None = new(FlexibilityKind.None, null, null);

    private ArrayShapeFlexibility(FlexibilityKind kind, IEnumerable<IReadOnlyList<long>>? shapes, IEnumerable<DimensionRange>? ranges)
    {
        Kind = kind;
        Shapes = ReadOnly.Copy(shapes);
        Ranges = ReadOnly.Copy(ranges);
    }

    public FlexibilityKind Kind { get; }

    /// <summary>The allowed shapes when <see cref="Kind"/> is <see cref="FlexibilityKind.Enumerated"/>.</summary>
    public IReadOnlyList<IReadOnlyList<long>> Shapes { get; }

    /// <summary>One range per dimension when <see cref="Kind"/> is <see cref="FlexibilityKind.Range"/>.</summary>
    public IReadOnlyList<DimensionRange> Ranges { get; }

    public static ArrayShapeFlexibility Enumerated(IEnumerable<IEnumerable<long>> shapes)
    {
        var copies = new List<IReadOnlyList<long>>();
        foreach (IEnumerable<long> shape in shapes)
        {
            copies.Add(ReadOnly.Copy(shape));
        }

        return new ArrayShapeFlexibility(FlexibilityKind.Enumerated, copies, null);
    }

    public static ArrayShapeFlexibility Range(IEnumerable<DimensionRange> ranges)
        => new(FlexibilityKind.Range, null, ranges);
}
