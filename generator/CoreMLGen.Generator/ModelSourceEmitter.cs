using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator;

/// <summary>One generated source file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Prints one model's C# files from its resolved spec (and the custom layer classes models share). Roslyn-free:
/// <see cref="CoreMLModelGenerator"/>, the Roslyn entry point, calls it from its pipeline.
/// </summary>
internal static class ModelSourceEmitter
{
    public static readonly string ToolVersion =
        typeof(ModelSourceEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ModelSourceEmitter).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Prints the model's files: the portable layer always (the same whatever the backend), the recurrent state when
    /// the target can type it, then the resolved backend's layer (Core ML, the managed evaluator, or a Load() that
    /// says what is missing).
    /// </summary>
    public static IReadOnlyList<GeneratedSource> Emit(ResolvedModel model, string toolVersion)
    {
        var sources = new List<GeneratedSource>
        {
            new(model.Target.HintName + ".g.cs", PortableEmitter.Emit(model, toolVersion)),
        };
        if (model.HasRecurrentState)
        {
            sources.Add(new(model.Target.HintName + ".State.g.cs", RecurrentStateEmitter.Emit(model, toolVersion)));
        }

        sources.Add(model.Backend switch
        {
            Backend.Apple => new(model.Target.HintName + ".Apple.g.cs", AppleEmitter.Emit(model)),
            Backend.Evaluator => new(model.Target.HintName + ".Evaluator.g.cs", EvaluatorBackendEmitter.Emit(model)),
            _ => new(model.Target.HintName + ".NoBackend.g.cs", EvaluatorBackendEmitter.EmitMissingBackend(model.Spec)),
        });
        return sources;
    }

    /// <summary>One custom layer class (generated once per namespace however many layers and models use it).</summary>
    public static IReadOnlyList<GeneratedSource> EmitCustomLayerClass(CustomLayerClassSpec layer, ResolvedCustomLayers target, string toolVersion)
    {
        var sources = new List<GeneratedSource> { new(layer.HintName + ".g.cs", CustomLayerEmitter.Emit(layer, toolVersion)) };
        if (target.HasApplePart)
        {
            sources.Add(new(layer.HintName + ".Apple.g.cs", AppleCustomLayerEmitter.Emit(layer, target.AppleAttributes)));
        }

        return sources;
    }

    /// <summary>The values that occur more than once, sorted (ordinal).</summary>
    public static EquatableArray<string> Duplicates(IEnumerable<string> values)
        => values.GroupBy(v => v, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Models that clash: the same project path (not generated), or the same type name (reported once per clash).</summary>
    public static IEnumerable<DiagnosticInfo> Clashes(IReadOnlyList<ModelSpec> specs)
    {
        var clashingPaths = new HashSet<string>(Duplicates(specs.Select(s => s.Target.HintName)), StringComparer.Ordinal);
        foreach (ModelSpec spec in specs.Where(s => clashingPaths.Contains(s.Target.HintName)).OrderBy(s => s.Target.SourceModelPath, StringComparer.Ordinal))
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateModelPath, spec.Target.SourceModelPath, 0, 0, spec.Target.RelativePath);
        }

        var owners = new Dictionary<string, ModelSpec>(StringComparer.Ordinal);
        foreach (ModelSpec spec in specs.Where(s => !clashingPaths.Contains(s.Target.HintName)).OrderBy(s => s.Target.RelativePath, StringComparer.Ordinal))
        {
            string fullName = spec.Target.Namespace + "." + spec.Target.ClassName.TrimStart('@');
            if (owners.TryGetValue(fullName, out ModelSpec? first))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateGeneratedType, spec.Target.SourceModelPath, 0, 0, first.Target.RelativePath, spec.Target.RelativePath, fullName.TrimStart('.'));
            }
            else
            {
                owners.Add(fullName, spec);
            }
        }
    }
}
