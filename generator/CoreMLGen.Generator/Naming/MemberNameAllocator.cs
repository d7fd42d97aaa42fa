using System;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Generator.Naming;

/// <summary>
/// Hands out member names in one class, first come first served (the spec's feature order), so the result is
/// deterministic. A feature owns a base name plus derived names (<c>XFeatureName</c>, <c>XShape</c>, ...); if
/// any of them is taken the base gets a counter and the caller reports the collision.
/// </summary>
internal sealed class MemberNameAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public MemberNameAllocator(IEnumerable<string> reserved)
    {
        foreach (string name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Reserves a generated member that is not derived from a feature.</summary>
    public void Reserve(string name) => _taken.Add(name);

    /// <summary>Allocates <paramref name="preferred"/> (or a numbered variant) and all of its derived names.</summary>
    /// <param name="conflict">The first taken name that forced a rename, or null.</param>
    public string Allocate(string preferred, IReadOnlyList<string> derivedSuffixes, out string? conflict)
        => Allocate(preferred, derivedSuffixes, Array.Empty<string>(), out conflict);

    /// <summary>As above, with derived names that put a prefix before the base name (<c>SetImage</c>).</summary>
    public string Allocate(string preferred, IReadOnlyList<string> derivedSuffixes, IReadOnlyList<string> derivedPrefixes, out string? conflict)
    {
        conflict = null;
        string candidate = preferred;
        for (int counter = 2; ; counter++)
        {
            string? taken = Names(candidate, derivedSuffixes, derivedPrefixes).FirstOrDefault(_taken.Contains);
            if (taken is null)
            {
                break;
            }

            conflict ??= taken;
            candidate = Identifiers.WithSuffix(preferred, counter);
        }

        foreach (string name in Names(candidate, derivedSuffixes, derivedPrefixes))
        {
            _taken.Add(name);
        }

        return candidate;
    }

    private static IEnumerable<string> Names(string baseName, IReadOnlyList<string> suffixes, IReadOnlyList<string> prefixes)
    {
        yield return baseName;
        foreach (string suffix in suffixes)
        {
            yield return baseName + suffix;
        }

        foreach (string prefix in prefixes)
        {
            yield return prefix + baseName;
        }
    }
}
