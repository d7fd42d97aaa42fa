using System;
using System.Collections.Generic;
using System.Threading;
using CoreMLGen.Generator.Descriptors;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;

namespace CoreMLGen.Generator;

/// <summary>One descriptor read on its own, before any option applies: the model (null when errors prevent it) and diagnostics.</summary>
internal sealed record ParsedDescriptor(string DescriptorPath, ModelDescription? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The result of resolving one parsed descriptor with its item options: the spec to emit (null when errors prevent it) and diagnostics.</summary>
internal sealed record ParsedModel(ModelSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The two Roslyn-free steps before emitting: <see cref="ParseDescriptor"/> reads a descriptor without any option,
/// so an option change never re-parses; <see cref="Resolve"/> applies the item options (class name, namespace,
/// access, bundle and resource names) and allocates every member name.
/// </summary>
internal static class ModelParser
{
    public static ParsedDescriptor ParseDescriptor(string descriptorPath, string descriptorText, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            ModelDescription? model = DescriptorReader.Read(descriptorText, descriptorPath, diagnostics, cancellationToken);
            return new ParsedDescriptor(descriptorPath, model, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The generator never throws: an unexpected failure becomes a diagnostic on the descriptor.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, descriptorPath, 0, 0, descriptorPath, exception.GetType().Name + ": " + exception.Message));
            return new ParsedDescriptor(descriptorPath, null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Applies the item options to a parsed descriptor; the diagnostics are only those of this step.</summary>
    public static ParsedModel Resolve(ParsedDescriptor parsed, ItemOptions options)
    {
        if (parsed.Model is null)
        {
            return new ParsedModel(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            ModelSpec? spec = ModelSpecBuilder.Build(options, parsed.Model, diagnostics);
            return new ParsedModel(spec, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, options.SourceModelPath, 0, 0, options.RelativePath, exception.GetType().Name + ": " + exception.Message));
            return new ParsedModel(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Both steps at once (the CLI and tests): the diagnostics of parsing and resolving together.</summary>
    public static ParsedModel Parse(string descriptorText, ItemOptions options, CancellationToken cancellationToken)
    {
        ParsedDescriptor parsed = ParseDescriptor(options.DescriptorPath, descriptorText, cancellationToken);
        ParsedModel resolved = Resolve(parsed, options);
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        diagnostics.AddRange(resolved.Diagnostics);
        return resolved with { Diagnostics = diagnostics.ToEquatableArray() };
    }
}
