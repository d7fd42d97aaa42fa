using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain, equatable data (Roslyn's <see cref="Diagnostic"/> and <see cref="Location"/> are not
/// safe to cache in a pipeline). Locations point into a file that is not C#: the model or the descriptor.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    int Line,
    int Column,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, int line, int column, params string[] args)
        => new(descriptor.Id, filePath, line, column, args.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(Id);
        var position = new LinePosition(Math.Max(0, Line - 1), Math.Max(0, Column - 1));
        Location location = FilePath.Length == 0
            ? Location.None
            : Location.Create(FilePath, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, MessageArgs.Cast<object>().ToArray());
    }
}
