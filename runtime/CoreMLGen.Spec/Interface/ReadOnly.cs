using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CoreMLGen.Spec.Interface;

/// <summary>Defensive copies so that interface objects stay immutable whatever the caller does with its lists.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items)
        => items is null ? System.Array.Empty<T>() : new ReadOnlyCollection<T>(items.ToArray());
}
