using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CoreMLGen.Cli;

/// <summary>Plain aligned columns (no colour, so output can be piped and compared).</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, string? title, IReadOnlyList<string[]> rows, params string[] header)
    {
        if (title is not null)
        {
            output.WriteLine(title);
        }

        var all = new List<string[]>();
        if (header.Length > 0)
        {
            all.Add(header);
        }

        all.AddRange(rows.Select(r => r.Select(Flatten).ToArray()));
        if (all.Count == 0)
        {
            return;
        }

        int columns = all.Max(r => r.Length);
        int[] widths = Enumerable.Range(0, columns).Select(c => all.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        string indent = title is null ? string.Empty : "  ";
        foreach (string[] row in all)
        {
            string line = string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])));
            output.WriteLine(indent + line.TrimEnd());
        }
    }

    private static string Flatten(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("\t", " ");
}
