using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace CoreMLGen.Cli;

/// <summary>
/// File names for output features: the feature name when it is safe on every file system (letters, digits, '.',
/// '_' and '-', not starting with '.', not a Windows device name, not clashing with an earlier output's name
/// ignoring case); otherwise each other character becomes '_' and the first 8 hex digits of the SHA-256 of the
/// name are appended, so distinct names never share a file and the same name always gets the same file.
/// </summary>
internal sealed class OutputFileNames
{
    private static readonly HashSet<string> WindowsDevices = new(
        new[] { "CON", "PRN", "AUX", "NUL" }.Concat(Enumerable.Range(1, 9).SelectMany(i => new[] { "COM" + i, "LPT" + i })),
        StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The file name (without extension) for <paramref name="featureName"/>; <paramref name="changed"/> says whether it differs from the name.</summary>
    public string For(string featureName, out bool changed)
    {
        var safe = new StringBuilder(featureName.Length);
        foreach (char c in featureName)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }

        string name = safe.ToString();
        changed = name != featureName || name.Length == 0 || name[0] == '.' || WindowsDevices.Contains(name.Split('.')[0]) || _used.Contains(name);
        if (changed)
        {
            name = (name.Length == 0 || name[0] == '.' ? "_" : string.Empty) + name + "-" + Hash(featureName);
        }

        _used.Add(name);
        return name;
    }

    private static string Hash(string name) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 4).ToLowerInvariant();
}
